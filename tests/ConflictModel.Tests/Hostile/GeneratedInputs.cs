using System.IO;

namespace ConflictModel.Tests.Hostile;

/// <summary>
/// The corpus cases too big to keep in the repository, built as streams when a test reads them.
/// Their names are the manifest's <c>generated:</c> entries.
/// </summary>
internal static class GeneratedInputs
{
    private const string Head = "{\"format\":\"conflictmodel\",\"version\":1,";
    private const string NdjsonHeader = "{\"format\":\"conflictmodel-ndjson\",\"version\":1}\n";
    private const string NdjsonHeader2 = "{\"format\":\"conflictmodel-ndjson\",\"version\":2}\n";
    private const long HundredMegabytes = 100_000_000;

    private static readonly string Kilobyte = new('a', 1000);

    /// <summary>Every generated case by its name in the manifest.</summary>
    internal static IReadOnlyDictionary<string, Func<Stream>> All { get; } = new Dictionary<string, Func<Stream>>(StringComparer.Ordinal)
    {
        ["json-string-100mb"] = () => Build(Text(Head + "\"big\":\""), Text(Kilobyte, HundredMegabytes / 1000), Text("\"}")),
        ["json-nesting-10000"] = () => Build(Text(Head + "\"deep\":"), Text("[", 10_000), Text("]", 10_000), Text("}")),
        ["json-extension-nesting-10000-objects"] = () => Build(Text(Head + "\"acme:deep\":"), Text("{\"a\":", 10_000), Text("1"), Text("}", 10_000), Text("}")),
        ["json-extension-array-3m"] = () => Build(Text(Head + "\"acme:list\":[0"), Text(",1", 3_000_000 - 1), Text("]}")),
        ["json-extension-object-500k-members"] = () => Build(Text(Head + "\"acme:map\":{"), Members(500_000), Text("}}")),
        ["json-events-over-array-limit"] = () => Build(Text(Head + "\"events\":["), Events(1001, ","), Text("]}")),
        ["json-extension-array-over-limit"] = () => Build(Text(Head + "\"acme:list\":[0"), Text(",0", 1000), Text("]}")),
        ["json-document-100mb-over-limit"] = () => Build(Text(Head), Text(new string(' ', 1000), HundredMegabytes / 1000), Text("}")),
        ["ndjson-line-100mb"] = () => Build(Text(NdjsonHeader + "{\"id\":\"e\",\"description\":\""), Text(Kilobyte, HundredMegabytes / 1000), Text("\"}\n")),
        ["ndjson-nesting-10000"] = () => Build(Text(NdjsonHeader + "{\"id\":\"e\",\"acme:deep\":"), Text("[", 10_000), Text("]", 10_000), Text("}\n")),
        ["ndjson-claim-line-100mb"] = () => Build(Text(NdjsonHeader2 + "{\"claim\":{\"id\":\"c\",\"quote\":{\"text\":\""), Text(Kilobyte, HundredMegabytes / 1000), Text("\"}}}\n")),
        ["ndjson-claim-nesting-10000"] = () => Build(Text(NdjsonHeader2 + "{\"claim\":{\"id\":\"c\",\"acme:deep\":"), Text("[", 10_000), Text("]", 10_000), Text("}}\n")),
        ["ndjson-events-20000"] = () => Build(Text(NdjsonHeader), Events(20_000, "\n"), Text("\n")),
        ["acled-cell-100mb"] = () => Build(Text(AcledHeader + "\n" + AcledRowBeforeNotes + "\""), Text(Kilobyte, HundredMegabytes / 1000), Text("\",0\n")),
        ["acled-rows-100000"] = () => Build(Text(AcledHeader + "\n"), AcledRows(100_000)),
    };

    private const string AcledHeader =
        "event_id_cnty,event_date,event_type,sub_event_type,actor1,country,location,latitude,longitude,notes,fatalities";

    private const string AcledRowBeforeNotes = "SYR1,2017-11-09,Battles,Armed clash,Military Forces of Syria (2000-),Syria,Albu Kamal,34.452,40.9186,";

    private static SegmentStream Build(params IEnumerable<(byte[] Bytes, long Repeat)>[] parts) => new SegmentStream(parts.SelectMany(p => p));

    private static (byte[] Bytes, long Repeat)[] Text(string text, long repeat = 1) => [SegmentStream.Text(text, repeat)];

    private static IEnumerable<(byte[] Bytes, long Repeat)> Events(int count, string separator)
    {
        for (int i = 0; i < count; i++)
        {
            string id = "e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            yield return SegmentStream.Text((i == 0 || separator == "\n" ? string.Empty : separator) +
                "{\"id\":\"" + id + "\",\"type\":\"battles\",\"date\":\"2017-11-09\"}" + (separator == "\n" ? "\n" : string.Empty));
        }
    }

    private static (byte[] Bytes, long Repeat)[] Members(int count) => Text(string.Concat(Enumerable.Range(0, count).Select(i =>
        (i == 0 ? string.Empty : ",") + "\"k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\":" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    private static IEnumerable<(byte[] Bytes, long Repeat)> AcledRows(int count)
    {
        for (int i = 0; i < count; i++)
        {
            yield return SegmentStream.Text("SYR" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) +
                ",2017-11-09,Battles,Armed clash,Military Forces of Syria (2000-),Syria,Albu Kamal,34.452,40.9186,Clashes.,1\n");
        }
    }
}
