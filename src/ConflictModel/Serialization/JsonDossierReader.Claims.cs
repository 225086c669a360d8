using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ConflictModel.Serialization;

internal sealed partial class JsonDossierReader
{
    // How errors name each built-in kind, made once rather than for every object read.
    private static readonly Dictionary<string, string> AssertionWhat =
        JsonNames.AssertionTypes.ToDictionary(t => t, t => $"\"{t}\" assertion", StringComparer.Ordinal);

    private static readonly Dictionary<string, string> FigureValueWhat =
        JsonNames.FigureShapes.ToDictionary(s => s, s => $"\"{s}\" figure value", StringComparer.Ordinal);

    private Claim ReadClaim(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a claim object");
        ClaimId? id = null;
        ClaimAssertion? assertion = null;
        Attribution? attribution = null;
        ReportId? report = null;
        Quote? quote = null;
        Wording? wording = null;
        Credibility credibility = Credibility.CannotBeJudged;
        Modality modality = Modality.Asserted;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, out var name))
        {
            switch (name)
            {
                case "id": Once(ref r, ref seen, 0, name); id = Id(ref r, s => new ClaimId(s)); break;
                case "assertion": Once(ref r, ref seen, 1, name); assertion = ReadAssertion(ref r); break;
                case "attribution": Once(ref r, ref seen, 2, name); attribution = ReadAttribution(ref r); break;
                case "report": Once(ref r, ref seen, 3, name); report = OptionalId(ref r, s => new ReportId(s)); break;
                case "quote": Once(ref r, ref seen, 4, name); quote = r.TokenType == JsonTokenType.Null ? null : ReadQuote(ref r); break;
                case "wording": Once(ref r, ref seen, 5, name); wording = r.TokenType == JsonTokenType.Null ? null : ReadWording(ref r); break;
                case "credibility": Once(ref r, ref seen, 6, name); credibility = (Credibility)Int(ref r, 1, 6); break;
                case "modality": Once(ref r, ref seen, 7, name); modality = Enum<Modality>(ref r); break;
                default: Extension(ref r, name, ref extensions); break;
            }
            Pop();
        }
        const string needs = "id, assertion and attribution";
        Required(ref r, id, "id", "claim", needs);
        Required(ref r, assertion, "assertion", "claim", needs);
        Required(ref r, attribution, "attribution", "claim", needs);
        var ext = Build(ref r, extensions);
        return Create(ref r, () => new Claim(id!.Value, assertion!, attribution!, report, quote, wording, credibility, modality, ext));
    }

    private Attribution ReadAttribution(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "an attribution object");
        SourceId? source = null;
        AttributionMode? mode = null;
        List<Relay>? relays = null;
        FuzzyDate? statedOn = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, out var name))
        {
            switch (name)
            {
                case "source": Once(ref r, ref seen, 0, name); source = Id(ref r, s => new SourceId(s)); break;
                case "mode": Once(ref r, ref seen, 1, name); mode = Term(ref r, s => new AttributionMode(s)); break;
                case "relays": Once(ref r, ref seen, 2, name); relays = List(ref r, ReadRelay); break;
                case "statedOn": Once(ref r, ref seen, 3, name); statedOn = r.TokenType == JsonTokenType.Null ? null : Date(ref r); break;
                default: Extension(ref r, name, ref extensions); break;
            }
            Pop();
        }
        Required(ref r, source, "source", "attribution", "source and mode");
        Required(ref r, mode, "mode", "attribution", "source and mode");
        var ext = Build(ref r, extensions);
        return Create(ref r, () => new Attribution(source!.Value, mode!.Value, relays, statedOn, ext));
    }

    private Relay ReadRelay(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a relay object");
        SourceId? source = null;
        ReportId? report = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, out var name))
        {
            switch (name)
            {
                case "source": Once(ref r, ref seen, 0, name); source = Id(ref r, s => new SourceId(s)); break;
                case "report": Once(ref r, ref seen, 1, name); report = OptionalId(ref r, s => new ReportId(s)); break;
                default: Extension(ref r, name, ref extensions); break;
            }
            Pop();
        }
        Required(ref r, source, "source", "relay", "a source");
        var ext = Build(ref r, extensions);
        return Create(ref r, () => new Relay(source!.Value, report, ext));
    }

    private Quote ReadQuote(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a quote object");
        string? text = null;
        LanguageTag? language = null;
        int? start = null, length = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, out var name))
        {
            switch (name)
            {
                case "text": Once(ref r, ref seen, 0, name); text = String(ref r); break;
                case "language": Once(ref r, ref seen, 1, name); language = Language(ref r); break;
                case "start": Once(ref r, ref seen, 2, name); start = Int(ref r, 0, int.MaxValue); break;
                case "length": Once(ref r, ref seen, 3, name); length = Int(ref r, 0, int.MaxValue); break;
                default: Extension(ref r, name, ref extensions); break;
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
        return Create(ref r, () => new Quote(text!, language!.Value, start is { } s ? new TextSpan(s, length!.Value) : null, ext));
    }

    private Wording ReadWording(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a wording object");
        string? source = null, neutral = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, out var name))
        {
            switch (name)
            {
                case "source": Once(ref r, ref seen, 0, name); source = String(ref r); break;
                case "neutral": Once(ref r, ref seen, 1, name); neutral = String(ref r); break;
                default: Extension(ref r, name, ref extensions); break;
            }
            Pop();
        }
        Required(ref r, source, "source", "wording", "source and neutral");
        Required(ref r, neutral, "neutral", "wording", "source and neutral");
        var ext = Build(ref r, extensions);
        return Create(ref r, () => new Wording(source!, neutral!, ext));
    }

    private ClaimAssertion ReadAssertion(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "an assertion object");
        var start = r;
        string type = Discriminator(ref r, "type", "assertion");
        r = start;
        if (options.TryGetAssertion(type, out var host))
        {
            return (ClaimAssertion)HostValue(ref r, "type", host);
        }
        if (!((ICollection<string>)JsonNames.AssertionTypes).Contains(type))
        {
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
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, out var name))
        {
            switch (name)
            {
                case "type": Once(ref r, ref seen, 0, name); break;
                case "event": Once(ref r, ref seen, 1, name); ev = OptionalId(ref r, s => new EventId(s)); break;
                case "actor": Once(ref r, ref seen, 2, name); actor = Id(ref r, s => new ActorId(s)); break;
                case "role": Once(ref r, ref seen, 3, name); roleText = String(ref r); break;
                case "place": Once(ref r, ref seen, 4, name); place = OptionalId(ref r, s => new PlaceId(s)); break;
                case "from": Once(ref r, ref seen, 5, name); from = OptionalId(ref r, s => new ActorId(s)); break;
                case "to": Once(ref r, ref seen, 6, name); to = OptionalId(ref r, s => new ActorId(s)); break;
                case "when": Once(ref r, ref seen, 7, name); when = r.TokenType == JsonTokenType.Null ? null : Date(ref r); break;
                case "controller": Once(ref r, ref seen, 8, name); controller = OptionalId(ref r, s => new ActorId(s)); break;
                case "asOf": Once(ref r, ref seen, 9, name); asOf = Date(ref r); break;
                case "figure": Once(ref r, ref seen, 10, name); figure = ReadFigure(ref r); break;
                case "alliance": Once(ref r, ref seen, 11, name); alliance = Id(ref r, s => new AllianceId(s)); break;
                case "relation": Once(ref r, ref seen, 12, name); relation = Id(ref r, s => new RelationId(s)); break;
                case "summary": Once(ref r, ref seen, 13, name); summary = String(ref r); break;
                case "about": Once(ref r, ref seen, 14, name); about = Ids(ref r, s => new ActorId(s)); break;
                default: Extension(ref r, name, ref extensions); break;
            }
            Pop();
        }
        string what = AssertionWhat[type];
        OnlyMembersOf(ref r, seen, JsonNames.AssertionMembers, type switch
        {
            JsonNames.EventAssertion => [0, 1],
            JsonNames.ParticipationAssertion => [0, 1, 2, 3],
            JsonNames.ControlChangeAssertion => [0, 1, 4, 5, 6, 7],
            JsonNames.ControlAssertion => [0, 4, 8, 9],
            JsonNames.FigureAssertion => [0, 1, 4, 10],
            JsonNames.MembershipAssertion => [0, 2, 3, 11],
            JsonNames.RelationAssertion => [0, 12],
            _ => [0, 13, 14],
        }, what);
        var ext = Build(ref r, extensions);
        switch (type)
        {
            case JsonNames.EventAssertion:
                Required(ref r, ev, "event", what, "event");
                return Create(ref r, () => new EventAssertion(ev!.Value)).WithExtensions(ext);
            case JsonNames.ParticipationAssertion:
                Required(ref r, ev, "event", what, "event, actor and role");
                Required(ref r, actor, "actor", what, "event, actor and role");
                Required(ref r, roleText, "role", what, "event, actor and role");
                return Create(ref r, () => new ParticipationAssertion(ev!.Value, actor!.Value, new ParticipantRole(roleText!))).WithExtensions(ext);
            case JsonNames.ControlChangeAssertion:
                Required(ref r, place, "place", what, "place");
                return Create(ref r, () => new ControlChangeAssertion(place!.Value, from, to, when, ev)).WithExtensions(ext);
            case JsonNames.ControlAssertion:
                Required(ref r, place, "place", what, "place and asOf");
                Required(ref r, asOf, "asOf", what, "place and asOf");
                return Create(ref r, () => new ControlAssertion(place!.Value, controller, asOf!.Value)).WithExtensions(ext);
            case JsonNames.FigureAssertion:
                Required(ref r, figure, "figure", what, "figure");
                return Create(ref r, () => new FigureAssertion(figure!, ev, place)).WithExtensions(ext);
            case JsonNames.MembershipAssertion:
                Required(ref r, alliance, "alliance", what, "alliance, actor and role");
                Required(ref r, actor, "actor", what, "alliance, actor and role");
                Required(ref r, roleText, "role", what, "alliance, actor and role");
                return Create(ref r, () => new MembershipAssertion(alliance!.Value, actor!.Value, new MembershipRole(roleText!))).WithExtensions(ext);
            case JsonNames.RelationAssertion:
                Required(ref r, relation, "relation", what, "relation");
                return Create(ref r, () => new RelationAssertion(relation!.Value)).WithExtensions(ext);
            default:
                Required(ref r, summary, "summary", what, "summary");
                return Create(ref r, () => new StatementAssertion(summary!, about)).WithExtensions(ext);
        }
    }

    private Figure ReadFigure(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a figure object");
        FigureKind? kind = null;
        FigureValue? value = null;
        FuzzyDate? asOf = null;
        string? text = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, out var name))
        {
            switch (name)
            {
                case "kind": Once(ref r, ref seen, 0, name); kind = Term(ref r, s => new FigureKind(s)); break;
                case "value": Once(ref r, ref seen, 1, name); value = ReadFigureValue(ref r); break;
                case "asOf": Once(ref r, ref seen, 2, name); asOf = r.TokenType == JsonTokenType.Null ? null : Date(ref r); break;
                case "text": Once(ref r, ref seen, 3, name); text = OptionalString(ref r); break;
                default: Extension(ref r, name, ref extensions); break;
            }
            Pop();
        }
        Required(ref r, kind, "kind", "figure", "kind and value");
        Required(ref r, value, "value", "figure", "kind and value");
        var ext = Build(ref r, extensions);
        return Create(ref r, () => new Figure(kind!.Value, value!, asOf, text, ext));
    }

    private FigureValue ReadFigureValue(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a figure value object");
        var start = r;
        string shape = Discriminator(ref r, "shape", "figure value");
        r = start;
        if (options.TryGetFigureShape(shape, out var host))
        {
            return (FigureValue)HostValue(ref r, "shape", host);
        }
        if (!((ICollection<string>)JsonNames.FigureShapes).Contains(shape))
        {
            CheckStrings(ref r);
            return new UnrecognizedFigureValue(shape, JsonElement.ParseValue(ref r));
        }
        decimal? value = null, minimum = null, maximum = null, low = null, best = null, high = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, out var name))
        {
            switch (name)
            {
                case "shape": Once(ref r, ref seen, 0, name); break;
                case "value": Once(ref r, ref seen, 1, name); value = Decimal(ref r); break;
                case "minimum": Once(ref r, ref seen, 2, name); minimum = Decimal(ref r); break;
                case "maximum": Once(ref r, ref seen, 3, name); maximum = Decimal(ref r); break;
                case "low": Once(ref r, ref seen, 4, name); low = Decimal(ref r); break;
                case "best": Once(ref r, ref seen, 5, name); best = Decimal(ref r); break;
                case "high": Once(ref r, ref seen, 6, name); high = Decimal(ref r); break;
                default: Extension(ref r, name, ref extensions); break;
            }
            Pop();
        }
        string what = FigureValueWhat[shape];
        OnlyMembersOf(ref r, seen, JsonNames.FigureValueMembers, shape switch
        {
            JsonNames.Exact or JsonNames.Approximate => [0, 1],
            JsonNames.AtLeast => [0, 2],
            JsonNames.AtMost => [0, 3],
            JsonNames.Range => [0, 4, 6],
            _ => [0, 4, 5, 6],
        }, what);
        var ext = Build(ref r, extensions);
        switch (shape)
        {
            case JsonNames.Exact:
                Required(ref r, value, "value", what, "value");
                return new ExactCount(value!.Value).WithExtensions(ext);
            case JsonNames.AtLeast:
                Required(ref r, minimum, "minimum", what, "minimum");
                return new AtLeastCount(minimum!.Value).WithExtensions(ext);
            case JsonNames.AtMost:
                Required(ref r, maximum, "maximum", what, "maximum");
                return new AtMostCount(maximum!.Value).WithExtensions(ext);
            case JsonNames.Approximate:
                Required(ref r, value, "value", what, "value");
                return new ApproximateCount(value!.Value).WithExtensions(ext);
            case JsonNames.Range:
                Required(ref r, low, "low", what, "low and high");
                Required(ref r, high, "high", what, "low and high");
                return new CountRange(low!.Value, high!.Value).WithExtensions(ext);
            default:
                Required(ref r, low, "low", what, "low, best and high");
                Required(ref r, best, "best", what, "low, best and high");
                Required(ref r, high, "high", what, "low, best and high");
                return new CountEstimate(low!.Value, best!.Value, high!.Value).WithExtensions(ext);
        }
    }

    /// <summary>
    /// Rejects a member that belongs to another kind of assertion or shape: the object's own kind
    /// has nowhere to keep it, and dropping it would lose what the document says.
    /// </summary>
    private void OnlyMembersOf(ref Utf8JsonReader r, int seen, string[] names, ReadOnlySpan<int> allowed, string what)
    {
        int mask = 0;
        foreach (int bit in allowed)
        {
            mask |= 1 << bit;
        }
        int extra = seen & ~mask;
        if (extra != 0)
        {
            int bit = System.Numerics.BitOperations.TrailingZeroCount(extra);
            throw Error(ref r, $"a {what} has no member \"{names[bit]}\"; it has {string.Join(", ", allowed.ToArray().Select(b => names[b]))}.");
        }
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
