using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ConflictModel.Serialization;

internal sealed partial class JsonDossierReader
{
    private static readonly JsonMembers AssertionMembers = JsonFormat.Assertion.Members;

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
            throw Error(ref r, $"the {format.What} has no \"{member}\"; a {format.What} needs {format.RequiredList}.");
        }
        fields.Check(this, ref r);
        var ext = Build(ref r, extensions);
        try
        {
            return fields.Build(this, ext);
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, Reason(ex));
        }
    }

    internal Attribution ReadAttribution(ref Utf8JsonReader r) => ReadObject(ref r, JsonFormat.Attribution, "an attribution object");

    internal Relay ReadRelay(ref Utf8JsonReader r) => ReadObject(ref r, JsonFormat.Relay, "a relay object");

    internal Quote ReadQuote(ref Utf8JsonReader r) => ReadObject(ref r, JsonFormat.Quote, "a quote object");

    internal Wording ReadWording(ref Utf8JsonReader r) => ReadObject(ref r, JsonFormat.Wording, "a wording object");

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

    internal Figure ReadFigure(ref Utf8JsonReader r) => ReadObject(ref r, JsonFormat.Figure, "a figure object");

    /// <summary>Reads whom a figure counts: exactly one of an actor, a side (an alliance) or a group of people.</summary>
    internal FigureSubject ReadFigureSubject(ref Utf8JsonReader r) => ReadObject(ref r, JsonFormat.FigureSubject, "a figure subject object");

    internal FigureValue ReadFigureValue(ref Utf8JsonReader r)
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
