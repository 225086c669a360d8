using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Serialization;

/// <summary>
/// Writes a dossier in the document format. Members are written in one fixed order and optional
/// members only when they have a value, so that writing the same dossier always gives the same bytes.
/// </summary>
internal static class JsonDossierWriter
{
    /// <summary>The amount of pending output from which the writer hands it on between two items of an array.</summary>
    private const int FlushBytes = 1 << 20;

    internal static void Write(Utf8JsonWriter w, Dossier dossier, DossierJsonOptions options) =>
        Document(w, dossier, options, JsonNames.Format, events: true);

    /// <summary>
    /// Writes the header of an NDJSON stream: the document without its events, under its own
    /// format marker and version; its claims only if it has any, since claims normally have lines of their own.
    /// </summary>
    internal static void Header(Utf8JsonWriter w, Dossier dossier, DossierJsonOptions options, string format, bool claims) =>
        Document(w, dossier, options, format, events: false, claims);

    /// <summary>Writes the claim line of an NDJSON stream: <c>{"claim": {…}}</c>.</summary>
    internal static void ClaimLine(Utf8JsonWriter w, Claim claim, DossierJsonOptions options)
    {
        w.WriteStartObject();
        w.WritePropertyName(JsonNames.ClaimLine);
        Claim(w, claim, options);
        w.WriteEndObject();
    }

    private static void Document(Utf8JsonWriter w, Dossier dossier, DossierJsonOptions options, string format, bool events, bool claims = true)
    {
        w.WriteStartObject();
        Members(w, JsonFormat.Dossier, new JsonFormat.DossierDocument(dossier, format, events, claims), options);
        Extensions(w, dossier.Extensions, "the dossier", JsonFormat.Dossier.Names);
        w.WriteEndObject();
    }

    internal static void Actor(Utf8JsonWriter w, Actor a, DossierJsonOptions options)
    {
        w.WriteStartObject();
        Members(w, JsonFormat.Actor, a, options);
        Extensions(w, a.Extensions, "actor", a.Id.Value, JsonFormat.Actor.Names);
        w.WriteEndObject();
    }

    internal static void Alliance(Utf8JsonWriter w, Alliance a, DossierJsonOptions options)
    {
        w.WriteStartObject();
        Members(w, JsonFormat.Alliance, a, options);
        Extensions(w, a.Extensions, "alliance", a.Id.Value, JsonFormat.Alliance.Names);
        w.WriteEndObject();
    }

    internal static void Membership(Utf8JsonWriter w, Membership m, DossierJsonOptions options)
    {
        w.WriteStartObject();
        Members(w, JsonFormat.Membership, m, options);
        Extensions(w, m.Extensions, "a membership", JsonFormat.Membership.Names);
        w.WriteEndObject();
    }

    internal static void Relation(Utf8JsonWriter w, ActorRelation r, DossierJsonOptions options)
    {
        w.WriteStartObject();
        Members(w, JsonFormat.Relation, r, options);
        Extensions(w, r.Extensions, "relation", r.Id.Value, JsonFormat.Relation.Names);
        w.WriteEndObject();
    }

    internal static void Place(Utf8JsonWriter w, Place p, DossierJsonOptions options)
    {
        w.WriteStartObject();
        Members(w, JsonFormat.Place, p, options);
        Extensions(w, p.Extensions, "place", p.Id.Value, JsonFormat.Place.Names);
        w.WriteEndObject();
    }

    internal static void Codes(Utf8JsonWriter w, PlaceCodes c, DossierJsonOptions options)
    {
        w.WriteStartObject();
        Members(w, JsonFormat.Codes, c, options);
        Extensions(w, c.Extensions, "codes", JsonFormat.Codes.Names);
        w.WriteEndObject();
    }

    internal static void RelativeLocation(Utf8JsonWriter w, RelativeLocation l, DossierJsonOptions options)
    {
        w.WriteStartObject();
        Members(w, JsonFormat.RelativeLocation, l, options);
        Extensions(w, l.Extensions, "a relative location", JsonFormat.RelativeLocation.Names);
        w.WriteEndObject();
    }

    internal static void Source(Utf8JsonWriter w, Source s, DossierJsonOptions options)
    {
        w.WriteStartObject();
        Members(w, JsonFormat.Source, s, options);
        Extensions(w, s.Extensions, "source", s.Id.Value, JsonFormat.Source.Names);
        w.WriteEndObject();
    }

    internal static void Report(Utf8JsonWriter w, Report r, DossierJsonOptions options)
    {
        w.WriteStartObject();
        Members(w, JsonFormat.Report, r, options);
        Extensions(w, r.Extensions, "report", r.Id.Value, JsonFormat.Report.Names);
        w.WriteEndObject();
    }

    /// <summary>Writes a claim: each member by its entry in <see cref="JsonFormat.Claim"/>, in that order.</summary>
    internal static void Claim(Utf8JsonWriter w, Claim c, DossierJsonOptions options)
    {
        w.WriteStartObject();
        Members(w, JsonFormat.Claim, c, options);
        Extensions(w, c.Extensions, "claim", c.Id.Value, JsonFormat.Claim.Names);
        w.WriteEndObject();
    }

    internal static void Attribution(Utf8JsonWriter w, Attribution a, DossierJsonOptions options)
    {
        w.WriteStartObject();
        Members(w, JsonFormat.Attribution, a, options);
        Extensions(w, a.Extensions, "an attribution", JsonFormat.Attribution.Names);
        w.WriteEndObject();
    }

    internal static void Relay(Utf8JsonWriter w, Relay r, DossierJsonOptions options)
    {
        w.WriteStartObject();
        Members(w, JsonFormat.Relay, r, options);
        Extensions(w, r.Extensions, "a relay", JsonFormat.Relay.Names);
        w.WriteEndObject();
    }

    internal static void Quote(Utf8JsonWriter w, Quote quote, DossierJsonOptions options)
    {
        w.WriteStartObject();
        Members(w, JsonFormat.Quote, quote, options);
        Extensions(w, quote.Extensions, "a quote", JsonFormat.Quote.Names);
        w.WriteEndObject();
    }

    internal static void Wording(Utf8JsonWriter w, Wording wording, DossierJsonOptions options)
    {
        w.WriteStartObject();
        Members(w, JsonFormat.Wording, wording, options);
        Extensions(w, wording.Extensions, "a wording", JsonFormat.Wording.Names);
        w.WriteEndObject();
    }

    internal static void Event(Utf8JsonWriter w, ConflictEvent e, DossierJsonOptions options)
    {
        w.WriteStartObject();
        Members(w, JsonFormat.Event, e, options);
        Extensions(w, e.Extensions, "event", e.Id.Value, JsonFormat.Event.Names);
        w.WriteEndObject();
    }

    internal static void Participant(Utf8JsonWriter w, Participant p, DossierJsonOptions options)
    {
        w.WriteStartObject();
        Members(w, JsonFormat.Participant, p, options);
        Extensions(w, p.Extensions, "a participant", JsonFormat.Participant.Names);
        w.WriteEndObject();
    }

    internal static void Outcome(Utf8JsonWriter w, ControlChange o, DossierJsonOptions options)
    {
        w.WriteStartObject();
        Members(w, JsonFormat.Outcome, o, options);
        Extensions(w, o.Extensions, "an outcome", JsonFormat.Outcome.Names);
        w.WriteEndObject();
    }

    internal static void ExternalReference(Utf8JsonWriter w, ExternalReference r, DossierJsonOptions options)
    {
        w.WriteStartObject();
        Members(w, JsonFormat.ExternalReference, r, options);
        Extensions(w, r.Extensions, "an external reference", JsonFormat.ExternalReference.Names);
        w.WriteEndObject();
    }

    /// <summary>Writes the members of an object, each by its entry in the object's description, in that order.</summary>
    private static void Members<T, TFields>(Utf8JsonWriter w, JsonObjectFormat<T, TFields> format, T value, DossierJsonOptions options)
        where TFields : struct, IJsonFields<T>
    {
        foreach (var member in format.Bound)
        {
            member.Write(w, member.EncodedName, value, options);
        }
    }

    internal static void Assertion(Utf8JsonWriter w, ClaimAssertion assertion, DossierJsonOptions options)
    {
        if (assertion is UnrecognizedAssertion unknown)
        {
            unknown.Json.WriteTo(w);
            return;
        }
        if (options.AssertionFor(assertion.GetType()) is { } host)
        {
            HostObject(w, "type", host, assertion);
            return;
        }
        var variant = JsonFormat.Assertion.Find(assertion.GetType())
            ?? throw new InvalidOperationException(
                $"The assertion type {assertion.GetType().Name} is not registered; register it with DossierJsonOptions.AddAssertionType before writing.");
        w.WriteStartObject();
        variant.Write(w, assertion, options);
        Extensions(w, assertion.Extensions, "an assertion", JsonFormat.Assertion.Members.Names);
        w.WriteEndObject();
    }

    internal static void Figure(Utf8JsonWriter w, Figure f, DossierJsonOptions options)
    {
        w.WriteStartObject();
        Members(w, JsonFormat.Figure, f, options);
        Extensions(w, f.Extensions, "a figure", JsonFormat.Figure.Names);
        w.WriteEndObject();
    }

    internal static void FigureSubject(Utf8JsonWriter w, FigureSubject subject, DossierJsonOptions options)
    {
        w.WriteStartObject();
        Members(w, JsonFormat.FigureSubject, subject, options);
        Extensions(w, subject.Extensions, "a figure subject", JsonFormat.FigureSubject.Names);
        w.WriteEndObject();
    }

    internal static void FigureValue(Utf8JsonWriter w, FigureValue value, DossierJsonOptions options)
    {
        if (value is UnrecognizedFigureValue unknown)
        {
            unknown.Json.WriteTo(w);
            return;
        }
        if (options.FigureShapeFor(value.GetType()) is { } host)
        {
            HostObject(w, "shape", host, value);
            return;
        }
        var variant = JsonFormat.FigureValue.Find(value.GetType())
            ?? throw new InvalidOperationException(
                $"The figure shape {value.GetType().Name} is not registered; register it with DossierJsonOptions.AddFigureShape before writing.");
        w.WriteStartObject();
        variant.Write(w, value, options);
        Extensions(w, value.Extensions, "a figure value", JsonFormat.FigureValue.Members.Names);
        w.WriteEndObject();
    }

    /// <summary>Writes a host object: the discriminator first, then the members the host's type information writes.</summary>
    private static void HostObject(Utf8JsonWriter w, string discriminatorName, DossierJsonOptions.HostType host, object value)
    {
        var element = JsonSerializer.SerializeToElement(value, host.TypeInfo);
        w.WriteStartObject();
        Text(w, discriminatorName, host.Discriminator);
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in element.EnumerateObject())
            {
                if (member.Name != discriminatorName && !IsBaseMember(member.Name))
                {
                    member.WriteTo(w);
                }
            }
        }
        w.WriteEndObject();
    }

    /// <summary>
    /// Tells whether a member written by a host's type information is one the library's base types
    /// define (the subject key and references, computed; the extension data, which a host type
    /// carries in members of its own): they are not part of the host's document.
    /// </summary>
    private static bool IsBaseMember(string name) =>
        name.Equals(nameof(ClaimAssertion.SubjectKey), StringComparison.OrdinalIgnoreCase)
        || name.Equals(nameof(ClaimAssertion.References), StringComparison.OrdinalIgnoreCase)
        || name.Equals(nameof(ClaimAssertion.Extensions), StringComparison.OrdinalIgnoreCase)
        || name.Equals(nameof(ConflictModel.FigureValue.Lower), StringComparison.OrdinalIgnoreCase)
        || name.Equals(nameof(ConflictModel.FigureValue.Upper), StringComparison.OrdinalIgnoreCase)
        || name.Equals(nameof(ConflictModel.FigureValue.Best), StringComparison.OrdinalIgnoreCase);

    internal static void Names(Utf8JsonWriter w, JsonEncodedText name, NameSet names, DossierJsonOptions options)
    {
        w.WriteStartArray(name);
        NameObject(w, names.Primary, options);
        for (int i = 0; i < names.Others.Count; i++)
        {
            NameObject(w, names.Others[i], options);
        }
        w.WriteEndArray();
    }

    private static void NameObject(Utf8JsonWriter w, Name name, DossierJsonOptions options)
    {
        w.WriteStartObject();
        Members(w, JsonFormat.Name, name, options);
        Extensions(w, name.Extensions, "a name", JsonFormat.Name.Names);
        w.WriteEndObject();
    }

    internal static void Validity(Utf8JsonWriter w, JsonEncodedText name, ValidityInterval validity)
    {
        if (validity != ValidityInterval.Always)
        {
            Text(w, name, FuzzyDateText.Format(validity));
        }
    }

    /// <summary>
    /// Writes a date as <see cref="FuzzyDateText.Format(FuzzyDate)"/> gives it; a day, which most dates are, is formatted
    /// straight into UTF-8 without making a string. Dates are ASCII: they need no look for lone surrogates.
    /// </summary>
    internal static void Date(Utf8JsonWriter w, JsonEncodedText name, FuzzyDate? date)
    {
        if (date is not { } value)
        {
            return;
        }
        Span<byte> text = stackalloc byte[10];
        if (value.Precision == DatePrecision.Day
            && value.Start.ToDateOnly().TryFormat(text, out int length, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture))
        {
            w.WriteString(name, text[..length]);
            return;
        }
        w.WriteString(name, FuzzyDateText.Format(value));
    }

    /// <summary>
    /// Writes a publication instant as <see cref="PublicationText.Format(OffsetDateTime)"/> gives it. The usual instant
    /// (whole seconds, an offset in minutes that <see cref="DateTimeOffset"/> can hold) is formatted straight into UTF-8.
    /// </summary>
    internal static void Published(Utf8JsonWriter w, JsonEncodedText name, OffsetDateTime value)
    {
        var local = value.LocalDateTime;
        int offset = value.Offset.Seconds;
        Span<byte> text = stackalloc byte[25];
        if (local.NanosecondOfSecond == 0 && offset % 60 == 0 && Math.Abs(offset) <= 14 * 3600 && local.Year >= 1
            && new DateTimeOffset(local.ToDateTimeUnspecified(), TimeSpan.FromSeconds(offset)).TryFormat(text, out int length,
                offset == 0 ? "yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'" : "yyyy'-'MM'-'dd'T'HH':'mm':'sszzz", CultureInfo.InvariantCulture))
        {
            w.WriteString(name, text[..length]);
            return;
        }
        w.WriteString(name, PublicationText.Format(value));
    }

    /// <summary>Writes a coordinate; NaN and infinities, which JSON numbers cannot hold, are written as strings so that validation can report them after reading.</summary>
    internal static void Coordinate(Utf8JsonWriter w, JsonEncodedText name, double value)
    {
        if (double.IsFinite(value))
        {
            w.WriteNumber(name, value);
        }
        else
        {
            Text(w, name, value.ToString(CultureInfo.InvariantCulture));
        }
    }

    internal static void Ids<T>(Utf8JsonWriter w, JsonEncodedText name, IReadOnlyList<T> ids)
        where T : IEntityId
    {
        if (ids.Count == 0)
        {
            return;
        }
        w.WriteStartArray(name);
        // Indexed rather than foreach: the lists are the model's own, and an enumerator would be
        // one more object for every list written.
        for (int i = 0; i < ids.Count; i++)
        {
            w.WriteStringValue(ids[i].Value);
        }
        w.WriteEndArray();
    }

    // The writing functions are static lambdas, made once, rather than closures made for every object written.
    internal static void Array<T>(Utf8JsonWriter w, JsonEncodedText name, IReadOnlyList<T> items, DossierJsonOptions options, Action<Utf8JsonWriter, T, DossierJsonOptions> write, bool always = false)
    {
        if (items.Count == 0 && !always)
        {
            return;
        }
        w.WriteStartArray(name);
        for (int i = 0; i < items.Count; i++)
        {
            write(w, items[i], options);
            // Hands what is written on to the stream or buffer as it goes, rather than holding the
            // whole document in the writer's own buffer until the end.
            if (w.BytesPending >= FlushBytes)
            {
                w.Flush();
            }
        }
        w.WriteEndArray();
    }

    internal static void Optional(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            Text(w, name, value);
        }
    }

    /// <summary>
    /// Writes an id, a vocabulary term or a language tag. Their syntax, checked when they were made, admits ASCII alone, so
    /// unlike <see cref="Text(Utf8JsonWriter, JsonEncodedText, string)"/> they need no look for lone surrogates; most strings
    /// of a document are these.
    /// </summary>
    internal static void Term(Utf8JsonWriter w, JsonEncodedText name, string value) => w.WriteString(name, value);

    /// <inheritdoc cref="Term(Utf8JsonWriter, JsonEncodedText, string)"/>
    internal static void OptionalTerm(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>
    /// Writes a string member. Text with a lone surrogate cannot be UTF-8: rather than let it become
    /// U+FFFD, and the document differ from the dossier, writing stops and says where.
    /// </summary>
    internal static void Text(Utf8JsonWriter w, JsonEncodedText name, string value)
    {
        int index = LoneSurrogate(value);
        if (index >= 0)
        {
            throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture,
                "The text of \"{0}\" has a lone surrogate (U+{1:X4}) at index {2}, which UTF-8 cannot hold; correct the text before writing.",
                name.Value, (int)value[index], index));
        }
        w.WriteString(name, value);
    }

    /// <inheritdoc cref="Text(Utf8JsonWriter, JsonEncodedText, string)"/>
    internal static void Text(Utf8JsonWriter w, string name, string value) => Text(w, JsonEncodedText.Encode(name), value);

    private static int LoneSurrogate(string value)
    {
        int i = value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0)
        {
            return -1;
        }
        for (; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Writes the extension data of an object of the given kind and id; the owner is named in an error only.</summary>
    internal static void Extensions(Utf8JsonWriter w, ExtensionData extensions, string kind, string id, string[] members)
    {
        if (!extensions.IsEmpty)
        {
            Extensions(w, extensions, $"{kind} \"{id}\"", members);
        }
    }

    internal static void Extensions(Utf8JsonWriter w, ExtensionData extensions, string owner, string[] members)
    {
        if (extensions.IsEmpty)
        {
            return;
        }
        // A set of texts, as an import makes, is written from its texts: making JSON values of them first would keep both.
        bool texts = extensions.HoldsTexts;
        for (int i = 0; i < extensions.Count; i++)
        {
            string key = extensions.KeyAt(i);
            if (System.Array.IndexOf(members, key) >= 0)
            {
                throw new InvalidOperationException(
                    $"The extension key \"{key}\" of {owner} is a member of the format; give host data a namespaced key such as \"acme:{key}\".");
            }
            if (LoneSurrogate(key) >= 0)
            {
                throw new InvalidOperationException($"An extension key of {owner} has a lone surrogate, which UTF-8 cannot hold.");
            }
            w.WritePropertyName(key);
            if (texts)
            {
                w.WriteStringValue(extensions.TextAt(i));
            }
            else
            {
                extensions[i].Value.WriteTo(w);
            }
        }
    }
}
