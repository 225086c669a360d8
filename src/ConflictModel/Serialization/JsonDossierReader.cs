using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Serialization;

/// <summary>
/// Reads a dossier from a whole UTF-8 document, or the header or one event of an NDJSON stream
/// from one line, checking the type of every value and the limits of <see cref="DossierJsonOptions"/>,
/// and keeping the JSON path so that every error says where it is.
/// Members of entities that the format does not define are kept in the entity's extension data.
/// </summary>
internal sealed partial class JsonDossierReader
{
    private static readonly JsonMembers DocumentMembers = JsonFormat.Dossier.Reader;

    private static readonly JsonMembers ClaimLineMembers = new(JsonNames.ClaimLine);

    private readonly ReadOnlyMemory<byte> document;
    private readonly DossierJsonOptions options;
    private readonly long linesBefore;
    /// <summary>Where the reader is, kept only to say it in errors: a member name, or an array index when the name is null.</summary>
    private readonly List<(string? Name, int Index)> path = new(16);
    private readonly Utf8StringCache strings;
    /// <summary>
    /// The claim and event ids met so far in a whole document or header, so that a claim or an event
    /// and everything that names it hold one string; null for a line of events, which names claims
    /// defined elsewhere.
    /// </summary>
    private readonly ClaimIdTexts? claimIds;
    /// <summary>The version the document or header declared, once read.</summary>
    private int version;
    /// <summary>
    /// The small immutable values met last in a whole document (participants, attributions, relays,
    /// figures, wordings), so that the many events and claims that repeat one hold one instance;
    /// null for a line of events.
    /// </summary>
    private readonly SharedValues? values;

    private JsonDossierReader(ReadOnlyMemory<byte> document, DossierJsonOptions options, long linesBefore, Utf8StringCache? strings = null)
    {
        this.document = document;
        this.options = options;
        this.linesBefore = linesBefore;
        this.strings = strings ?? new Utf8StringCache();
        claimIds = strings is null ? new ClaimIdTexts(document.Length) : null;
        values = strings is null ? new SharedValues(document.Length) : null;
    }

    internal static Dossier Read(ReadOnlyMemory<byte> utf8, DossierJsonOptions options)
    {
        var reader = new JsonDossierReader(WithoutByteOrderMark(utf8), options, 0);
        return reader.Parse((ref Utf8JsonReader r) => reader.ReadDocument(ref r, JsonNames.Format, events: true));
    }

    /// <summary>
    /// Reads the header line of an NDJSON stream: a dossier document with its own format marker
    /// and without events.
    /// </summary>
    /// <param name="line">The line, without its line break.</param>
    /// <param name="options">The options.</param>
    /// <param name="format">The format marker the header must carry.</param>
    /// <param name="lineNumber">The line's number in the stream, counted from 1, that errors give.</param>
    /// <param name="version">The version the header declares, one this library reads.</param>
    internal static Dossier ReadHeader(ReadOnlyMemory<byte> line, DossierJsonOptions options, string format, long lineNumber, out int version)
    {
        var reader = new JsonDossierReader(WithoutByteOrderMark(line), options, lineNumber - 1);
        var header = reader.Parse((ref Utf8JsonReader r) => reader.ReadDocument(ref r, format, events: false));
        version = reader.version;
        return header;
    }

    /// <summary>
    /// Reads a line after the header of an NDJSON stream of version 2: a claim line, whose object's
    /// first member is <c>claim</c> and which has no other member, or else an event object.
    /// </summary>
    /// <param name="line">The line, without its line break.</param>
    /// <param name="options">The options.</param>
    /// <param name="lineNumber">The line's number in the stream, counted from 1, that errors give.</param>
    /// <param name="strings">The strings already made for earlier lines of the stream.</param>
    /// <returns>The claim or event, with the line number.</returns>
    internal static NdjsonRecord ReadRecordLine(ReadOnlyMemory<byte> line, DossierJsonOptions options, long lineNumber, Utf8StringCache strings)
    {
        var reader = new JsonDossierReader(line, options, lineNumber - 1, strings);
        return reader.Parse(reader.ReadSingleRecord) switch
        {
            ConflictEvent e => new NdjsonRecord(e, lineNumber),
            var claim => new NdjsonRecord((Claim)claim, lineNumber),
        };
    }

    /// <summary>Reads one event object that is the whole of a line of an NDJSON stream.</summary>
    /// <param name="line">The line, without its line break.</param>
    /// <param name="options">The options.</param>
    /// <param name="lineNumber">The line's number in the stream, counted from 1, that errors give.</param>
    /// <param name="strings">The strings already made for earlier lines of the stream.</param>
    internal static ConflictEvent ReadEventLine(ReadOnlyMemory<byte> line, DossierJsonOptions options, long lineNumber, Utf8StringCache strings)
    {
        var reader = new JsonDossierReader(line, options, lineNumber - 1, strings);
        return reader.Parse(reader.ReadSingleEvent);
    }

    private static ReadOnlyMemory<byte> WithoutByteOrderMark(ReadOnlyMemory<byte> utf8) =>
        utf8.Span.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;

    /// <summary>
    /// Tells, from its first bytes, that a document is not UTF-8 text: UTF-16 or UTF-32 (by a byte-order mark, or by the
    /// zero bytes of such text without one), or binary data. JSON text starts with a printable character or a blank, never
    /// with a zero byte, so this decides from four bytes, before a stream of zeros (<c>/dev/zero</c>) is buffered whole.
    /// </summary>
    /// <returns>What the document is, or null when it may be UTF-8.</returns>
    internal static string? NotUtf8(ReadOnlySpan<byte> start) => start switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => "UTF-32 (little-endian, by its byte-order mark)",
        [0x00, 0x00, 0xFE, 0xFF, ..] => "UTF-32 (big-endian, by its byte-order mark)",
        [0xFF, 0xFE, ..] => "UTF-16 (little-endian, by its byte-order mark)",
        [0xFE, 0xFF, ..] => "UTF-16 (big-endian, by its byte-order mark)",
        [0x00, ..] or [_, 0x00, ..] => "not text: it starts with a zero byte (UTF-16 or UTF-32 without a byte-order mark, or binary data)",
        _ => null,
    };

    /// <summary>The error for a document that is not UTF-8 (<see cref="NotUtf8"/>).</summary>
    internal static DossierFormatException NotUtf8Error(string what, long line) => new(
        $"the document is {what}; a dossier is UTF-8 JSON text. Convert it to UTF-8 first (such as with iconv -t UTF-8).", "$", line, 1, 1);

    private T Parse<T>(ValueReader<T> read)
    {
        if (NotUtf8(document.Span) is { } what)
        {
            throw NotUtf8Error(what, linesBefore + 1);
        }
        if (document.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new DossierFormatException("the document is empty; a dossier is a JSON object with \"format\": \"conflictmodel\".", "$", linesBefore + 1, 1, 1);
        }
        var json = new Utf8JsonReader(document.Span, new JsonReaderOptions { MaxDepth = options.MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            return read(ref json);
        }
        catch (JsonException ex)
        {
            // The reader's own syntax and depth errors carry their position.
            throw new DossierFormatException(Trim(ex.Message), ex.Path ?? Path(), linesBefore + ex.LineNumber + 1, ex.BytePositionInLine + 1,
                ex.LineNumber is { } inText && ex.BytePositionInLine is { } inLine ? ColumnOf(inText, inLine) : null, ex);
        }
    }

    private ConflictEvent ReadSingleEvent(ref Utf8JsonReader r)
    {
        if (!r.Read())
        {
            throw Error(ref r, "the line is empty; each line after the header is one event object.");
        }
        var e = ReadEvent(ref r);
        if (r.Read())
        {
            throw Error(ref r, "there is more after the event's closing brace; a line holds one event.");
        }
        return e;
    }

    private object ReadSingleRecord(ref Utf8JsonReader r)
    {
        if (!r.Read())
        {
            throw Error(ref r, "the line is empty; each line after the header is one event object or one claim line.");
        }
        // The reader is a struct: a copy looks at the first member without moving the original.
        var peek = r;
        if (r.TokenType != JsonTokenType.StartObject || !peek.Read() || peek.TokenType != JsonTokenType.PropertyName
            || !peek.ValueTextEquals(JsonNames.ClaimLine))
        {
            var e = ReadEvent(ref r);
            if (r.Read())
            {
                throw Error(ref r, "there is more after the event's closing brace; a line holds one event.");
            }
            return e;
        }
        int seen = 0;
        NextMember(ref r, ClaimLineMembers, ref seen, out int _);
        var claim = ReadClaim(ref r);
        Pop();
        Read(ref r);
        if (r.TokenType != JsonTokenType.EndObject)
        {
            CheckLength(ref r);
            string extra = MemberName(ref r);
            path.Add((extra, 0));
            throw Error(ref r, $"the claim line has a member \"{Shorten(extra)}\" besides \"claim\"; a claim line is {{\"claim\": {{…}}}} and nothing else.");
        }
        if (r.Read())
        {
            throw Error(ref r, "there is more after the claim line's closing brace; a line holds one claim.");
        }
        return claim;
    }

    private Dossier ReadDocument(ref Utf8JsonReader r, string expectedFormat, bool events)
    {
        if (!r.Read())
        {
            throw Error(ref r, $"the document is empty; a dossier is a JSON object with \"format\": \"{expectedFormat}\".");
        }
        if (r.TokenType != JsonTokenType.StartObject)
        {
            throw Error(ref r, $"a dossier is a JSON object, but the document is {Describe(ref r)}.");
        }
        var fields = new JsonFormat.DossierFields { Builder = new DossierBuilder(), ExpectedFormat = expectedFormat, Events = events };
        var members = JsonFormat.Dossier.Bound;
        ExtensionMembers? extensions = null;
        int seen = 0;
        while (NextMember(ref r, DocumentMembers, ref seen, out int index))
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
        fields.Check(this, ref r);
        version = fields.Version!.Value;
        if (r.Read())
        {
            throw Error(ref r, "there is more after the dossier's closing brace; a document holds one dossier.");
        }
        return fields.Build(this, Build(ref r, extensions)).Dossier;
    }

    internal static int LatestVersion(string format) => format == JsonNames.NdjsonFormat ? JsonNames.NdjsonVersion : JsonNames.Version;

    internal static string Versions(string format) =>
        format == JsonNames.NdjsonFormat ? $"versions 1 to {JsonNames.NdjsonVersion}" : $"version {JsonNames.Version}";

    private delegate T ValueReader<T>(ref Utf8JsonReader r);

    /// <summary>Reads one element of a list; static, so that the delegate is made once, not for every list.</summary>
    internal delegate T ItemFunc<T>(JsonDossierReader reader, ref Utf8JsonReader r);

    /// <summary>Reads one element of an array and hands it to <paramref name="state"/>; static, as <see cref="ItemFunc{T}"/>.</summary>
    internal delegate void ItemAction<in TState>(JsonDossierReader reader, ref Utf8JsonReader r, TState state);

    /// <summary>
    /// Moves to the next member of the current object and onto its value; pushes its name on the
    /// path. A member of <paramref name="members"/> is recognized by its UTF-8 bytes, without making
    /// a string, and rejected when the object already had it; the caller reads it by its entry at
    /// <paramref name="index"/> in the object's description (<see cref="ReadObject{T, TFields}"/>).
    /// </summary>
    /// <param name="r">The reader.</param>
    /// <param name="members">The members this kind of object defines.</param>
    /// <param name="seen">The members met so far in this object, one bit each by their index in <paramref name="members"/>.</param>
    /// <param name="index">The member's index in <paramref name="members"/>, or -1 for a member the object does not define (extension data).</param>
    /// <returns>False at the end of the object.</returns>
    private bool NextMember(ref Utf8JsonReader r, JsonMembers members, ref int seen, out int index)
    {
        Read(ref r);
        if (r.TokenType == JsonTokenType.EndObject)
        {
            index = -1;
            return false;
        }
        CheckLength(ref r);
        string name;
        if (!r.ValueIsEscaped && !r.HasValueSequence && (index = members.Find(r.ValueSpan, seen)) >= 0)
        {
            name = members.Names[index];
        }
        else
        {
            name = MemberName(ref r);
            index = r.ValueIsEscaped ? members.Find(name) : -1;
            if (index >= 0)
            {
                name = members.Names[index];
            }
        }
        path.Add((name, 0));
        Read(ref r);
        if (index >= 0)
        {
            Once(ref r, ref seen, index, name);
        }
        return true;
    }

    private string MemberName(ref Utf8JsonReader r)
    {
        int slot = -1;
        if (!r.ValueIsEscaped && !r.HasValueSequence && r.ValueSpan.Length <= Utf8StringCache.MaxBytes
            && strings.TryGet(r.ValueSpan, out var known, out slot))
        {
            return known;
        }
        string name;
        try
        {
            name = r.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            throw Error(ref r, "a member name is not valid UTF-8 or holds a lone surrogate; " + ex.Message);
        }
        if (slot >= 0)
        {
            strings.Add(slot, r.ValueSpan, name);
        }
        return name;
    }

    /// <summary>
    /// Reads a short string that is likely to repeat (a term, a language tag, a date, the id of a
    /// shared entity) as the same string as its earlier occurrences.
    /// </summary>
    internal string RepeatedString(ref Utf8JsonReader r)
    {
        int slot = -1;
        if (r.TokenType == JsonTokenType.String && !r.ValueIsEscaped && !r.HasValueSequence && r.ValueSpan.Length <= Utf8StringCache.MaxBytes
            && strings.TryGet(r.ValueSpan, out var known, out slot))
        {
            // The same bytes passed the checks of String when they were first read.
            return known;
        }
        var text = String(ref r);
        if (slot >= 0)
        {
            strings.Add(slot, r.ValueSpan, text);
        }
        return text;
    }

    /// <summary>
    /// Reads a short string that is likely to repeat, as <see cref="RepeatedString"/> does, and
    /// gives what its text was made into when the same bytes were met before.
    /// </summary>
    /// <returns>True with <paramref name="value"/> when the text was made into a <typeparamref name="T"/> before;
    /// otherwise false with the <paramref name="text"/> to make it from and the <paramref name="slot"/> to keep it in.</returns>
    private bool Known<T>(ref Utf8JsonReader r, out T value, out string text, out int slot)
        where T : struct
    {
        slot = -1;
        if (r.TokenType == JsonTokenType.String && !r.ValueIsEscaped && !r.HasValueSequence && r.ValueSpan.Length <= Utf8StringCache.MaxBytes
            && strings.TryGet(r.ValueSpan, out text, out slot))
        {
            if (strings.Parsed(slot) is T known)
            {
                value = known;
                return true;
            }
        }
        else
        {
            text = String(ref r);
            if (slot >= 0)
            {
                strings.Add(slot, r.ValueSpan, text);
            }
        }
        value = default;
        return false;
    }

    // Each gives the value of these members: the instance met before, when one is still known and the value has no
    // extension data (then it is not made again), or a new one.
    internal Participant Participant(ActorId actor, ParticipantRole role, ExtensionData extensions) =>
        values is null || !extensions.IsEmpty ? new Participant(actor, role, extensions) : values.Participant(actor, role);

    internal Relay Relay(SourceId source, ReportId? report, ExtensionData extensions) =>
        values is null || !extensions.IsEmpty ? new Relay(source, report, extensions) : values.Relay(source, report);

    internal Wording Wording(string sourceTerm, string neutralTerm, ExtensionData extensions) =>
        values is null || !extensions.IsEmpty ? new Wording(sourceTerm, neutralTerm, extensions) : values.Wording(sourceTerm, neutralTerm);

    internal Attribution Attribution(SourceId source, AttributionMode mode, List<Relay>? relays, FuzzyDate? statedOn, ExtensionData extensions) =>
        values is null || !extensions.IsEmpty ? new Attribution(source, mode, relays, statedOn, extensions)
        : values.Attribution(source, mode, relays, statedOn);

    internal Figure Figure(FigureKind kind, FigureValue value, FuzzyDate? asOf, string? text, FigureSubject? subject, ValidityInterval? period,
        ExtensionData extensions) =>
        values is null || !extensions.IsEmpty ? new Figure(kind, value, asOf, text, subject, period, extensions)
        : values.Figure(kind, value, asOf, text, subject, period);

    private void Pop() => path.RemoveAt(path.Count - 1);

    private void Read(ref Utf8JsonReader r)
    {
        if (!r.Read())
        {
            throw Error(ref r, "the document ends in the middle of a value; it is truncated.");
        }
    }

    /// <summary>Rejects a member given twice in one object: which of the two was meant is unknowable.</summary>
    private void Once(ref Utf8JsonReader r, ref int seen, int bit, string name)
    {
        if ((seen & (1 << bit)) != 0)
        {
            throw Error(ref r, $"\"{name}\" is given twice in the same object; give each member once.");
        }
        seen |= 1 << bit;
    }

    /// <summary>Reads an array, each element by <paramref name="item"/>, which hands it to <paramref name="state"/>.</summary>
    internal void Items<TState>(ref Utf8JsonReader r, TState state, ItemAction<TState> item)
    {
        Expect(ref r, JsonTokenType.StartArray, "an array");
        for (int index = 0; NextItem(ref r, index); index++)
        {
            item(this, ref r, state);
            Pop();
        }
    }

    /// <summary>Moves to the next element of the current array; pushes its index on the path.</summary>
    /// <returns>False at the end of the array.</returns>
    private bool NextItem(ref Utf8JsonReader r, int index)
    {
        Read(ref r);
        if (r.TokenType == JsonTokenType.EndArray)
        {
            return false;
        }
        path.Add((null, index));
        if (index >= options.MaxArrayLength)
        {
            throw Error(ref r, string.Format(CultureInfo.InvariantCulture,
                "the array has more than {0} elements, the limit set by DossierJsonOptions.MaxArrayLength.", options.MaxArrayLength));
        }
        return true;
    }

    /// <summary>
    /// Reads an array into a list lent by <see cref="ScratchList{T}"/>: the model's constructor copies
    /// it into an array of the right size, and the list goes back with <see cref="ScratchList{T}.Return"/>.
    /// </summary>
    internal List<T> List<T>(ref Utf8JsonReader r, ItemFunc<T> item)
    {
        Expect(ref r, JsonTokenType.StartArray, "an array");
        var list = ScratchList<T>.Take();
        for (int index = 0; NextItem(ref r, index); index++)
        {
            list.Add(item(this, ref r));
            Pop();
        }
        return list;
    }

    private void Expect(ref Utf8JsonReader r, JsonTokenType type, string what)
    {
        if (r.TokenType != type)
        {
            throw Error(ref r, $"expected {what}, found {Describe(ref r)}.");
        }
    }

    internal string String(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.String, "a string");
        long length = r.HasValueSequence ? r.ValueSequence.Length : r.ValueSpan.Length;
        if (length > options.MaxStringLength)
        {
            throw Error(ref r, string.Format(CultureInfo.InvariantCulture,
                "the string has {0} bytes, more than the limit of {1} set by DossierJsonOptions.MaxStringLength.", length, options.MaxStringLength));
        }
        try
        {
            return r.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            throw Error(ref r, "the string is not valid UTF-8 or holds a lone surrogate; " + ex.Message);
        }
    }

    internal string? OptionalString(ref Utf8JsonReader r) => r.TokenType == JsonTokenType.Null ? null : String(ref r);

    internal int Int(ref Utf8JsonReader r, int min, int max)
    {
        Expect(ref r, JsonTokenType.Number, "a whole number");
        if (!r.TryGetInt32(out int value) || value < min || value > max)
        {
            throw Error(ref r, string.Format(CultureInfo.InvariantCulture, "expected a whole number in [{0}-{1}], found {2}.", min, max, Raw(ref r)));
        }
        return value;
    }

    internal decimal Decimal(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.Number, "a number");
        if (!r.TryGetDecimal(out decimal value))
        {
            throw Error(ref r, $"the number {Raw(ref r)} is out of range; counts are between ±79,228,162,514,264,337,593,543,950,335.");
        }
        // A decimal holds 28 or 29 significant digits; a number written with more would be rounded without a word.
        if (r.ValueSpan.Length > 28 && !SameDigits(r.ValueSpan, value))
        {
            throw Error(ref r, $"the number {Raw(ref r)} has more significant digits than a count holds (28); it would be rounded. Write it with fewer digits.");
        }
        return value;
    }

    /// <summary>Tells whether a JSON number has the same significant digits as the decimal read from it, that is, was read exactly.</summary>
    private static bool SameDigits(ReadOnlySpan<byte> number, decimal value) =>
        Significant(number).SequenceEqual(Significant(System.Text.Encoding.ASCII.GetBytes(value.ToString(CultureInfo.InvariantCulture))));

    /// <summary>The digits of a number's mantissa without its sign, point, exponent, leading and trailing zeros.</summary>
    private static byte[] Significant(ReadOnlySpan<byte> number)
    {
        int end = number.IndexOfAny("eE"u8);
        var mantissa = end < 0 ? number : number[..end];
        var digits = new List<byte>(mantissa.Length);
        foreach (byte b in mantissa)
        {
            if (b is >= (byte)'0' and <= (byte)'9' && (digits.Count > 0 || b != (byte)'0'))
            {
                digits.Add(b);
            }
        }
        int last = digits.Count;
        while (last > 0 && digits[last - 1] == (byte)'0')
        {
            last--;
        }
        return [.. digits.GetRange(0, last)];
    }

    internal bool Bool(ref Utf8JsonReader r)
    {
        if (r.TokenType is not (JsonTokenType.True or JsonTokenType.False))
        {
            throw Error(ref r, $"expected true or false, found {Describe(ref r)}.");
        }
        return r.GetBoolean();
    }

    internal double Coordinate(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.String)
        {
            return String(ref r) switch
            {
                "NaN" => double.NaN,
                "Infinity" => double.PositiveInfinity,
                "-Infinity" => double.NegativeInfinity,
                var other => throw Error(ref r, $"expected decimal degrees as a number, found \"{Shorten(other)}\"."),
            };
        }
        Expect(ref r, JsonTokenType.Number, "decimal degrees as a number");
        // A number too large for a double, such as 1e999, reads as infinity: it is refused rather
        // than taken for the string "Infinity", which is how a non-finite coordinate is written.
        if (!r.TryGetDouble(out double value) || !double.IsFinite(value))
        {
            throw Error(ref r, $"the number {Raw(ref r)} is out of range for decimal degrees.");
        }
        return value;
    }

    internal FuzzyDate Date(ref Utf8JsonReader r)
    {
        if (Known(ref r, out FuzzyDate date, out string text, out int slot))
        {
            return date;
        }
        if (!FuzzyDateText.TryParse(text, out date, out var error))
        {
            throw Error(ref r, error!);
        }
        strings.SetParsed(slot, date);
        return date;
    }

    internal ValidityInterval Validity(ref Utf8JsonReader r)
    {
        var text = String(ref r);
        return FuzzyDateText.TryParseInterval(text, out var interval, out var error) ? interval : throw Error(ref r, error!);
    }

    internal ZonedDateTime Published(ref Utf8JsonReader r, string? zoneId, OffsetDateTime offsetDateTime)
    {
        if (zoneId is null)
        {
            return offsetDateTime.InFixedZone();
        }
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)
            ?? throw Error(ref r, $"\"{Shorten(zoneId)}\" is not a time zone of the IANA database; use an id such as \"Asia/Beirut\" or \"Europe/Paris\".");
        var zoned = offsetDateTime.InZone(zone);
        if (zoned.Offset != offsetDateTime.Offset)
        {
            throw Error(ref r, $"the offset {offsetDateTime.Offset} of \"published\" is not the offset of {zoneId} at that instant ({zoned.Offset}).");
        }
        return zoned;
    }

    /// <summary>Reads a publication: an RFC 3339 date and time, or a day alone when the report gives no time (then <paramref name="day"/> is set).</summary>
    internal OffsetDateTime PublishedValue(ref Utf8JsonReader r, out LocalDate? day)
    {
        var text = String(ref r);
        day = null;
        if (PublicationText.TryParseDay(text, out var date))
        {
            day = date;
            return default;
        }
        var result = PublicationText.Parse(text);
        return result.Success ? result.Value
            : throw Error(ref r, $"\"{Shorten(text)}\" is not an RFC 3339 date and time, nor a day; write it as 2017-11-09T19:30:00+02:00, or 2017-11-09 when the time is not known.");
    }

    /// <summary>A publication whose day alone is known: the start of that day in the report's zone (UTC when none is given).</summary>
    internal ZonedDateTime PublishedDay(ref Utf8JsonReader r, string? zoneId, LocalDate day)
    {
        if (zoneId is null)
        {
            return day.AtStartOfDayInZone(DateTimeZone.Utc);
        }
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)
            ?? throw Error(ref r, $"\"{Shorten(zoneId)}\" is not a time zone of the IANA database; use an id such as \"Asia/Beirut\" or \"Europe/Paris\".");
        return day.AtStartOfDayInZone(zone);
    }

    /// <summary>Reads the number of people a collective source stands for: a whole number from 2, or "several".</summary>
    internal SourceCount Count(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.String)
        {
            var word = RepeatedString(ref r);
            return word == "several" ? SourceCount.Several
                : throw Error(ref r, $"\"{Shorten(word)}\" is not a count of people; give a whole number from 2, or \"several\".");
        }
        return SourceCount.Of(Int(ref r, 2, int.MaxValue));
    }

    /// <summary>Reads a time of day (07:00, 07, ~07:00) or a part of the day (dawn, overnight…).</summary>
    internal DayTime TimeOfDay(ref Utf8JsonReader r)
    {
        var text = RepeatedString(ref r);
        return DayTime.TryParse(text, out var time) ? time
            : throw Error(ref r, $"\"{Shorten(text)}\" is not a time of day; write it as 07:30, 07 (the hour), ~07:30 (around), or one of dawn, morning, midday, afternoon, evening, night, overnight.");
    }

    internal T Enum<T>(ref Utf8JsonReader r)
        where T : struct, System.Enum
    {
        var text = RepeatedString(ref r);
        return JsonEnums.TryParse<T>(text, out var value) ? value
            : throw Error(ref r, $"\"{Shorten(text)}\" is not allowed here; use one of: {string.Join(", ", JsonEnums.All<T>())}.");
    }

    /// <summary>Keeps a member the format does not define, as raw JSON.</summary>
    private void Extension(ref Utf8JsonReader r, ref ExtensionMembers? extensions)
    {
        CheckStrings(ref r);
        // Most objects have no extension member: the list is made for the first one. Its name is
        // the one NextMember has just put on the path.
        extensions ??= new ExtensionMembers();
        if (r.TokenType == JsonTokenType.String)
        {
            // A string is kept as its text, shared with the same short text met before: a JSON value of its own for each
            // would cost a document apiece.
            extensions.Add(path[^1].Name!, RepeatedString(ref r));
        }
        else
        {
            extensions.Add(path[^1].Name!, JsonElement.ParseValue(ref r));
        }
    }

    /// <summary>
    /// Checks the string and array limits and the text inside a value kept whole, before it is
    /// parsed as raw JSON: data a reader does not understand is held to the same limits as the rest.
    /// </summary>
    private void CheckStrings(ref Utf8JsonReader r)
    {
        var copy = r;
        CheckLength(ref copy);
        CheckText(ref copy);
        if (copy.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }
        int depth = copy.CurrentDepth;
        // One frame a container open around the current token: an array's element count, an object's current member.
        var frames = new List<(bool IsArray, int Count, string? Member)> { (copy.TokenType == JsonTokenType.StartArray, 0, null) };
        // The member names of each open object, made at its first member: a name given twice is refused here as in the
        // objects the format defines, so that extension data and unknown assertions mean one thing to every reader.
        var names = new List<HashSet<string>?> { null };
        while (copy.Read() && copy.CurrentDepth > depth)
        {
            if (copy.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                frames.RemoveAt(frames.Count - 1);
                names.RemoveAt(names.Count - 1);
                continue;
            }
            CheckLength(ref copy);
            string? text = CheckText(ref copy);
            if (copy.TokenType == JsonTokenType.PropertyName)
            {
                frames[^1] = (false, 0, text);
                if (!(names[^1] ??= new HashSet<string>(StringComparer.Ordinal)).Add(text!))
                {
                    int pushed = PushFrames(frames);
                    var error = Error(ref copy, $"\"{Shorten(text!)}\" is given twice in the same object; give each member once.");
                    path.RemoveRange(path.Count - pushed, pushed);
                    throw error;
                }
                continue;
            }
            var (isArray, count, member) = frames[^1];
            if (isArray)
            {
                if (count >= options.MaxArrayLength)
                {
                    int pushed = PushFrames(frames);
                    var error = Error(ref copy, string.Format(CultureInfo.InvariantCulture,
                        "the array has more than {0} elements, the limit set by DossierJsonOptions.MaxArrayLength.", options.MaxArrayLength));
                    path.RemoveRange(path.Count - pushed, pushed);
                    throw error;
                }
                frames[^1] = (true, count + 1, member);
            }
            if (copy.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                frames.Add((copy.TokenType == JsonTokenType.StartArray, 0, null));
                names.Add(null);
            }
        }
    }

    private int PushFrames(List<(bool IsArray, int Count, string? Member)> frames)
    {
        int pushed = 0;
        for (int i = 0; i < frames.Count; i++)
        {
            var (isArray, count, member) = frames[i];
            if (isArray || member is not null)
            {
                // An enclosing array has counted the element being read; the innermost has not yet.
                path.Add(isArray ? (null, i == frames.Count - 1 ? count : count - 1) : (member, 0));
                pushed++;
            }
        }
        return pushed;
    }

    private void CheckLength(ref Utf8JsonReader r)
    {
        if (r.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            long length = r.HasValueSequence ? r.ValueSequence.Length : r.ValueSpan.Length;
            if (length > options.MaxStringLength)
            {
                throw Error(ref r, string.Format(CultureInfo.InvariantCulture,
                    "a string of {0} bytes is more than the limit of {1} set by DossierJsonOptions.MaxStringLength.", length, options.MaxStringLength));
            }
        }
    }

    /// <summary>
    /// Checks that every string inside a value kept whole is UTF-8 without lone surrogates, as the
    /// strings of known members are, so that writing it back gives the same text.
    /// </summary>
    private string? CheckText(ref Utf8JsonReader r)
    {
        if (r.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            try
            {
                return r.GetString();
            }
            catch (InvalidOperationException ex)
            {
                throw Error(ref r, "a string is not valid UTF-8 or holds a lone surrogate; " + ex.Message);
            }
        }
        return null;
    }

    /// <summary>The keys of the last set of texts read, which the next set with the same keys shares.</summary>
    private string[]? sharedExtensionKeys;

    private ExtensionData Build(ref Utf8JsonReader r, ExtensionMembers? extensions)
    {
        if (extensions is null)
        {
            return ExtensionData.Empty;
        }
        try
        {
            return extensions.Build(ref sharedExtensionKeys);
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, Reason(ex));
        }
    }

    private string Path()
    {
        var builder = new StringBuilder("$");
        foreach (var (name, index) in path)
        {
            if (name is null)
            {
                builder.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                builder.Append('.').Append(name);
            }
        }
        return builder.ToString();
    }

    internal DossierFormatException Error(ref Utf8JsonReader r, string problem)
    {
        long offset = Math.Min(r.TokenStartIndex, document.Length);
        var span = document.Span[..(int)offset];
        int lastNewLine = span.LastIndexOf((byte)'\n');
        long line = linesBefore + span.Count((byte)'\n') + 1;
        long bytes = offset - lastNewLine;
        return new DossierFormatException(problem, Path(), line, bytes, Characters(span[(lastNewLine + 1)..]) + 1);
    }

    // An argument exception's message ends with " (Parameter 'value')", in the words of the
    // current culture: a reader of the document has no parameter, so the suffix goes.
    private static string Reason(ArgumentException ex)
    {
        string message = ex.Message;
        if (ex.ParamName is { Length: > 0 } name)
        {
            string suffix = new ArgumentException(string.Empty, name).Message;
            if (suffix.Length > 0 && message.EndsWith(suffix, StringComparison.Ordinal))
            {
                message = message[..^suffix.Length];
            }
        }
        return message;
    }

    // UTF-8 bytes to characters: every byte but a continuation byte (10xxxxxx) starts one.
    private static long Characters(ReadOnlySpan<byte> utf8)
    {
        long count = 0;
        foreach (byte b in utf8)
        {
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }
        return count;
    }

    // The column in characters of a byte position (from 0) in a line (from 0) of the document.
    private long? ColumnOf(long lineInDocument, long bytePosition)
    {
        var rest = document.Span;
        for (long i = 0; i < lineInDocument; i++)
        {
            int next = rest.IndexOf((byte)'\n');
            if (next < 0)
            {
                return null;
            }
            rest = rest[(next + 1)..];
        }
        return bytePosition <= rest.Length ? Characters(rest[..(int)bytePosition]) + 1 : null;
    }

    private static string Describe(ref Utf8JsonReader r) => r.TokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "nothing",
    };

    private static string Raw(ref Utf8JsonReader r) =>
        Shorten(Encoding.UTF8.GetString(r.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(r.ValueSequence) : r.ValueSpan));

    internal static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string Trim(string message)
    {
        // The reader's message ends with its own position; the exception says it in our form.
        // Its line is counted from 0 and within the text it was given, which for an NDJSON line is
        // not the stream's line: that part goes too.
        foreach (var marker in (ReadOnlySpan<string>)[" Path:", " LineNumber:"])
        {
            int index = message.IndexOf(marker, StringComparison.Ordinal);
            if (index > 0)
            {
                message = message[..index];
            }
        }
        return message;
    }
}
