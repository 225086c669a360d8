using System.Globalization;
using ConflictModel.Interop;
using NodaTime;

namespace ConflictModel.Tests.Interop;

public sealed partial class AcledCsvTest
{
    private static ConflictEvent EventOf(Dossier dossier, string acledId) =>
        dossier.Events.Single(e => e.ExternalReferences.Any(r => r.Scheme == ExternalReference.Acled && r.Value == acledId));

    private static Actor ActorNamed(Dossier dossier, string name) => dossier.Actors.Single(a => a.Names.Primary.Text == name);

    [Fact]
    public void Import_Sample_DeduplicatesActorsByName()
    {
        var dossier = AcledCsvFixture.ImportSample().Dossier;

        dossier.Actors.Select(a => a.Names.Primary.Text).Should().OnlyHaveUniqueItems();
        var russia = ActorNamed(dossier, "Military Forces of Russia (2000-)");
        dossier.Events.Count(e => e.Participants.Any(p => p.Actor == russia.Id)).Should().Be(3);
        dossier.Actors.Count(a => a.Names.Primary.Text == "Civilians (Ukraine)").Should().Be(1);
    }

    [Fact]
    public void Import_Sample_DeduplicatesPlacesByPath()
    {
        var dossier = AcledCsvFixture.ImportSample().Dossier;

        var first = EventOf(dossier, "SYR123456");
        var second = EventOf(dossier, "SYR123457");
        first.Place.Should().Be(second.Place);
        EventOf(dossier, "UKR11111").Place.Should().Be(EventOf(dossier, "UKR11112").Place);
        dossier.Places.Count(p => p.Names.Primary.Text == "Syria").Should().Be(1);
        // Damascus is the name of the governorate, the district and the city; each level is its own place.
        dossier.Places.Count(p => p.Names.Primary.Text == "Damascus").Should().Be(3);
    }

    [Fact]
    public void Import_Sample_BuildsThePlaceHierarchyWithPointAndPrecision()
    {
        var dossier = AcledCsvFixture.ImportSample().Dossier;

        var location = dossier.Find(EventOf(dossier, "SYR123456").Place!.Value)!;
        location.Names.Primary.Text.Should().Be("Albu Kamal");
        location.Location.Should().Be(new GeoPoint(34.452, 40.9186));
        location.Precision.Should().Be(SpatialPrecision.Exact);
        var chain = new List<Place>();
        for (var p = location; p is not null; p = p.Parent is { } id ? dossier.Find(id) : null)
        {
            chain.Add(p);
        }
        chain.Select(p => p.Names.Primary.Text).Should().Equal("Albu Kamal", "Albu Kamal", "Al Mayadin", "Deir ez Zor", "Syria");
        chain.Last().Kind.Should().Be(PlaceKind.Country);
        dossier.Find(EventOf(dossier, "IRQ45678").Place!.Value)!.Precision.Should().Be(SpatialPrecision.Near);
    }

    [Fact]
    public void Import_Sample_MapsTypesThroughTheTaxonomy()
    {
        var dossier = AcledCsvFixture.ImportSample().Dossier;

        var e = EventOf(dossier, "SYR123456");
        e.Type.Should().Be(EventType.Battles);
        e.SubType.Should().Be(SubEventType.GovernmentRegainsTerritory);
        EventOf(dossier, "SYR123457").SubType.Should().Be(SubEventType.AirOrDroneStrike);
        EventOf(dossier, "UKR11113").Type.Should().Be(EventType.StrategicDevelopments);
    }

    [Fact]
    public void Import_Sample_MapsTimePrecision()
    {
        var dossier = AcledCsvFixture.ImportSample().Dossier;

        EventOf(dossier, "SYR123456").Date.Should().Be(FuzzyDate.OnDay(new LocalDate(2017, 11, 9)));
        EventOf(dossier, "IRQ45678").Date.Should().Be(FuzzyDate.InWeekOf(new LocalDate(2017, 11, 9)));
        EventOf(dossier, "UKR11113").Date.Should().Be(FuzzyDate.InMonth(new YearMonth(2022, 3)));
        EventOf(dossier, "SYR123458").Date.Should().Be(FuzzyDate.OnDay(new LocalDate(2017, 11, 11)));
    }

    [Theory]
    [InlineData("2017-11-09")]
    [InlineData("09 November 2017")]
    [InlineData("9-November-2017")]
    public void Import_DateFormats_ReadTheSameDay(string date)
    {
        var result = AcledCsv.Import(new System.IO.StringReader(AcledCsvFixture.WithCell("event_date", date)));

        result.Dossier.Events.Single().Date.Should().Be(FuzzyDate.OnDay(new LocalDate(2017, 11, 9)));
    }

    [Fact]
    public void Import_Sample_TakesActorKindsFromNumericAndTextInterCodes()
    {
        var dossier = AcledCsvFixture.ImportSample().Dossier;

        ActorNamed(dossier, "Military Forces of Syria (2000-)").Kind.Should().Be(ActorKind.StateForces);
        ActorNamed(dossier, "Military Forces of Iraq (2014-2018)").Kind.Should().Be(ActorKind.StateForces);
        ActorNamed(dossier, "Islamic State (Iraq)").Kind.Should().Be(ActorKind.RebelGroup);
        ActorNamed(dossier, "Protesters (Nigeria)").Kind.Should().Be(ActorKind.Protesters);
        ActorNamed(dossier, "Dan Na Ambassagou").Kind.Should().Be(ActorKind.IdentityMilitia);
        ActorNamed(dossier, "Military Forces of Russia (2000-)").Kind.Should().Be(ActorKind.ExternalForces);
    }

    [Fact]
    public void Import_Sample_AddsSidesAndAssociatedActors()
    {
        var dossier = AcledCsvFixture.ImportSample().Dossier;

        var e = EventOf(dossier, "SYR123456");
        e.ActorsWithRole(ParticipantRole.SideA).Should().Equal(ActorNamed(dossier, "Military Forces of Syria (2000-)").Id);
        e.ActorsWithRole(ParticipantRole.SideB).Should().Equal(ActorNamed(dossier, "Islamic State (Syria)").Id);
        e.ActorsWithRole(ParticipantRole.Associated).Should().Equal(
            ActorNamed(dossier, "Military Forces of Iran (1979-)").Id, ActorNamed(dossier, "Hezbollah").Id);
    }

    [Fact]
    public void Import_Sample_AddsOneClaimPerSourceWithNotesAsQuote()
    {
        var dossier = AcledCsvFixture.ImportSample().Dossier;

        var e = EventOf(dossier, "UKR11111");
        e.Claims.Should().HaveCount(3);
        var claims = e.Claims.Select(id => dossier.Find(id)!).ToList();
        claims.Should().AllSatisfy(c =>
        {
            c.Assertion.Should().Be(new EventAssertion(e.Id));
            c.Quote!.Text.Should().Be(e.Description);
            c.Quote.Language.Should().Be(LanguageTag.Undetermined);
        });
        claims.Select(c => dossier.Find(c.Source)!.Names.Primary.Text).Should().Equal("Ukrainska Pravda", "Kyiv Independent", "Reuters");
        e.Description.Should().Contain("Freedom Square.\nAt least 10");
        dossier.Sources.Count(s => s.Names.Primary.Text == "Reuters").Should().Be(1);
        dossier.Sources.Count(s => s.Names.Primary.Text == "Syrian Observatory for Human Rights").Should().Be(1);
    }

    [Fact]
    public void Import_RowsRepeatingASourceCell_GiveEachRowTheCellsSourcesAndKeepTheCellAlike()
    {
        string many = string.Join("; ", Enumerable.Range(1, 60).Select(i => $"Outlet {i:D3}"));
        many.Length.Should().BeGreaterThan(512, "a cell this long is read again on every row");
        string Row(string key, string sources) =>
            AcledCsvFixture.GoodRow.Replace("SYR1,", key + ",", StringComparison.Ordinal).Replace(",Reuters,", ",\"" + sources + "\",", StringComparison.Ordinal);
        string csv = AcledCsvFixture.Header + "\n" + Row("K1", "A; B") + "\n" + Row("K2", "A; B") + "\n" + Row("K3", "B; A; B") + "\n" +
            Row("K4", "B; A; B") + "\n" + Row("K5", many) + "\n" + Row("K6", many) + "\n";

        var result = AcledCsv.Import(new System.IO.StringReader(csv));

        result.Diagnostics.Should().BeEmpty();
        var dossier = result.Dossier;
        string[] SourcesOf(string key) =>
            [.. EventOf(dossier, key).Claims.Select(id => dossier.Find(dossier.Find(id)!.Source)!.Names.Primary.Text)];
        SourcesOf("K1").Should().Equal("A", "B");
        SourcesOf("K2").Should().Equal("A", "B");
        SourcesOf("K3").Should().Equal("B", "A");
        SourcesOf("K4").Should().Equal("B", "A");
        SourcesOf("K5").Should().Equal(Enumerable.Range(1, 60).Select(i => $"Outlet {i:D3}"));
        SourcesOf("K6").Should().Equal(SourcesOf("K5"));
        // A cell the export writes back from the sources is not kept; one that names a source twice is, on every row.
        foreach (var (key, kept) in new[] { ("K1", false), ("K2", false), ("K3", true), ("K4", true), ("K5", false), ("K6", false) })
        {
            EventOf(dossier, key).Extensions.TryGetValue("acled:source", out var cell).Should().Be(kept, key);
            if (kept)
            {
                cell.GetString().Should().Be("B; A; B");
            }
        }
        dossier.Sources.Select(s => s.Names.Primary.Text).Should().OnlyHaveUniqueItems().And.HaveCount(2 + 60 + 1);
    }

    [Fact]
    public void Import_EventKeysThatMeetOtherIds_TakeTheFirstFreeSuffix()
    {
        // "A B" becomes "A-B" in an id; a key ending like a claim id meets the claims of an earlier event.
        var dossier = ImportKeys("A-B", "\"A B\"", "A-B-2", "X", "X-claim-1", "W-2", "W");

        dossier.Events.Select(e => e.Id.Value).Should().Equal(
            "acled-A-B", "acled-A-B-2", "acled-A-B-2-2", "acled-X", "acled-X-claim-1-2", "acled-W-2", "acled-W");
        dossier.Claims.Select(c => c.Id.Value).Should().Contain(["acled-X-claim-1", "acled-X-claim-1-2-claim-1"]);
    }

    [Fact]
    public void Import_EventKeysSpellingOtherIds_TakeTheFirstFreeSuffix()
    {
        var dossier = ImportKeys("SYR1", "actor-military-forces-of-syria-2000", "place-syria", "source-reuters", "X", "X-claim-1");

        dossier.Events.Select(e => e.Id.Value).Should().Equal("acled-SYR1", "acled-actor-military-forces-of-syria-2000-2",
            "acled-place-syria-2", "acled-source-reuters-2", "acled-X", "acled-X-claim-1-2");
        dossier.Actors.Select(a => a.Id.Value).Should().Contain("acled-actor-military-forces-of-syria-2000");
        dossier.Places.Select(p => p.Id.Value).Should().Contain("acled-place-syria");
        dossier.Sources.Select(s => s.Id.Value).Should().Contain("acled-source-reuters");
    }

    [Fact]
    public void Import_RandomRowsNamingLikePlaces_GiveEachEventThePlaceOfItsOwnNames()
    {
        // Few names at each level, some levels blank, so that one location name stands under many parents and rows
        // come back to a path met before.
        string[] countries = ["Syria", "Iraq"], admin1s = ["North", "South", ""], admin2s = ["East", "North", ""], admin3s = ["Centre", "East", ""];
        string[] locations = ["Town", "East", "North"];
        PlaceKind[] kinds = [PlaceKind.Country, PlaceKind.Governorate, PlaceKind.District, PlaceKind.Subdistrict, PlaceKind.Town];
        var names = AcledCsvFixture.Header.Split(',');
        var random = new Random(20261207);
        var rows = new List<string[]>();
        var csv = new System.Text.StringBuilder(AcledCsvFixture.Header).Append('\n');
        for (int i = 0; i < 400; i++)
        {
            string[] levels = [Pick(countries), Pick(admin1s), Pick(admin2s), Pick(admin3s), Pick(locations)];
            rows.Add(levels);
            var cells = AcledCsvFixture.GoodRow.Split(',');
            cells[Array.IndexOf(names, "event_id_cnty")] = "E" + i.ToString(CultureInfo.InvariantCulture);
            string[] columns = ["country", "admin1", "admin2", "admin3", "location"];
            for (int level = 0; level < columns.Length; level++)
            {
                cells[Array.IndexOf(names, columns[level])] = levels[level];
            }
            csv.Append(string.Join(",", cells)).Append('\n');
        }

        var result = AcledCsv.Import(new System.IO.StringReader(csv.ToString()));

        result.Diagnostics.Should().BeEmpty();
        var dossier = result.Dossier;
        var paths = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < rows.Count; i++)
        {
            // The names from the event's place up to its country are the row's names that are not blank, from the location up.
            var up = new List<string>();
            for (var place = dossier.Find(dossier.Events[i].Place!.Value); place is not null; place = place.Parent is { } parent ? dossier.Find(parent) : null)
            {
                up.Add(place.Kind.Value + " " + place.Names.Primary.Text);
            }
            var named = rows[i].Select((name, level) => (Name: name, Level: level)).Where(n => n.Level == 0 || n.Name.Length > 0).Reverse().ToList();
            up.Should().Equal(named.Select(n => kinds[n.Level].Value + " " + n.Name), "row {0} names {1}", i, string.Join("/", rows[i]));
            for (int depth = 1; depth <= named.Count; depth++)
            {
                paths.Add(string.Join("/", named.TakeLast(depth).Select(n => n.Level + ":" + n.Name)));
            }
        }
        // One place for each distinct path of levels and names from the country down, and no more.
        dossier.Places.Should().HaveCount(paths.Count);

        string Pick(string[] pool) => pool[random.Next(pool.Length)];
    }

    /// <summary>Imports the good row once for each event key.</summary>
    private static Dossier ImportKeys(params string[] keys)
    {
        string csv = AcledCsvFixture.Header + "\n" +
            string.Concat(keys.Select(key => AcledCsvFixture.GoodRow.Replace("SYR1,", key + ",", StringComparison.Ordinal) + "\n"));
        var result = AcledCsv.Import(new System.IO.StringReader(csv));
        result.Diagnostics.Should().BeEmpty();
        return result.Dossier;
    }

    [Fact]
    public void Import_Sample_AddsKilledFigureAndAcledReference()
    {
        var dossier = AcledCsvFixture.ImportSample().Dossier;

        var e = EventOf(dossier, "MLI2222");
        e.Id.Value.Should().Be("acled-MLI2222");
        e.Figures.Should().ContainSingle().Which.Should().Be(new Figure(FigureKind.Killed, new ExactCount(95)));
        e.Extensions.TryGetValue("acled:disorder_type", out var disorder).Should().BeTrue();
        disorder.GetString().Should().Be("Political violence");
        dossier.Find(e.Place!.Value)!.Location!.Value.Longitude.Should().Be(-3.5208);
    }

    [Fact]
    public void Import_Sample_PassesTheDefaultValidator()
    {
        var dossier = AcledCsvFixture.ImportSample().Dossier;

        ConflictModel.Validation.DossierValidator.Default.Validate(dossier).Diagnostics.Should().BeEmpty();
    }
}
