using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using ConflictModel.Interop;
using ConflictModel.Samples;
using ConflictModel.Serialization;
using ConflictModel.Tests.Serialization.Generators;
using ConflictModel.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictModel.Tests.Hostile;

/// <summary>The formats the fuzzer feeds, each with its own seeds and reader.</summary>
public enum FuzzFormat
{
    /// <summary>Whole JSON documents, read with <see cref="DossierJson"/>.</summary>
    Json,

    /// <summary>NDJSON streams, read with <see cref="DossierNdjson"/>.</summary>
    Ndjson,

    /// <summary>ACLED CSV files, read with <see cref="AcledCsv"/>.</summary>
    AcledCsv,
}

/// <summary>
/// A deterministic mutation fuzzer: from valid inputs (the Boukamal dossier, generated dossiers,
/// the ACLED sample), each case applies one to four byte-level or structure-level mutations chosen
/// by a generator seeded from the run's seed and the case's number, so any case can be rebuilt
/// alone from those two numbers.
/// </summary>
internal static class MutationFuzzer
{
    /// <summary>The seed of a CI run; set CONFLICTMODEL_FUZZ_SEED to explore others.</summary>
    internal const ulong DefaultSeed = 0xB0C4_3A11_2017_1109;

    private static readonly byte[][] Tokens =
    [
        "{"u8.ToArray(), "}"u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(), "\""u8.ToArray(), ","u8.ToArray(), ":"u8.ToArray(),
        "\\"u8.ToArray(), "\\u"u8.ToArray(), "\\ud800"u8.ToArray(), "null"u8.ToArray(), "1e999"u8.ToArray(), "-0"u8.ToArray(),
        "\n"u8.ToArray(), "\r\n"u8.ToArray(), [0xFF], [0xC0, 0xAF], [0xEF, 0xBB, 0xBF], [0xE2, 0x80, 0xAE], [0x00],
        "\"$type\":\"System.Object\","u8.ToArray(), "=cmd|' /C calc'!A0"u8.ToArray(), ";"u8.ToArray(),
    ];

    private static readonly string[] ExtremeText =
    [
        "", " ", "NaN", "Infinity", "-Infinity", "0000-01-01", "2017-02-31", "2017-11-09T24:00:00+02:00", "2017-11-09T19:30:00+25:00",
        "System.IO.FileInfo, System.IO.FileSystem", "$type", "\u202Eevil", "a\u0000b", "\uFEFF", "=1+1", "@SUM(A1)", "acme:x",
        new string('x', 5000), "conflictmodel", "conflictmodel-ndjson", "battles", "side-a", "exact", "Asia/Beirut", "Mars/Olympus",
    ];

    private static readonly string[] ExtremeJson =
    [
        "1e999", "-1e999", "-0", "0", "1e-400", "79228162514264337593543950336", "-9223372036854775809", "2147483648", "3.5",
        "true", "false", "null", "{}", "[]", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
        "{\"$type\":\"System.Diagnostics.Process, System.Diagnostics.Process\"}", "[1,2,3]", "{\"type\":\"acme:unknown\"}",
    ];

    private static readonly JsonDocumentOptions Deep = new() { MaxDepth = 256 };

    private static readonly Lazy<IReadOnlyList<byte[]>> JsonSeeds = new(BuildJsonSeeds);
    private static readonly Lazy<IReadOnlyList<byte[]>> NdjsonSeeds = new(BuildNdjsonSeeds);
    private static readonly Lazy<IReadOnlyList<byte[]>> CsvSeeds = new(BuildCsvSeeds);

    /// <summary>The seed of this run: CONFLICTMODEL_FUZZ_SEED when set (decimal or 0x-prefixed hex), otherwise <see cref="DefaultSeed"/>.</summary>
    internal static ulong RunSeed
    {
        get
        {
            string? text = Environment.GetEnvironmentVariable("CONFLICTMODEL_FUZZ_SEED");
            if (string.IsNullOrWhiteSpace(text))
            {
                return DefaultSeed;
            }
            return text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
                ? ulong.Parse(text.AsSpan(2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture)
                : ulong.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The valid inputs a format's cases start from.</summary>
    internal static IReadOnlyList<byte[]> Seeds(FuzzFormat format) => format switch
    {
        FuzzFormat.Json => JsonSeeds.Value,
        FuzzFormat.Ndjson => NdjsonSeeds.Value,
        _ => CsvSeeds.Value,
    };

    /// <summary>Builds the input of one case: the same seed, format and number always give the same bytes.</summary>
    internal static byte[] Case(FuzzFormat format, ulong seed, int number)
    {
        var random = new Random(CaseSeed(seed, format, number));
        var seeds = Seeds(format);
        byte[] input = seeds[random.Next(seeds.Count)];
        int mutations = 1 + random.Next(4);
        for (int i = 0; i < mutations; i++)
        {
            input = random.Next(2) == 0 || input.Length == 0 ? MutateBytes(input, random) : MutateStructure(format, input, random);
        }
        return input;
    }

    /// <summary>
    /// Reads one input as its format; returns normally on success or on the format's documented
    /// exception, and lets anything else escape. A dossier read is also validated: no rule may fail on it.
    /// </summary>
    /// <returns>True when the input was read, false when it was refused.</returns>
    internal static bool Read(FuzzFormat format, byte[] input)
    {
        Dossier dossier;
        try
        {
            dossier = format switch
            {
                FuzzFormat.Json => DossierJson.Read(input),
                FuzzFormat.Ndjson => DossierNdjson.ReadAsync(new MemoryStream(input, writable: false)).GetAwaiter().GetResult(),
                _ => AcledCsv.Import(new MemoryStream(input, writable: false)).Dossier,
            };
        }
        catch (DossierFormatException) when (format != FuzzFormat.AcledCsv)
        {
            return false;
        }
        catch (AcledFormatException) when (format == FuzzFormat.AcledCsv)
        {
            return false;
        }
        var failed = DossierValidator.Default.Validate(dossier).WithCode(DossierValidator.RuleFailed.Code).ToList();
        if (failed.Count > 0)
        {
            throw new InvalidOperationException("A validation rule failed on the dossier read: " + failed[0].Message);
        }
        return true;
    }

    /// <summary>Runs cases [first, first + count): a description of each that broke the property, and how many were read.</summary>
    internal static (List<string> Failures, int Read) Run(FuzzFormat format, ulong seed, int first, int count, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        int read = 0;
        for (int number = first; number < first + count && !cancellationToken.IsCancellationRequested; number++)
        {
            byte[] input = Case(format, seed, number);
            try
            {
                read += Read(format, input) ? 1 : 0;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures.Add(Describe(format, seed, number, input, ex));
            }
        }
        return (failures, read);
    }

    /// <summary>Says how to replay a failing case and gives its input in base64.</summary>
    internal static string Describe(FuzzFormat format, ulong seed, int number, byte[] input, Exception ex) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"format {format}, seed 0x{seed:X16}, case {number} (replay: CONFLICTMODEL_FUZZ_SEED=0x{seed:X16} CONFLICTMODEL_FUZZ_REPLAY={format}:{number} dotnet test --filter FullyQualifiedName~MutationFuzzerTest.Replay)") +
        $"{Environment.NewLine}{ex.GetType().FullName}: {ex.Message}{Environment.NewLine}input (base64): {Convert.ToBase64String(input)}{Environment.NewLine}{ex.StackTrace}";

    private static int CaseSeed(ulong seed, FuzzFormat format, int number)
    {
        // SplitMix64 of the run seed, the format and the case number: stable across runs and machines.
        ulong z = seed + ((ulong)format * 0x632B_E59B_D9B4_E019UL) + ((ulong)(uint)number * 0x9E37_79B9_7F4A_7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL;
        return (int)((z ^ (z >> 31)) & 0x7FFF_FFFF);
    }

    private static byte[] MutateBytes(byte[] input, Random random)
    {
        var bytes = new List<byte>(input);
        int at = random.Next(bytes.Count + 1);
        switch (random.Next(7))
        {
            case 0 when bytes.Count > 0:
                bytes[Math.Min(at, bytes.Count - 1)] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when bytes.Count > 0:
                bytes[Math.Min(at, bytes.Count - 1)] = (byte)random.Next(256);
                break;
            case 2:
                bytes.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                break;
            case 3:
                bytes.RemoveRange(Math.Min(at, bytes.Count), Math.Min(bytes.Count - Math.Min(at, bytes.Count), 1 + random.Next(16)));
                break;
            case 4:
                int length = Math.Min(bytes.Count - Math.Min(at, bytes.Count), 1 + random.Next(64));
                bytes.InsertRange(Math.Min(at, bytes.Count), bytes.GetRange(Math.Min(at, bytes.Count), length));
                break;
            case 5:
                return input[..Math.Min(at, input.Length)];
            default:
                var noise = new byte[1 + random.Next(8)];
                random.NextBytes(noise);
                bytes.InsertRange(at, noise);
                break;
        }
        return [.. bytes];
    }

    private static byte[] MutateStructure(FuzzFormat format, byte[] input, Random random) => format switch
    {
        FuzzFormat.Json => MutateJson(input, random) ?? MutateBytes(input, random),
        FuzzFormat.Ndjson => MutateNdjson(input, random),
        _ => MutateCsv(input, random),
    };

    private static byte[] MutateNdjson(byte[] input, Random random)
    {
        var lines = Encoding.UTF8.GetString(input).Split('\n').ToList();
        int index = random.Next(lines.Count);
        switch (random.Next(4))
        {
            case 0:
                lines.Insert(index, lines[random.Next(lines.Count)]);
                break;
            case 1 when lines.Count > 1:
                lines.RemoveAt(index);
                break;
            case 2:
                (lines[index], lines[0]) = (lines[0], lines[index]);
                break;
            default:
                if (MutateJson(Encoding.UTF8.GetBytes(lines[index]), random) is { } mutated)
                {
                    lines[index] = Encoding.UTF8.GetString(mutated);
                }
                break;
        }
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    /// <summary>
    /// Mutates the tree of a JSON text; null when the text does not make a tree (an earlier mutation
    /// broke it: bad syntax, bad UTF-8, a member given twice), in which case the caller mutates bytes.
    /// </summary>
    private static byte[]? MutateJson(byte[] input, Random random)
    {
        try
        {
            return MutateTree(input, random);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    private static byte[]? MutateTree(byte[] input, Random random)
    {
        var root = JsonNode.Parse(input, documentOptions: Deep);
        if (root is null)
        {
            return null;
        }
        var containers = JsonGen.Descendants(root).Where(n => n is JsonObject or JsonArray).ToList();
        var target = containers[random.Next(containers.Count)];
        string? duplicate = null;
        switch (target)
        {
            case JsonObject o when o.Count > 0:
                string key = o.ElementAt(random.Next(o.Count)).Key;
                switch (random.Next(5))
                {
                    case 0:
                        o.Remove(key);
                        break;
                    case 1:
                        duplicate = key;
                        break;
                    case 2:
                        string other = o.ElementAt(random.Next(o.Count)).Key;
                        var (a, b) = (o[key]?.DeepClone(), o[other]?.DeepClone());
                        o[key] = b;
                        o[other] = a;
                        break;
                    case 3:
                        o[key] = ChangeType(o[key]);
                        break;
                    default:
                        o[key] = Extreme(random);
                        break;
                }
                break;
            case JsonArray array when array.Count > 0:
                int at = random.Next(array.Count);
                switch (random.Next(4))
                {
                    case 0:
                        array.RemoveAt(at);
                        break;
                    case 1:
                        array.Insert(at, array[random.Next(array.Count)]?.DeepClone());
                        break;
                    case 2:
                        array[at] = ChangeType(array[at]);
                        break;
                    default:
                        array[at] = Extreme(random);
                        break;
                }
                break;
            default:
                return null;
        }
        return Write(root, target, duplicate);
    }

    private static JsonNode? ChangeType(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.String => JsonValue.Create(12345),
        JsonValueKind.Number => JsonValue.Create(node.ToJsonString()),
        JsonValueKind.True or JsonValueKind.False => JsonValue.Create("true"),
        JsonValueKind.Array => new JsonObject { ["0"] = node.AsArray().Count > 0 ? node.AsArray()[0]?.DeepClone() : null },
        JsonValueKind.Object => new JsonArray(node.AsObject().Select(p => p.Value?.DeepClone()).ToArray()),
        _ => JsonValue.Create(false),
    };

    private static JsonNode? Extreme(Random random) => random.Next(2) == 0
        ? JsonValue.Create(ExtremeText[random.Next(ExtremeText.Length)])
        : JsonNode.Parse(ExtremeJson[random.Next(ExtremeJson.Length)], documentOptions: Deep);

    /// <summary>Writes the tree, giving one member of <paramref name="target"/> twice when asked: a tree cannot hold it twice.</summary>
    private static byte[] Write(JsonNode root, JsonNode target, string? duplicate)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteNode(writer, root, target, duplicate);
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node, JsonNode target, string? duplicate)
    {
        switch (node)
        {
            case JsonObject o:
                writer.WriteStartObject();
                foreach (var (name, value) in o)
                {
                    int times = ReferenceEquals(o, target) && name == duplicate ? 2 : 1;
                    for (int i = 0; i < times; i++)
                    {
                        writer.WritePropertyName(name);
                        WriteNode(writer, value, target, duplicate);
                    }
                }
                writer.WriteEndObject();
                break;
            case JsonArray a:
                writer.WriteStartArray();
                foreach (var item in a)
                {
                    WriteNode(writer, item, target, duplicate);
                }
                writer.WriteEndArray();
                break;
            case null:
                writer.WriteNullValue();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }

    private static byte[] MutateCsv(byte[] input, Random random)
    {
        string text = Encoding.UTF8.GetString(input);
        var lines = text.Split('\n').ToList();
        int index = random.Next(lines.Count);
        var cells = lines[index].Split(',').ToList();
        int cell = random.Next(cells.Count);
        switch (random.Next(7))
        {
            case 0 when cells.Count > 1:
                cells.RemoveAt(cell);
                break;
            case 1:
                cells.Insert(cell, cells[random.Next(cells.Count)]);
                break;
            case 2:
                int other = random.Next(cells.Count);
                (cells[cell], cells[other]) = (cells[other], cells[cell]);
                break;
            case 3:
                cells[cell] = "\"" + ExtremeText[random.Next(ExtremeText.Length)].Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
                break;
            case 4:
                cells[cell] = ExtremeJson[random.Next(ExtremeJson.Length)].Replace(",", ";", StringComparison.Ordinal);
                break;
            case 5:
                lines.Insert(index, lines[random.Next(lines.Count)]);
                break;
            default:
                cells[cell] = "\"" + cells[cell];
                break;
        }
        lines[index] = string.Join(',', cells);
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static List<byte[]> BuildJsonSeeds()
    {
        var compact = new DossierJsonOptions { WriteIndented = false };
        var seeds = new List<byte[]> { DossierJson.WriteToUtf8Bytes(BoukamalDispatch.Build(), compact) };
        seeds.Add(DossierJson.WriteToUtf8Bytes(BoukamalDispatch.Build()));
        // Generated dossiers, from a fixed seed of FsCheck's generator, without host types.
        foreach (var dossier in DossierGen.Dossier(hostAssertions: false).Sample(40, new Rnd(0x2017_1109UL, 0x9E37_79B9_7F4A_7C15UL), 6))
        {
            seeds.Add(DossierJson.WriteToUtf8Bytes(dossier, compact));
        }
        seeds.Add(DossierJson.WriteToUtf8Bytes(ManyClaimsOnOneSubject(), compact));
        return seeds;
    }

    /// <summary>
    /// The shape of a dossier once many reports of one battle are coded: the dispatch, with hundreds of claims of the toll
    /// of its first event (a few figures repeated, some ranges, a denial) and of who held its place.
    /// </summary>
    internal static Dossier ManyClaimsOnOneSubject()
    {
        var dispatch = BoukamalDispatch.Build();
        var b = new DossierBuilder(dispatch);
        var ev = dispatch.Events[0];
        var sources = dispatch.Sources;
        FigureValue[] tolls = [new ExactCount(73), new ExactCount(73), new CountRange(30, 43), new AtLeastCount(50), new ApproximateCount(70)];
        for (int i = 0; i < 400; i++)
        {
            var mode = i % 97 == 0 ? AttributionMode.Denied : AttributionMode.Reported;
            ClaimAssertion assertion = i % 4 == 3
                ? new ControlAssertion(ev.Place!.Value, dispatch.Actors[i % dispatch.Actors.Count].Id, ev.Date)
                : new FigureAssertion(new Figure(FigureKind.Killed, tolls[i % tolls.Length]), ev.Id);
            b.AddClaim($"toll-{i}", assertion, new Attribution(sources[i % sources.Count].Id, mode));
        }
        return b.Build();
    }

    private static List<byte[]> BuildNdjsonSeeds()
    {
        using var stream = new MemoryStream();
        DossierNdjson.WriteAsync(BoukamalDispatch.Build(), stream).GetAwaiter().GetResult();
        return [stream.ToArray()];
    }

    private static List<byte[]> BuildCsvSeeds()
    {
        string sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Interop", "Data", "acled-sample.csv"));
        return [Encoding.UTF8.GetBytes(sample), Encoding.UTF8.GetBytes(string.Join('\n', sample.Split('\n').Take(4)))];
    }
}
