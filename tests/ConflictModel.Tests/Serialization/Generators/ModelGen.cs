using ConflictModel.Serialization;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictModel.Tests.Serialization.Generators;

/// <summary>Values inside entities: names, points, codes, figures and the other parts that have no id of their own.</summary>
internal static class ModelGen
{
    internal static Gen<T> Any<T>()
        where T : struct, Enum => Gen.Elements(Enum.GetValues<T>());

    internal static Gen<T?> Optional<T>(Gen<T> value)
        where T : struct => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, value.Select(v => (T?)v)));

    internal static Gen<T?> OptionalRef<T>(Gen<T> value)
        where T : class => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, value.Select(v => (T?)v)));

    internal static Gen<List<T>> Few<T>(Gen<T> item, int max = 3) => Gen.Choose(0, max).SelectMany(n => item.ListOf(n)).Select(l => l.ToList());

    internal static Gen<Name> Name { get; } =
        from text in TextGen.NonBlank
        from language in Optional(TextGen.Language)
        from use in Any<NameUse>()
        select new Name(text, language, use);

    /// <summary>A primary name, often with labels in other languages, aliases and abbreviations.</summary>
    internal static Gen<NameSet> Names { get; } =
        from primary in Name
        from others in Few(Name, 4)
        select new NameSet(primary, others);

    /// <summary>Latitude or longitude: mostly plausible, sometimes out of range, signed zero, extreme or not a number at all.</summary>
    internal static Gen<double> Coordinate { get; } = Gen.Frequency(
        (6, Gen.Choose(-180_000_000, 180_000_000).Select(i => i / 1_000_000.0)),
        (1, Gen.Choose(-1000, 1000).Select(i => i * 0.7)),
        (1, Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, double.Epsilon, double.MaxValue,
            double.MinValue, 90.000001, -180.5, 1e-300, 0.1 + 0.2)));

    internal static Gen<GeoPoint> Point { get; } = Gen.Zip(Coordinate, Coordinate).Select(t => new GeoPoint(t.Item1, t.Item2));

    internal static Gen<PlaceCodes> Codes { get; } = Gen.Frequency(
        (2, Gen.Constant(PlaceCodes.None)),
        (3, from iso in TextGen.Optional(Gen.Elements("SY", "SY-DY", "IQ", "XX-1", "zz", "سوريا"))
            from geoNames in Optional(Gen.Elements(0L, 163843L, -1L, long.MaxValue, long.MinValue, 9_007_199_254_740_993L))
            from pCode in TextGen.Optional(Gen.Elements("SY0903", "IQG07", "p-code"))
            select new PlaceCodes(iso, geoNames, pCode)));

    /// <summary>Counts as reports give them and some no count should be: negative, fractional, signed zero, at the edges of decimal.</summary>
    internal static Gen<decimal> Count { get; } = Gen.Frequency(
        (5, Gen.Choose(0, 5000).Select(i => (decimal)i)),
        (2, Gen.Zip(Gen.Choose(-100_000, 100_000), Gen.Choose(0, 6)).Select(t => new decimal(Math.Abs(t.Item1), 0, 0, t.Item1 < 0, (byte)t.Item2))),
        (1, from lo in Gen.Choose(int.MinValue, int.MaxValue)
            from mid in Gen.Choose(int.MinValue, int.MaxValue)
            from hi in Gen.Choose(int.MinValue, int.MaxValue)
            from negative in Gen.Elements(true, false)
            from scale in Gen.Choose(0, 28)
            select new decimal(lo, mid, hi, negative, (byte)scale)),
        (1, Gen.Elements(decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, 1.50m, 2.000m, -0.5m,
            new decimal(0, 0, 0, true, 0), new decimal(0, 0, 0, true, 4), 0.00m)));

    internal static Gen<FigureValue> FigureValue { get; } = Gen.OneOf(
        Count.Select(v => (FigureValue)new ExactCount(v)),
        Count.Select(v => (FigureValue)new AtLeastCount(v)),
        Count.Select(v => (FigureValue)new AtMostCount(v)),
        Count.Select(v => (FigureValue)new ApproximateCount(v)),
        Gen.Zip(Count, Count).Select(t => (FigureValue)new CountRange(t.Item1, t.Item2)),
        from low in Count
        from best in Count
        from high in Count
        select (FigureValue)new CountEstimate(low, best, high),
        UnknownDiscriminator(JsonNames.FigureShapes).SelectMany(shape => JsonGen.ObjectWith("shape", shape)
            .Select(json => (FigureValue)new UnrecognizedFigureValue(shape, json))));

    internal static Gen<Figure> Figure { get; } =
        from kind in TextGen.Vocabulary(FigureKind.WellKnown, s => new FigureKind(s))
        from value in FigureValue
        from asOf in TimeGen.OptionalFuzzyDate
        from text in TextGen.Optional(TextGen.NonBlank)
        select new Figure(kind, value, asOf, text);

    internal static Gen<ExternalReference> ExternalReference { get; } =
        from scheme in Gen.Frequency((3, Gen.Elements(ConflictModel.ExternalReference.Acled, ConflictModel.ExternalReference.UcdpGed)), (1, TextGen.Term))
        from value in Gen.Frequency((3, Gen.Choose(1, 999_999).Select(i => "SYR" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))), (1, TextGen.NonBlank))
        select new ExternalReference(scheme, value);

    internal static Gen<TextSpan> Span { get; } = Gen.Frequency(
        (4, Gen.Zip(Gen.Choose(0, 2000), Gen.Choose(0, 300)).Select(t => new TextSpan(t.Item1, t.Item2))),
        (1, Gen.Elements(new TextSpan(0, 0), new TextSpan(int.MaxValue, 0), new TextSpan(0, int.MaxValue), new TextSpan(7, int.MaxValue - 7))));

    internal static Gen<Quote> Quote { get; } =
        from text in TextGen.NonBlank
        from language in TextGen.Language
        from span in Optional(Span)
        select new Quote(text, language, span);

    internal static Gen<Wording> Wording { get; } =
        from source in Gen.Elements("terroristes", "الإرهابيين", "liberated", "martyrs", "régime")
        from neutral in Gen.Elements("fighters", "armed group", "captured", "killed", "government")
        select new Wording(source, neutral);

    internal static Gen<Uri> Url { get; } = Gen.Elements(
        "https://www.afp.com/fr/actus/2017/11/09/boukamal", "http://example.org/a?b=c&d=%20e#frag", "https://سوريا.example/خبر",
        "https://[2001:db8::1]:8443/path", "urn:isbn:9780262510875", "ftp://files.example.net/report.pdf", "https://example.com/ a space")
        .Select(s => new Uri(s, UriKind.Absolute));

    /// <summary>A discriminator that is neither one of the format's nor the registered host one.</summary>
    internal static Gen<string> UnknownDiscriminator(IReadOnlyCollection<string> builtIn) => Gen.Frequency(
        (2, Gen.Elements("acme:roadblock", "future-kind", "x.y/z", "0")),
        (1, TextGen.Term))
        .Where(t => !builtIn.Contains(t) && t != CheckpointAssertion.Discriminator);
}
