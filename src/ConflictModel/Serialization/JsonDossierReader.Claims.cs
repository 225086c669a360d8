using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ConflictModel.Serialization;

internal sealed partial class JsonDossierReader
{
    internal Claim ReadClaim(ref Utf8JsonReader r) => ReadObject(ref r, JsonFormat.Claim, "a claim object");

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
        ExtensionMembers? extensions = null;
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
        var family = JsonFormat.Assertion;
        var start = r;
        bool first = LeadingDiscriminator(ref r, family.DiscriminatorUtf8, family.Discriminator, out string type);
        if (!first)
        {
            r = start;
            type = Discriminator(ref r, family.Discriminator, family.What);
            r = start;
        }
        if (options.TryGetAssertion(type, out var host))
        {
            r = start;
            return (ClaimAssertion)HostValue(ref r, family.Discriminator, host);
        }
        if (family.Find(type) is not { } variant)
        {
            r = start;
            CheckStrings(ref r);
            return new UnrecognizedAssertion(type, JsonElement.ParseValue(ref r));
        }
        return variant.Read(this, ref r, family, first);
    }

    internal Figure ReadFigure(ref Utf8JsonReader r) => ReadObject(ref r, JsonFormat.Figure, "a figure object");

    /// <summary>Reads whom a figure counts: exactly one of an actor, a side (an alliance) or a group of people.</summary>
    internal FigureSubject ReadFigureSubject(ref Utf8JsonReader r) => ReadObject(ref r, JsonFormat.FigureSubject, "a figure subject object");

    internal FigureValue ReadFigureValue(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a figure value object");
        var family = JsonFormat.FigureValue;
        var start = r;
        bool first = LeadingDiscriminator(ref r, family.DiscriminatorUtf8, family.Discriminator, out string shape);
        if (!first)
        {
            r = start;
            shape = Discriminator(ref r, family.Discriminator, family.What);
            r = start;
        }
        if (options.TryGetFigureShape(shape, out var host))
        {
            r = start;
            return (FigureValue)HostValue(ref r, family.Discriminator, host);
        }
        if (family.Find(shape) is not { } variant)
        {
            r = start;
            CheckStrings(ref r);
            return new UnrecognizedFigureValue(shape, JsonElement.ParseValue(ref r));
        }
        return variant.Read(this, ref r, family, first);
    }

    /// <summary>
    /// Reads an object of one built-in kind of a family whose members depend on a discriminator, the
    /// reader after the discriminator when it came <paramref name="first"/>, else at the object's start:
    /// each member of the kind is read by its entry in the kind's description; a member of another kind
    /// is read as that kind reads it (so that a wrong value is refused where it is) and the object is
    /// then refused, having nowhere to keep it; anything else is extension data.
    /// </summary>
    internal TBase ReadVariant<TBase, T, TFields>(ref Utf8JsonReader r, JsonVariants<TBase> family, JsonVariant<TBase, T, TFields> variant, bool first)
        where TBase : class
        where T : TBase
        where TFields : struct, IJsonFields<T>
    {
        var format = variant.Bound;
        var members = format.Bound;
        var own = variant.Own;
        var fields = default(TFields);
        ExtensionMembers? extensions = null;
        // The discriminator read first is a member met; it is the first of the family and of each kind.
        int seen = first ? 1 : 0;
        int met = 1;
        // A required member given null, where its reading lets null through, is as missing.
        int nulls = 0;
        while (NextMember(ref r, family.Members, ref seen, out int index))
        {
            if (index < 0)
            {
                Extension(ref r, ref extensions);
            }
            else if (own[index] is int i and >= 0)
            {
                if (r.TokenType == JsonTokenType.Null)
                {
                    nulls |= 1 << i;
                }
                met |= 1 << i;
                members[i].Read(this, ref r, ref fields);
            }
            else
            {
                family.ReadForeign(this, ref r, index);
            }
            Pop();
        }
        OnlyMembersOf(ref r, seen, family, variant.Mask, format);
        var ext = Build(ref r, extensions);
        int missing = format.RequiredMask & ~(met & ~nulls);
        if (missing != 0)
        {
            string member = format.Names[System.Numerics.BitOperations.TrailingZeroCount(missing)];
            throw Error(ref r, $"the {format.What} has no \"{member}\"; a {format.What} needs {format.RequiredList}.");
        }
        fields.Check(this, ref r);
        try
        {
            return fields.Build(this, ext);
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, Reason(ex));
        }
    }

    /// <summary>
    /// Rejects a member that belongs to another kind of assertion or shape: the object's own kind
    /// has nowhere to keep it, and dropping it would lose what the document says.
    /// </summary>
    private void OnlyMembersOf(ref Utf8JsonReader r, int seen, JsonVariants variants, int mask, JsonObjectFormat kind)
    {
        int extra = seen & ~mask;
        if (extra != 0)
        {
            var names = variants.Members.Names;
            int bit = System.Numerics.BitOperations.TrailingZeroCount(extra);
            throw Error(ref r, $"a {kind.What} has no member \"{names[bit]}\"; it has {string.Join(", ", MembersIn(names, mask))}.");
        }
    }

    /// <summary>The names of the members a mask holds, in order.</summary>
    /// <remarks>Apart from <see cref="OnlyMembersOf"/>, whose every call would otherwise allocate what this query captures.</remarks>
    private static IEnumerable<string> MembersIn(string[] names, int mask) =>
        Enumerable.Range(0, names.Length).Where(b => (mask & (1 << b)) != 0).Select(b => names[b]);

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
