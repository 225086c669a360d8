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
    private readonly ReadOnlyMemory<byte> document;
    private readonly DossierJsonOptions options;
    private readonly long linesBefore;
    /// <summary>Where the reader is, kept only to say it in errors: a member name, or an array index when the name is null.</summary>
    private readonly List<(string? Name, int Index)> path = new(16);
    private readonly Utf8StringCache strings;
    /// <summary>
    /// The claim ids met so far in a whole document or header, so that a claim and every list that
    /// names it hold one string; null for a line of events, which names claims defined elsewhere.
    /// </summary>
    private readonly HashSet<string>? claimIds;
    /// <summary>The version the document or header declared, once read.</summary>
    private int version;

    private JsonDossierReader(ReadOnlyMemory<byte> document, DossierJsonOptions options, long linesBefore, Utf8StringCache? strings = null)
    {
        this.document = document;
        this.options = options;
        this.linesBefore = linesBefore;
        this.strings = strings ?? new Utf8StringCache();
        claimIds = strings is null ? new HashSet<string>(StringComparer.Ordinal) : null;
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

    private T Parse<T>(ValueReader<T> read)
    {
        if (document.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new DossierFormatException("the document is empty; a dossier is a JSON object with \"format\": \"conflictmodel\".", "$", linesBefore + 1, 1);
        }
        var json = new Utf8JsonReader(document.Span, new JsonReaderOptions { MaxDepth = options.MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            return read(ref json);
        }
        catch (JsonException ex)
        {
            // The reader's own syntax and depth errors carry their position.
            throw new DossierFormatException(Trim(ex.Message), ex.Path ?? Path(), linesBefore + ex.LineNumber + 1, ex.BytePositionInLine + 1, ex);
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
        NextMember(ref r, out _);
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
        string? format = null;
        int? version = null;
        var b = new DossierBuilder();
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, out var name))
        {
            switch (name)
            {
                case "format":
                    Once(ref r, ref seen, 0, name);
                    format = String(ref r);
                    if (format != expectedFormat)
                    {
                        throw Error(ref r, $"\"format\" is \"{Shorten(format)}\"; this library reads documents whose format is \"{expectedFormat}\".");
                    }
                    break;
                case "version":
                    Once(ref r, ref seen, 1, name);
                    version = Int(ref r, 1, int.MaxValue);
                    if (version > LatestVersion(expectedFormat))
                    {
                        throw Error(ref r, $"version {version} is not supported; this library reads {Versions(expectedFormat)}.");
                    }
                    this.version = version.Value;
                    break;
                case "actors":
                    Once(ref r, ref seen, 2, name);
                    Array(ref r, (ref Utf8JsonReader x) => b.Add(ReadActor(ref x)));
                    break;
                case "alliances":
                    Once(ref r, ref seen, 3, name);
                    Array(ref r, (ref Utf8JsonReader x) => b.Add(ReadAlliance(ref x)));
                    break;
                case "relations":
                    Once(ref r, ref seen, 4, name);
                    Array(ref r, (ref Utf8JsonReader x) => b.Add(ReadRelation(ref x)));
                    break;
                case "places":
                    Once(ref r, ref seen, 5, name);
                    Array(ref r, (ref Utf8JsonReader x) => b.Add(ReadPlace(ref x)));
                    break;
                case "sources":
                    Once(ref r, ref seen, 6, name);
                    Array(ref r, (ref Utf8JsonReader x) => b.Add(ReadSource(ref x)));
                    break;
                case "reports":
                    Once(ref r, ref seen, 7, name);
                    Array(ref r, (ref Utf8JsonReader x) => b.Add(ReadReport(ref x)));
                    break;
                case "claims":
                    Once(ref r, ref seen, 8, name);
                    Array(ref r, (ref Utf8JsonReader x) => b.Add(ReadClaim(ref x)));
                    break;
                case "events" when !events:
                    throw Error(ref r, "the header holds \"events\"; in NDJSON each event is a line of its own after the header.");
                case "events":
                    Once(ref r, ref seen, 9, name);
                    Array(ref r, (ref Utf8JsonReader x) => b.Add(ReadEvent(ref x)));
                    break;
                default:
                    Extension(ref r, name, ref extensions);
                    break;
            }
            Pop();
        }
        if (format is null)
        {
            throw Error(ref r, $"the object has no \"format\"; a dossier starts with \"format\": \"{expectedFormat}\", \"version\": {JsonNames.Version}.");
        }
        if (version is null)
        {
            throw Error(ref r, $"the object has no \"version\"; this library reads {Versions(expectedFormat)}.");
        }
        if (r.Read())
        {
            throw Error(ref r, "there is more after the dossier's closing brace; a document holds one dossier.");
        }
        b.Extensions = Build(ref r, extensions);
        return b.Build();
    }

    private static int LatestVersion(string format) => format == JsonNames.NdjsonFormat ? JsonNames.NdjsonVersion : JsonNames.Version;

    private static string Versions(string format) =>
        format == JsonNames.NdjsonFormat ? $"versions 1 to {JsonNames.NdjsonVersion}" : $"version {JsonNames.Version}";

    private delegate void ItemReader(ref Utf8JsonReader r);

    private delegate T ValueReader<T>(ref Utf8JsonReader r);

    /// <summary>Moves to the next member of the current object; pushes its name on the path.</summary>
    private bool NextMember(ref Utf8JsonReader r, out string name)
    {
        Read(ref r);
        if (r.TokenType == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }
        CheckLength(ref r);
        name = MemberName(ref r);
        path.Add((name, 0));
        Read(ref r);
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
    private string RepeatedString(ref Utf8JsonReader r)
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

    private void Array(ref Utf8JsonReader r, ItemReader item)
    {
        Expect(ref r, JsonTokenType.StartArray, "an array");
        int index = 0;
        while (true)
        {
            Read(ref r);
            if (r.TokenType == JsonTokenType.EndArray)
            {
                return;
            }
            path.Add((null, index));
            if (index >= options.MaxArrayLength)
            {
                throw Error(ref r, string.Format(CultureInfo.InvariantCulture,
                    "the array has more than {0} elements, the limit set by DossierJsonOptions.MaxArrayLength.", options.MaxArrayLength));
            }
            item(ref r);
            Pop();
            index++;
        }
    }

    private List<T> List<T>(ref Utf8JsonReader r, ValueReader<T> item)
    {
        var list = new List<T>();
        Array(ref r, (ref Utf8JsonReader x) => list.Add(item(ref x)));
        return list;
    }

    private void Expect(ref Utf8JsonReader r, JsonTokenType type, string what)
    {
        if (r.TokenType != type)
        {
            throw Error(ref r, $"expected {what}, found {Describe(ref r)}.");
        }
    }

    private string String(ref Utf8JsonReader r)
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

    private string? OptionalString(ref Utf8JsonReader r) => r.TokenType == JsonTokenType.Null ? null : String(ref r);

    private int Int(ref Utf8JsonReader r, int min, int max)
    {
        Expect(ref r, JsonTokenType.Number, "a whole number");
        if (!r.TryGetInt32(out int value) || value < min || value > max)
        {
            throw Error(ref r, string.Format(CultureInfo.InvariantCulture, "expected a whole number in [{0}-{1}], found {2}.", min, max, Raw(ref r)));
        }
        return value;
    }

    private decimal Decimal(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.Number, "a number");
        if (!r.TryGetDecimal(out decimal value))
        {
            throw Error(ref r, $"the number {Raw(ref r)} is out of range; counts are between ±79,228,162,514,264,337,593,543,950,335.");
        }
        return value;
    }

    private bool Bool(ref Utf8JsonReader r)
    {
        if (r.TokenType is not (JsonTokenType.True or JsonTokenType.False))
        {
            throw Error(ref r, $"expected true or false, found {Describe(ref r)}.");
        }
        return r.GetBoolean();
    }

    private double Coordinate(ref Utf8JsonReader r)
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

    private FuzzyDate Date(ref Utf8JsonReader r)
    {
        var text = RepeatedString(ref r);
        return FuzzyDateText.TryParse(text, out var date, out var error) ? date : throw Error(ref r, error!);
    }

    private ValidityInterval Validity(ref Utf8JsonReader r)
    {
        var text = String(ref r);
        return FuzzyDateText.TryParseInterval(text, out var interval, out var error) ? interval : throw Error(ref r, error!);
    }

    private ZonedDateTime Published(ref Utf8JsonReader r, string? zoneId, OffsetDateTime offsetDateTime)
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

    private OffsetDateTime OffsetDateTimeValue(ref Utf8JsonReader r)
    {
        var text = String(ref r);
        var result = PublicationText.Parse(text);
        return result.Success ? result.Value
            : throw Error(ref r, $"\"{Shorten(text)}\" is not an RFC 3339 date and time; write it as 2017-11-09T19:30:00+02:00.");
    }

    private T Enum<T>(ref Utf8JsonReader r)
        where T : struct, System.Enum
    {
        var text = RepeatedString(ref r);
        return JsonEnums.TryParse<T>(text, out var value) ? value
            : throw Error(ref r, $"\"{Shorten(text)}\" is not allowed here; use one of: {string.Join(", ", JsonEnums.All<T>())}.");
    }

    /// <summary>Keeps a member the format does not define, as raw JSON.</summary>
    private void Extension(ref Utf8JsonReader r, string name, ref List<KeyValuePair<string, JsonElement>>? extensions)
    {
        CheckStrings(ref r);
        // Most objects have no extension member: the list is made for the first one.
        (extensions ??= []).Add(new(name, JsonElement.ParseValue(ref r)));
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
        while (copy.Read() && copy.CurrentDepth > depth)
        {
            if (copy.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                frames.RemoveAt(frames.Count - 1);
                continue;
            }
            CheckLength(ref copy);
            string? text = CheckText(ref copy);
            if (copy.TokenType == JsonTokenType.PropertyName)
            {
                frames[^1] = (false, 0, text);
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
            }
        }
    }

    /// <summary>Adds the frames of a value kept whole to the path, so that an error inside it is located; returns how many.</summary>
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

    private ExtensionData Build(ref Utf8JsonReader r, List<KeyValuePair<string, JsonElement>>? extensions)
    {
        if (extensions is null || extensions.Count == 0)
        {
            return ExtensionData.Empty;
        }
        try
        {
            return ExtensionData.From(extensions);
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, ex.Message);
        }
    }

    /// <summary>Runs a model constructor and turns its rejection into a located format error.</summary>
    private T Create<T>(ref Utf8JsonReader r, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, ex.Message);
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

    private DossierFormatException Error(ref Utf8JsonReader r, string problem)
    {
        long offset = Math.Min(r.TokenStartIndex, document.Length);
        var span = document.Span[..(int)offset];
        int lastNewLine = span.LastIndexOf((byte)'\n');
        long line = linesBefore + span.Count((byte)'\n') + 1;
        long column = offset - lastNewLine;
        return new DossierFormatException(problem, Path(), line, column);
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

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

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
