using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ConflictModel.Serialization;

internal sealed partial class JsonDossierReader
{
    private static readonly JsonMembers AttributionMembers = JsonFormat.Attribution.Reader;

    private static readonly JsonMembers RelayMembers = JsonFormat.Relay.Reader;

    private static readonly JsonMembers QuoteMembers = JsonFormat.Quote.Reader;

    private static readonly JsonMembers WordingMembers = JsonFormat.Wording.Reader;

    private static readonly JsonMembers AssertionMembers = JsonFormat.Assertion.Members;

    private static readonly JsonMembers FigureMembers = JsonFormat.Figure.Reader;

    private static readonly JsonMembers FigureSubjectMembers = JsonFormat.FigureSubject.Reader;

    private static readonly JsonMembers FigureValueMembers = JsonFormat.FigureValue.Members;

    // How errors name each built-in kind, made once rather than for every object read.
    private static readonly Dictionary<string, string> AssertionWhat =
        JsonNames.AssertionTypes.ToDictionary(t => t, t => $"\"{t}\" assertion", StringComparer.Ordinal);

    private static readonly Dictionary<string, string> FigureValueWhat =
        JsonNames.FigureShapes.ToDictionary(s => s, s => $"\"{s}\" figure value", StringComparer.Ordinal);

    private Claim ReadClaim(ref Utf8JsonReader r) => ReadObject(ref r, JsonFormat.Claim, "a claim object");

    /// <summary>
    /// Reads an object whose description binds each member to its reading (see
    /// <see cref="JsonObjectFormat{T, TFields}"/>): each member the description names is read by its
    /// entry, anything else is extension data, and the required members are those the description
    /// marks so.
    /// </summary>
    private T ReadObject<T, TFields>(ref Utf8JsonReader r, JsonObjectFormat<T, TFields> format, string expected)
        where TFields : struct, IJsonFields<T>
    {
        Expect(ref r, JsonTokenType.StartObject, expected);
        var fields = default(TFields);
        var members = format.Bound;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, format.Reader, ref seen, out int index))
        {
            if (index >= 0)
            {
                members[index].Read(this, ref r, ref fields);
            }
            else
            {
                Extension(ref r, ref extensions);
            }
            Pop();
        }
        int missing = format.RequiredMask & ~seen;
        if (missing != 0)
        {
            string member = format.Names[System.Numerics.BitOperations.TrailingZeroCount(missing)];
            throw Error(ref r, $"the {format.Name} has no \"{member}\"; a {format.Name} needs {format.RequiredList}.");
        }
        var ext = Build(ref r, extensions);
        try
        {
            return fields.Build(ext);
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, Reason(ex));
        }
    }

    internal Attribution ReadAttribution(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "an attribution object");
        SourceId? source = null;
        AttributionMode? mode = null;
        List<Relay>? relays = null;
        FuzzyDate? statedOn = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, AttributionMembers, ref seen, out string? member))
        {
            switch (member)
            {
                case "source": source = Id(ref r, s => new SourceId(s)); break;
                case "mode": mode = Term(ref r, s => new AttributionMode(s)); break;
                case "relays": relays = List(ref r, static (x, ref y) => x.ReadRelay(ref y)); break;
                case "statedOn": statedOn = r.TokenType == JsonTokenType.Null ? null : Date(ref r); break;
                default: Extension(ref r, ref extensions); break;
            }
            Pop();
        }
        Required(ref r, source, "source", "attribution", "source and mode");
        Required(ref r, mode, "mode", "attribution", "source and mode");
        var ext = Build(ref r, extensions);
        try
        {
            var attribution = Shared(new Attribution(source!.Value, mode!.Value, relays, statedOn, ext));
            ScratchList<Relay>.Return(relays);
            return attribution;
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, Reason(ex));
        }
    }

    private Relay ReadRelay(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a relay object");
        SourceId? source = null;
        ReportId? report = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, RelayMembers, ref seen, out string? member))
        {
            switch (member)
            {
                case "source": source = Id(ref r, s => new SourceId(s)); break;
                case "report": report = OptionalId(ref r, s => new ReportId(s)); break;
                default: Extension(ref r, ref extensions); break;
            }
            Pop();
        }
        Required(ref r, source, "source", "relay", "a source");
        var ext = Build(ref r, extensions);
        try
        {
            return Shared(new Relay(source!.Value, report, ext));
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, Reason(ex));
        }
    }

    internal Quote ReadQuote(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a quote object");
        string? text = null;
        LanguageTag? language = null;
        int? start = null, length = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, QuoteMembers, ref seen, out string? member))
        {
            switch (member)
            {
                case "text": text = String(ref r); break;
                case "language": language = Language(ref r); break;
                case "start": start = Int(ref r, 0, int.MaxValue); break;
                case "length": length = Int(ref r, 0, int.MaxValue); break;
                default: Extension(ref r, ref extensions); break;
            }
            Pop();
        }
        Required(ref r, text, "text", "quote", "text and language");
        Required(ref r, language, "language", "quote", "text and language");
        if (start.HasValue != length.HasValue)
        {
            throw Error(ref r, "the quote has only one of \"start\" and \"length\"; give both to place it in the report's text, or neither.");
        }
        var ext = Build(ref r, extensions);
        try
        {
            return new Quote(text!, language!.Value, start is { } s ? new TextSpan(s, length!.Value) : null, ext);
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, Reason(ex));
        }
    }

    internal Wording ReadWording(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a wording object");
        string? source = null, neutral = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, WordingMembers, ref seen, out string? member))
        {
            switch (member)
            {
                case "source": source = RepeatedString(ref r); break;
                case "neutral": neutral = RepeatedString(ref r); break;
                default: Extension(ref r, ref extensions); break;
            }
            Pop();
        }
        Required(ref r, source, "source", "wording", "source and neutral");
        Required(ref r, neutral, "neutral", "wording", "source and neutral");
        var ext = Build(ref r, extensions);
        try
        {
            return Shared(new Wording(source!, neutral!, ext));
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, Reason(ex));
        }
    }

    internal ClaimAssertion ReadAssertion(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "an assertion object");
        var start = r;
        bool first = LeadingDiscriminator(ref r, "type"u8, "type", out string type);
        if (!first)
        {
            r = start;
            type = Discriminator(ref r, "type", "assertion");
            r = start;
        }
        if (options.TryGetAssertion(type, out var host))
        {
            r = start;
            return (ClaimAssertion)HostValue(ref r, "type", host);
        }
        if (!((ICollection<string>)JsonNames.AssertionTypes).Contains(type))
        {
            r = start;
            CheckStrings(ref r);
            return new UnrecognizedAssertion(type, JsonElement.ParseValue(ref r));
        }
        EventId? ev = null;
        ActorId? actor = null, from = null, to = null, controller = null;
        PlaceId? place = null;
        AllianceId? alliance = null;
        RelationId? relation = null;
        FuzzyDate? when = null, asOf = null;
        Figure? figure = null;
        string? roleText = null, summary = null;
        List<ActorId>? about = null;
        List<PlaceId>? places = null;
        ClaimId? partOf = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        // The discriminator read first is a member met.
        int seen = first ? 1 : 0;
        while (NextMember(ref r, AssertionMembers, ref seen, out string? member))
        {
            switch (member)
            {
                case "type": break;
                case "event": ev = OptionalId(ref r, s => new EventId(s)); break;
                case "actor": actor = Id(ref r, s => new ActorId(s)); break;
                case "role": roleText = RepeatedString(ref r); break;
                case "place": place = OptionalId(ref r, s => new PlaceId(s)); break;
                case "from": from = OptionalId(ref r, s => new ActorId(s)); break;
                case "to": to = OptionalId(ref r, s => new ActorId(s)); break;
                case "when": when = r.TokenType == JsonTokenType.Null ? null : Date(ref r); break;
                case "controller": controller = OptionalId(ref r, s => new ActorId(s)); break;
                case "asOf": asOf = Date(ref r); break;
                case "figure": figure = ReadFigure(ref r); break;
                case "alliance": alliance = Id(ref r, s => new AllianceId(s)); break;
                case "relation": relation = Id(ref r, s => new RelationId(s)); break;
                case "summary": summary = String(ref r); break;
                case "about": about = Ids(ref r, s => new ActorId(s)); break;
                case "places": places = Ids(ref r, s => new PlaceId(s)); break;
                case "partOf": partOf = OptionalId(ref r, s => new ClaimId(s)); break;
                default: Extension(ref r, ref extensions); break;
            }
            Pop();
        }
        string what = AssertionWhat[type];
        OnlyMembersOf(ref r, seen, JsonFormat.Assertion, type, what);
        var ext = Build(ref r, extensions);
        switch (type)
        {
            case JsonNames.EventAssertion:
                Required(ref r, ev, "event", what, "event");
                try
                {
                    return new EventAssertion(ev!.Value) { Extensions = ext };
                }
                catch (ArgumentException ex)
                {
                    throw Error(ref r, Reason(ex));
                }
            case JsonNames.ParticipationAssertion:
                Required(ref r, ev, "event", what, "event, actor and role");
                Required(ref r, actor, "actor", what, "event, actor and role");
                Required(ref r, roleText, "role", what, "event, actor and role");
                try
                {
                    return new ParticipationAssertion(ev!.Value, actor!.Value, new ParticipantRole(roleText!)) { Extensions = ext };
                }
                catch (ArgumentException ex)
                {
                    throw Error(ref r, Reason(ex));
                }
            case JsonNames.ControlChangeAssertion:
                Required(ref r, place, "place", what, "place");
                try
                {
                    return new ControlChangeAssertion(place!.Value, from, to, when, ev) { Extensions = ext };
                }
                catch (ArgumentException ex)
                {
                    throw Error(ref r, Reason(ex));
                }
            case JsonNames.ControlAssertion:
                Required(ref r, place, "place", what, "place and asOf");
                Required(ref r, asOf, "asOf", what, "place and asOf");
                try
                {
                    return new ControlAssertion(place!.Value, controller, asOf!.Value) { Extensions = ext };
                }
                catch (ArgumentException ex)
                {
                    throw Error(ref r, Reason(ex));
                }
            case JsonNames.FigureAssertion:
                Required(ref r, figure, "figure", what, "figure");
                try
                {
                    return new FigureAssertion(figure!, ev, place, partOf) { Extensions = ext };
                }
                catch (ArgumentException ex)
                {
                    throw Error(ref r, Reason(ex));
                }
            case JsonNames.MembershipAssertion:
                Required(ref r, alliance, "alliance", what, "alliance, actor and role");
                Required(ref r, actor, "actor", what, "alliance, actor and role");
                Required(ref r, roleText, "role", what, "alliance, actor and role");
                try
                {
                    return new MembershipAssertion(alliance!.Value, actor!.Value, new MembershipRole(roleText!)) { Extensions = ext };
                }
                catch (ArgumentException ex)
                {
                    throw Error(ref r, Reason(ex));
                }
            case JsonNames.RelationAssertion:
                Required(ref r, relation, "relation", what, "relation");
                try
                {
                    return new RelationAssertion(relation!.Value) { Extensions = ext };
                }
                catch (ArgumentException ex)
                {
                    throw Error(ref r, Reason(ex));
                }
            default:
                Required(ref r, summary, "summary", what, "summary");
                try
                {
                    var statement = new StatementAssertion(summary!, about, places) { Extensions = ext };
                    ScratchList<ActorId>.Return(about);
                    ScratchList<PlaceId>.Return(places);
                    return statement;
                }
                catch (ArgumentException ex)
                {
                    throw Error(ref r, Reason(ex));
                }
        }
    }

    private Figure ReadFigure(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a figure object");
        FigureKind? kind = null;
        FigureValue? value = null;
        FuzzyDate? asOf = null;
        string? text = null;
        FigureSubject? subject = null;
        ValidityInterval? period = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, FigureMembers, ref seen, out string? member))
        {
            switch (member)
            {
                case "kind": kind = Term(ref r, s => new FigureKind(s)); break;
                case "value": value = ReadFigureValue(ref r); break;
                case "asOf": asOf = r.TokenType == JsonTokenType.Null ? null : Date(ref r); break;
                case "text": text = OptionalString(ref r); break;
                case "subject": subject = r.TokenType == JsonTokenType.Null ? null : ReadFigureSubject(ref r); break;
                case "period": period = r.TokenType == JsonTokenType.Null ? null : Validity(ref r); break;
                default: Extension(ref r, ref extensions); break;
            }
            Pop();
        }
        Required(ref r, kind, "kind", "figure", "kind and value");
        Required(ref r, value, "value", "figure", "kind and value");
        var ext = Build(ref r, extensions);
        try
        {
            return Shared(new Figure(kind!.Value, value!, asOf, text, subject, period, ext));
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, Reason(ex));
        }
    }

    /// <summary>Reads whom a figure counts: exactly one of an actor, a side (an alliance) or a group of people.</summary>
    private FigureSubject ReadFigureSubject(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a figure subject object");
        FigureSubject? subject = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, FigureSubjectMembers, ref seen, out string? member))
        {
            if (member is not null && subject is not null)
            {
                throw Error(ref r, "a figure subject is one of actor, side and group; give only one.");
            }
            switch (member)
            {
                case "actor": subject = FigureSubject.OfActor(Id(ref r, s => new ActorId(s))); break;
                case "side": subject = FigureSubject.OfSide(Id(ref r, s => new AllianceId(s))); break;
                case "group": subject = FigureSubject.OfGroup(Term(ref r, s => new PeopleGroup(s))); break;
                default: Extension(ref r, ref extensions); break;
            }
            Pop();
        }
        if (subject is null)
        {
            throw Error(ref r, "the figure subject has none of actor, side and group; give one.");
        }
        var ext = Build(ref r, extensions);
        return ext.IsEmpty ? subject : subject with { Extensions = ext };
    }

    private FigureValue ReadFigureValue(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a figure value object");
        var start = r;
        bool first = LeadingDiscriminator(ref r, "shape"u8, "shape", out string shape);
        if (!first)
        {
            r = start;
            shape = Discriminator(ref r, "shape", "figure value");
            r = start;
        }
        if (options.TryGetFigureShape(shape, out var host))
        {
            r = start;
            return (FigureValue)HostValue(ref r, "shape", host);
        }
        if (!((ICollection<string>)JsonNames.FigureShapes).Contains(shape))
        {
            r = start;
            CheckStrings(ref r);
            return new UnrecognizedFigureValue(shape, JsonElement.ParseValue(ref r));
        }
        decimal? value = null, minimum = null, maximum = null, low = null, best = null, high = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = first ? 1 : 0;
        while (NextMember(ref r, FigureValueMembers, ref seen, out string? member))
        {
            switch (member)
            {
                case "shape": break;
                case "value": value = Decimal(ref r); break;
                case "minimum": minimum = Decimal(ref r); break;
                case "maximum": maximum = Decimal(ref r); break;
                case "low": low = Decimal(ref r); break;
                case "high": high = Decimal(ref r); break;
                case "best": best = Decimal(ref r); break;
                default: Extension(ref r, ref extensions); break;
            }
            Pop();
        }
        string what = FigureValueWhat[shape];
        OnlyMembersOf(ref r, seen, JsonFormat.FigureValue, shape, what);
        var ext = Build(ref r, extensions);
        switch (shape)
        {
            case JsonNames.Exact:
                Required(ref r, value, "value", what, "value");
                return new ExactCount(value!.Value) { Extensions = ext };
            case JsonNames.AtLeast:
                Required(ref r, minimum, "minimum", what, "minimum");
                return new AtLeastCount(minimum!.Value) { Extensions = ext };
            case JsonNames.AtMost:
                Required(ref r, maximum, "maximum", what, "maximum");
                return new AtMostCount(maximum!.Value) { Extensions = ext };
            case JsonNames.Approximate:
                Required(ref r, value, "value", what, "value");
                return new ApproximateCount(value!.Value) { Extensions = ext };
            case JsonNames.Range:
                Required(ref r, low, "low", what, "low and high");
                Required(ref r, high, "high", what, "low and high");
                return new CountRange(low!.Value, high!.Value) { Extensions = ext };
            default:
                Required(ref r, low, "low", what, "low, best and high");
                Required(ref r, best, "best", what, "low, best and high");
                Required(ref r, high, "high", what, "low, best and high");
                return new CountEstimate(low!.Value, best!.Value, high!.Value) { Extensions = ext };
        }
    }

    /// <summary>
    /// Rejects a member that belongs to another kind of assertion or shape: the object's own kind
    /// has nowhere to keep it, and dropping it would lose what the document says.
    /// </summary>
    private void OnlyMembersOf(ref Utf8JsonReader r, int seen, JsonVariants variants, string kind, string what)
    {
        int mask = variants.Mask(kind);
        int extra = seen & ~mask;
        if (extra != 0)
        {
            var names = variants.Members.Names;
            int bit = System.Numerics.BitOperations.TrailingZeroCount(extra);
            var allowed = Enumerable.Range(0, names.Length).Where(b => (mask & (1 << b)) != 0).Select(b => names[b]);
            throw Error(ref r, $"a {what} has no member \"{names[bit]}\"; it has {string.Join(", ", allowed)}.");
        }
    }

    /// <summary>
    /// Reads the discriminator when it is the first member of the object the reader is on, as the
    /// writer puts it, and leaves the reader after its value; otherwise returns false, and the
    /// caller restores its copy of the reader and looks for the discriminator with <see cref="Discriminator"/>.
    /// </summary>
    private bool LeadingDiscriminator(ref Utf8JsonReader r, ReadOnlySpan<byte> utf8Member, string member, out string value)
    {
        value = string.Empty;
        // The same reads, checks and errors as Discriminator, for the one case it meets first.
        if (!r.Read() || r.TokenType != JsonTokenType.PropertyName || !r.ValueTextEquals(utf8Member))
        {
            return false;
        }
        r.Read();
        path.Add((member, 0));
        value = RepeatedString(ref r);
        Pop();
        if (!VocabularySyntax.IsValid(value))
        {
            path.Add((member, 0));
            throw Error(ref r, $"\"{Shorten(value)}\" is not a discriminator; discriminators are lower-case terms such as \"event\" or \"acme:checkpoint\".");
        }
        return true;
    }

    /// <summary>Finds the discriminator of the object the reader is on, without moving it (the caller restores its copy).</summary>
    private string Discriminator(ref Utf8JsonReader r, string member, string what)
    {
        int depth = r.CurrentDepth;
        while (r.Read() && r.CurrentDepth > depth)
        {
            if (r.TokenType == JsonTokenType.PropertyName && r.CurrentDepth == depth + 1 && r.ValueTextEquals(member))
            {
                r.Read();
                path.Add((member, 0));
                var value = String(ref r);
                Pop();
                if (!VocabularySyntax.IsValid(value))
                {
                    path.Add((member, 0));
                    throw Error(ref r, $"\"{Shorten(value)}\" is not a discriminator; discriminators are lower-case terms such as \"event\" or \"acme:checkpoint\".");
                }
                return value;
            }
            if (r.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && r.CurrentDepth > depth + 0)
            {
                r.Skip();
            }
        }
        throw Error(ref r, $"the {what} has no \"{member}\"; it says which kind of {what} the object is.");
    }

    /// <summary>Reads a host type through its registered type information; the discriminator is left out.</summary>
    private object HostValue(ref Utf8JsonReader r, string discriminator, DossierJsonOptions.HostType host)
    {
        CheckStrings(ref r);
        var element = JsonElement.ParseValue(ref r);
        try
        {
            using var stream = new System.IO.MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                foreach (var member in element.EnumerateObject())
                {
                    if (member.Name != discriminator)
                    {
                        member.WriteTo(writer);
                    }
                }
                writer.WriteEndObject();
            }
            return JsonSerializer.Deserialize(stream.ToArray(), host.TypeInfo)
                ?? throw Error(ref r, $"the \"{host.Discriminator}\" object reads as null.");
        }
        catch (JsonException ex)
        {
            throw Error(ref r, $"the \"{host.Discriminator}\" object does not fit {host.ClrType.Name}: {ex.Message}");
        }
    }
}
