using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using ConflictModel.Interop;
using ConflictModel.Merging;
using ConflictModel.Serialization;
using ConflictModel.Validation;

namespace ConflictModel.Tests.Cli;

public sealed partial class CliTest
{
    private static string MergingData(string name) => Path.Combine(AppContext.BaseDirectory, "Merging", "Data", name);

    private static Dossier AcledNovember() => AcledCsv.Import(File.OpenRead(MergingData("acled-2017-11.csv"))).Dossier;

    private static Dossier GedNovember() => UcdpGedCsv.Import(File.OpenRead(MergingData("ged-2017-11.csv"))).Dossier;

    /// <summary>The November 2017 ACLED and GED samples as JSON files in a new folder; they share the Boukamal and Rawa battles.</summary>
    private (string Folder, string Acled, string Ged) NovemberAsJson()
    {
        string folder = files.NewFolder();
        string acled = Path.Combine(folder, "acled.json");
        string ged = Path.Combine(folder, "ged.json");
        File.WriteAllBytes(acled, DossierJson.WriteToUtf8Bytes(AcledNovember()));
        File.WriteAllBytes(ged, DossierJson.WriteToUtf8Bytes(GedNovember()));
        return (folder, acled, ged);
    }

    private static ConflictEvent EventWithReference(Dossier dossier, string scheme, string value) =>
        dossier.Events.Single(e => e.ExternalReferences.Any(r => r.Scheme == scheme && r.Value == value));

    [Fact]
    public async Task Merge_TwoJsonDossiersSharingAnEvent_WritesOneEventWithBothInputsClaims()
    {
        var (folder, acled, ged) = NovemberAsJson();
        string output = Path.Combine(folder, "merged.json");

        var run = await CliRun.RunAsync("merge", acled, ged, "-o", output);

        run.ExitCode.Should().Be(0, run.Error);
        var merged = DossierJson.Read(await File.ReadAllBytesAsync(output));
        merged.Events.Should().HaveCount(4, "three ACLED events, two of them also in GED, and one GED event alone");
        var boukamal = EventWithReference(merged, ExternalReference.Acled, "SYR9001");
        boukamal.ExternalReferences.Should().Contain(r => r.Scheme == ExternalReference.UcdpGed && r.Value == "900001");
        var acledClaims = AcledNovember().Events.Single(e => e.ExternalReferences.Any(r => r.Value == "SYR9001")).Claims;
        var gedClaims = GedNovember().Events.Single(e => e.ExternalReferences.Any(r => r.Value == "900001")).Claims;
        boukamal.Claims.Should().Contain(acledClaims).And.Contain(gedClaims);
    }

    [Fact]
    public async Task Merge_WrittenJson_ReadsBackAsTheMergersDossier()
    {
        var (folder, acled, ged) = NovemberAsJson();
        string output = Path.Combine(folder, "merged.json");

        var run = await CliRun.RunAsync("merge", acled, ged, "--output", output);

        run.ExitCode.Should().Be(0, run.Error);
        var expected = DossierMerger.Default.Merge(AcledNovember(), GedNovember()).Dossier;
        DossierJson.Read(await File.ReadAllBytesAsync(output)).Should().Be(expected);
    }

    [Fact]
    public async Task Merge_ToNdjson_WritesTheMergedDossierAsNdjson()
    {
        var (folder, acled, ged) = NovemberAsJson();
        string output = Path.Combine(folder, "merged.ndjson");

        var run = await CliRun.RunAsync("merge", acled, ged, "-o", output);

        run.ExitCode.Should().Be(0, run.Error);
        await using var written = File.OpenRead(output);
        (await DossierNdjson.ReadAsync(written)).Should().Be(DossierMerger.Default.Merge(AcledNovember(), GedNovember()).Dossier);
    }

    [Fact]
    public async Task Merge_AcledCsvAndJson_MergesTheSharedEventsAndPrintsATable()
    {
        var (folder, _, ged) = NovemberAsJson();
        string output = Path.Combine(folder, "merged.json");

        var run = await CliRun.RunAsync("merge", MergingData("acled-2017-11.csv"), ged, "-o", output, "--from", "acled-csv");

        run.ExitCode.Should().Be(0, run.Error);
        var merged = DossierJson.Read(await File.ReadAllBytesAsync(output));
        merged.Events.Should().HaveCount(4);
        EventWithReference(merged, ExternalReference.Acled, "IRQ9002").ExternalReferences
            .Should().Contain(r => r.Scheme == ExternalReference.UcdpGed);
        run.OutLines.Should().Contain(l => l.StartsWith("events matched ", StringComparison.Ordinal) && l.Contains(" 2  ", StringComparison.Ordinal));
        run.OutLines.Should().Contain(l => l.StartsWith("events merged ", StringComparison.Ordinal) && l.Contains(" 2  ", StringComparison.Ordinal));
        run.OutLines.Should().Contain(l => l.StartsWith("derived figure claims ", StringComparison.Ordinal) && l.Contains(" 2  ", StringComparison.Ordinal));
        // The table's rows line up: every row of the inputs table ends its "places" column at the same place.
        var tableRows = run.OutLines.TakeWhile(l => l.Length > 0 && !l.StartsWith("events", StringComparison.Ordinal))
            .Where(l => !l.StartsWith('-')).ToList();
        tableRows.Should().HaveCount(4);
        tableRows.Select(l => l.Length).Distinct().Should().ContainSingle();
    }

    [Fact]
    public async Task Merge_SameAsMapping_MergesActorsTheResolverKeepsApart()
    {
        var (folder, acled, ged) = NovemberAsJson();
        string without = Path.Combine(folder, "without.json");
        string with = Path.Combine(folder, "with.json");
        string mapping = Path.Combine(folder, "mapping.json");
        await File.WriteAllTextAsync(mapping,
            """{"same": [["actor:ucdp-actor-is", "actor:acled-actor-islamic-state-syria"]]}""");

        var plain = await CliRun.RunAsync("merge", acled, ged, "-o", without);
        var mapped = await CliRun.RunAsync("merge", ged, acled, "-o", with, "--same-as", mapping);

        plain.ExitCode.Should().Be(0, plain.Error);
        DossierJson.Read(await File.ReadAllBytesAsync(without)).Actors.Select(a => a.Id.Value)
            .Should().Contain("ucdp-actor-is", "GED's IS fights in Syria and Iraq: the resolver finds it ambiguous between ACLED's two");
        mapped.ExitCode.Should().Be(0, mapped.Error);
        var merged = DossierJson.Read(await File.ReadAllBytesAsync(with));
        // The mapping's pairs go either way: here GED comes first, so ACLED's actor becomes GED's.
        merged.Actors.Select(a => a.Id.Value).Should().Contain("ucdp-actor-is")
            .And.NotContain("acled-actor-islamic-state-syria");
        merged.Events.SelectMany(e => e.Participants).Select(p => p.Actor.Value)
            .Should().NotContain("acled-actor-islamic-state-syria");
        mapped.Error.Should().NotContain("warning");
    }

    [Fact]
    public async Task Merge_NeverMapping_KeepsApartPlacesTheResolverMerges()
    {
        var (folder, acled, ged) = NovemberAsJson();
        string without = Path.Combine(folder, "without.json");
        string with = Path.Combine(folder, "with.json");
        string mapping = Path.Combine(folder, "mapping.json");
        await File.WriteAllTextAsync(mapping, """{"never": [["place:acled-place-syria", "place:ucdp-place-syria"]]}""");

        var plain = await CliRun.RunAsync("merge", acled, ged, "-o", without);
        var mapped = await CliRun.RunAsync("merge", acled, ged, "-o", with, "--same-as", mapping);

        plain.ExitCode.Should().Be(0, plain.Error);
        DossierJson.Read(await File.ReadAllBytesAsync(without)).Places.Select(p => p.Id.Value)
            .Should().NotContain("ucdp-place-syria", "the resolver takes GED's Syria as ACLED's");
        mapped.ExitCode.Should().Be(0, mapped.Error);
        DossierJson.Read(await File.ReadAllBytesAsync(with)).Places.Select(p => p.Id.Value)
            .Should().Contain("ucdp-place-syria").And.Contain("acled-place-syria");
    }

    [Fact]
    public async Task Merge_MappingNamingAnIdNoInputHas_WarnsAndStillMerges()
    {
        var (folder, acled, ged) = NovemberAsJson();
        string mapping = Path.Combine(folder, "mapping.json");
        await File.WriteAllTextAsync(mapping, """{"same": [["actor:nobody", "actor:ucdp-actor-is"]]}""");

        var run = await CliRun.RunAsync("merge", acled, ged, "-o", Path.Combine(folder, "merged.json"), "--same-as", mapping);

        run.ExitCode.Should().Be(0, run.Error);
        run.ErrorLines.Should().ContainSingle(l => l.StartsWith(mapping + ": warning: $.same[0]: no input has actor:nobody", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"same": [["actor:a", "place:b"]]}""", "$.same[0]: pairs actor:a with place:b")]
    [InlineData("""{"same": [["actor:a"]]}""", "$.same[0]: expected a pair of two ids")]
    [InlineData("""{"never": [["group:a", "group:b"]]}""", "$.never[0][0]: \"group:a\" does not say what it names")]
    [InlineData("""{"never": [["place:a", 3]]}""", "$.never[0][1]: expected a string")]
    [InlineData("""{"same": [["actor:a b", "actor:c"]]}""", "$.same[0][0]: \"a b\" is not an id")]
    [InlineData("""{"same": [["actor:a", "actor:a"]]}""", "$.same[0]: pairs actor:a with itself")]
    [InlineData("""{"sameAs": []}""", "$.sameAs: unknown member")]
    [InlineData("""[["actor:a", "actor:b"]]""", "$: expected an object")]
    [InlineData("""{"same": [["actor:a", "actor:b"]""", "line 1, byte ")]
    public async Task Merge_BadMappingFile_ExitsTwoWithOneLineNamingTheFileAndTheProblem(string content, string problem)
    {
        var (folder, acled, ged) = NovemberAsJson();
        string mapping = Path.Combine(folder, "mapping.json");
        string output = Path.Combine(folder, "merged.json");
        await File.WriteAllTextAsync(mapping, content);

        var run = await CliRun.RunAsync("merge", acled, ged, "-o", output, "--same-as", mapping);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith(mapping + ": error: ").And.Contain(problem);
        run.Out.Should().BeEmpty();
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public async Task Merge_MissingInput_ExitsTwoAndWritesNothing()
    {
        var (folder, acled, _) = NovemberAsJson();
        string output = Path.Combine(folder, "merged.json");

        var run = await CliRun.RunAsync("merge", acled, files.Missing, "-o", output);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Be(files.Missing + ": error: no such file.");
        run.Out.Should().BeEmpty();
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public async Task Merge_MissingMappingFile_ExitsTwo()
    {
        var (folder, acled, ged) = NovemberAsJson();

        var run = await CliRun.RunAsync("merge", acled, ged, "-o", Path.Combine(folder, "merged.json"), "--same-as", files.Missing);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Be(files.Missing + ": error: no such file.");
    }

    [Fact]
    public async Task Merge_OutputIsAnInput_ExitsTwoWithoutForce()
    {
        var (_, acled, ged) = NovemberAsJson();
        byte[] before = await File.ReadAllBytesAsync(ged);

        var run = await CliRun.RunAsync("merge", acled, ged, "-o", ged);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("is the input file; give --force");
        (await File.ReadAllBytesAsync(ged)).Should().Equal(before);
    }

    [Theory]
    [InlineData("merge", "a.json", "-o", "out.json")]
    [InlineData("merge", "a.json", "b.json")]
    [InlineData("merge", "a.json", "b.csv", "-o", "out.json")]
    [InlineData("merge", "a.json", "b.json", "-o", "-")]
    [InlineData("merge", "a.json", "b.json", "-o", "out.json", "--format", "xml")]
    public async Task Merge_WrongCommandLine_ExitsSixtyFourWithTheMergeUsage(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        run.ExitCode.Should().Be(64);
        run.Out.Should().BeEmpty();
        run.Error.Should().Contain("Usage: conflictmodel merge INPUT INPUT...");
    }

    [Fact]
    public async Task Merge_FormatJson_WritesTheSummaryAsOneDocumentWithTheCounts()
    {
        var (folder, acled, ged) = NovemberAsJson();
        string output = Path.Combine(folder, "merged.json");

        var run = await CliRun.RunAsync("merge", acled, ged, "-o", output, "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        using var document = JsonDocument.Parse(run.OutBytes);
        var root = document.RootElement;
        root.GetProperty("exitCode").GetInt32().Should().Be(0);
        root.GetProperty("inputs").EnumerateArray().Select(i => (i.GetProperty("file").GetString(), i.GetProperty("events").GetInt32(), i.GetProperty("claims").GetInt32()))
            .Should().Equal((acled, 3, 3), (ged, 3, 3));
        var events = root.GetProperty("events");
        (events.GetProperty("in").GetInt32(), events.GetProperty("out").GetInt32(), events.GetProperty("matched").GetInt32(),
            events.GetProperty("merged").GetInt32(), events.GetProperty("keptApart").GetInt32()).Should().Be((6, 4, 2, 2, 2));
        root.GetProperty("derivedClaims").GetInt32().Should().Be(2);
        root.GetProperty("output").GetProperty("claims").GetInt32().Should().Be(DossierJson.Read(await File.ReadAllBytesAsync(output)).Claims.Count);
        // The disagreements counted are those the validator finds in the file written: the two tolls disagree.
        var found = DossierValidator.Default.Validate(DossierJson.Read(await File.ReadAllBytesAsync(output))).CountsByCode;
        var contradictions = root.GetProperty("contradictions");
        foreach (string code in new[] { "CM6001", "CM6003", "CM6004" })
        {
            contradictions.GetProperty(code).GetInt32().Should().Be(found.GetValueOrDefault(code), code);
        }
        contradictions.GetProperty("CM6003").GetInt32().Should().BeGreaterThan(0);
        // GED's "Rawah town" may be ACLED's "Rawa" (a letter apart, 1 km apart), and GED's "IS" in Syria and Iraq may be
        // either of ACLED's qualified Islamic States: a person decides.
        root.GetProperty("ambiguities").EnumerateArray().Select(a => a.GetProperty("inputId").GetString())
            .Should().BeEquivalentTo(["ucdp-place-iraq-anbar-province-rawah-town", "ucdp-actor-is"]);
    }

    /// <summary>
    /// Two dossiers of places with the same names about 44 km apart, which the resolver finds ambiguous: twelve of them,
    /// their names carrying an escape sequence that must not reach a terminal.
    /// </summary>
    private (string Folder, string First, string Second) AmbiguousPlaces(int count = 12)
    {
        string folder = files.NewFolder();
        Dossier Places(string prefix, double offset) => new(places: Enumerable.Range(0, count).Select(i => new Place(
            new PlaceId($"{prefix}-{i}"), new NameSet($"Hamra{(char)('a' + i)}\u001b[2J"), PlaceKind.Village,
            location: new GeoPoint(20 + 2 * i + offset, 40), precision: SpatialPrecision.Exact)));
        string first = Path.Combine(folder, "first.json");
        string second = Path.Combine(folder, "second.json");
        File.WriteAllBytes(first, DossierJson.WriteToUtf8Bytes(Places("a", 0)));
        File.WriteAllBytes(second, DossierJson.WriteToUtf8Bytes(Places("b", 0.4)));
        return (folder, first, second);
    }

    [Fact]
    public async Task Merge_ManyAmbiguities_ListsTheFirstWithCandidatesAndReasonsThenHowManyMore()
    {
        var (folder, first, second) = AmbiguousPlaces();

        var run = await CliRun.RunAsync("merge", first, second, "-o", Path.Combine(folder, "merged.json"));

        run.ExitCode.Should().Be(0, run.Error);
        run.OutLines.Should().Contain(l => l.StartsWith("ambiguities ", StringComparison.Ordinal) && l.Contains(" 12  ", StringComparison.Ordinal));
        run.OutLines.Should().Contain(l => l.StartsWith($"  place:b-0 of {second}, kept as b-0; may be a-0", StringComparison.Ordinal));
        run.OutLines.Count(l => l.StartsWith("    why: ", StringComparison.Ordinal)).Should().Be(MergeSummaryMax);
        run.OutLines.Should().Contain("  and 2 more (--format json lists them all)");
        run.Out.Should().NotContain("\u001b[").And.Contain("\\u001b[2J");
    }

    [Fact]
    public async Task Merge_AmbiguitiesAsJson_ListsEveryOneWithExactNames()
    {
        var (folder, first, second) = AmbiguousPlaces();

        var run = await CliRun.RunAsync("merge", first, second, "-o", Path.Combine(folder, "merged.json"), "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        using var document = JsonDocument.Parse(run.OutBytes);
        var ambiguities = document.RootElement.GetProperty("ambiguities").EnumerateArray().ToList();
        ambiguities.Should().HaveCount(12);
        ambiguities[0].GetProperty("input").GetString().Should().Be(second);
        ambiguities[0].GetProperty("kind").GetString().Should().Be("place");
        ambiguities[0].GetProperty("inputId").GetString().Should().Be("b-0");
        ambiguities[0].GetProperty("candidates").EnumerateArray().Select(c => c.GetString()).Should().StartWith("a-0", "the best candidate comes first");
        ambiguities[0].GetProperty("explanation").GetString().Should().Contain("Hamraa\u001b[2J");
    }

    private const int MergeSummaryMax = ConflictModel.Cli.Output.MergeSummary.MaxAmbiguitiesShown;
}
