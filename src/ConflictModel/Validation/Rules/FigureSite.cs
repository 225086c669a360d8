using System.Collections.Generic;

namespace ConflictModel.Validation.Rules;

/// <summary>
/// A figure in a dossier and where it stands: in an event's figures or in a claim's figure
/// assertion, with the id of its owner and the numeral style its words are read in.
/// </summary>
/// <param name="Figure">The figure.</param>
/// <param name="Collection">The owner's collection: events or claims.</param>
/// <param name="Index">The owner's index in its collection.</param>
/// <param name="FigureIndex">The figure's index among an event's figures, or -1 for a claim's figure assertion.</param>
/// <param name="OwnerId">The id of the event or claim that holds it.</param>
/// <param name="Claim">The claim that holds it, or null for an event's figure.</param>
/// <param name="Dossier">The dossier, to find the claim's report.</param>
internal readonly record struct FigureSite(Figure Figure, string Collection, int Index, int FigureIndex, string OwnerId, Claim? Claim, Dossier Dossier)
{
    /// <summary>
    /// Gets the numeral style the words are read in: English when the claim's quote, or else its
    /// report, is in English; French otherwise. Found when asked, since only the rules that read
    /// numerals need it (it costs a lookup of the report).
    /// </summary>
    internal NumeralStyle Style => Claim is null ? NumeralStyle.French : StyleOf(Dossier, Claim);

    /// <summary>Gets the figure's path, such as <c>$.events[1].figures[0]</c> or <c>$.claims[3].assertion.figure</c>, made only for the few figures that are reported.</summary>
    internal string Path => FigureIndex >= 0
        ? DossierPaths.Element(DossierPaths.Item(Collection, Index), "figures", FigureIndex)
        : DossierPaths.Item(Collection, Index) + ".assertion.figure";

    /// <summary>Returns the site of one figure of the event at a position.</summary>
    internal static FigureSite OfEvent(Dossier dossier, int position, ConflictEvent ev, int figure) =>
        new(ev.Figures[figure], DossierPaths.Events, position, figure, ev.Id.Value, null, dossier);

    /// <summary>Returns the site of the figure that the claim at a position asserts.</summary>
    internal static FigureSite OfClaim(Dossier dossier, int position, Claim claim, FigureAssertion assertion) =>
        new(assertion.Figure, DossierPaths.Claims, position, -1, claim.Id.Value, claim, dossier);

    /// <summary>Returns every figure of the dossier: events' figures first, then claims' figures, in dossier order.</summary>
    internal static IEnumerable<FigureSite> All(Dossier dossier)
    {
        for (int i = 0; i < dossier.Events.Count; i++)
        {
            var ev = dossier.Events[i];
            for (int k = 0; k < ev.Figures.Count; k++)
            {
                yield return OfEvent(dossier, i, ev, k);
            }
        }
        for (int j = 0; j < dossier.Claims.Count; j++)
        {
            var claim = dossier.Claims[j];
            if (claim.Assertion is FigureAssertion assertion)
            {
                yield return OfClaim(dossier, j, claim, assertion);
            }
        }
    }

    /// <summary>
    /// Returns the numbers a figure's value states: the count of an exact, at-least, at-most or
    /// approximate count, both ends of a range, the three numbers of an estimate; for a host shape,
    /// its bounds, or its best count when it has none. Derived numbers (the midpoint of a range, the
    /// tolerance of an approximate count) are not stated.
    /// </summary>
    internal static IReadOnlyList<decimal> StatedNumbers(FigureValue value) => value switch
    {
        ExactCount e => [e.Value],
        AtLeastCount a => [a.Minimum],
        AtMostCount m => [m.Maximum],
        ApproximateCount a => [a.Value],
        CountRange r => [r.Low, r.High],
        CountEstimate e => [e.Low, e.BestEstimate, e.High],
        _ => Bounds(value),
    };

    /// <summary>Puts the numbers of <see cref="StatedNumbers(FigureValue)"/> into a span of at least three, without a list.</summary>
    /// <returns>How many there are: one to three.</returns>
    internal static int CopyStatedNumbers(FigureValue value, System.Span<decimal> numbers)
    {
        switch (value)
        {
            case ExactCount e: numbers[0] = e.Value; return 1;
            case AtLeastCount a: numbers[0] = a.Minimum; return 1;
            case AtMostCount m: numbers[0] = m.Maximum; return 1;
            case ApproximateCount a: numbers[0] = a.Value; return 1;
            case CountRange r: numbers[0] = r.Low; numbers[1] = r.High; return 2;
            case CountEstimate e: numbers[0] = e.Low; numbers[1] = e.BestEstimate; numbers[2] = e.High; return 3;
            default:
                var bounds = Bounds(value);
                for (int i = 0; i < bounds.Count; i++)
                {
                    numbers[i] = bounds[i];
                }
                return bounds.Count;
        }
    }

    private static List<decimal> Bounds(FigureValue value)
    {
        var numbers = new List<decimal>(2);
        if (value.Lower is { } lower)
        {
            numbers.Add(lower);
        }
        if (value.Upper is { } upper)
        {
            numbers.Add(upper);
        }
        if (numbers.Count == 0)
        {
            numbers.Add(value.Best);
        }
        return numbers;
    }

    private static NumeralStyle StyleOf(Dossier dossier, Claim claim)
    {
        var language = claim.Quote?.Language ?? (claim.Report is { } report ? dossier.Find(report)?.Language : null);
        return language is { } tag && string.Equals(tag.Language, "en", System.StringComparison.OrdinalIgnoreCase)
            ? NumeralStyle.English
            : NumeralStyle.French;
    }
}
