using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConflictModel;
using ConflictModel.Interop;
using ConflictModel.Serialization;
using ConflictModel.Validation;
using NodaTime;

namespace ConflictModel.Smoke;

/// <summary>
/// Uses the libraries the way an application does — builds a small dossier, validates it, writes
/// JSON and reads it back, writes GeoJSON — and checks each result against values known
/// beforehand. Shared by the native AOT smoke test and the package consumer check.
/// </summary>
internal static class SmokeCheck
{
    private const double BoukamalLatitude = 34.4506;
    private const double BoukamalLongitude = 40.9189;

    /// <summary>Runs the checks and returns the failures; none means the libraries work here.</summary>
    public static IReadOnlyList<string> Run(TextWriter log)
    {
        var failures = new List<string>();
        void Check(bool condition, string what)
        {
            log.WriteLine($"{(condition ? "ok  " : "FAIL")} {what}");
            if (!condition)
            {
                failures.Add(what);
            }
        }

        var dossier = Build(out var thursday);
        Check(dossier.Actors.Count == 2 && dossier.Places.Count == 2 && dossier.Claims.Count == 2 && dossier.Events.Count == 1,
            $"the dossier holds 2 actors, 2 places, 2 claims and 1 event ({dossier})");
        Check(thursday == new LocalDate(2017, 11, 9), $"\"jeudi\" in a dispatch of Thursday 9 November 2017 is that day (got {thursday:uuuu-MM-dd})");
        Check(dossier.ControllerOf(new PlaceId("boukamal"), thursday.PlusDays(1))?.Controller == new ActorId("syrian-army"),
            "the army holds Boukamal the day after the capture");

        // The army's own communiqué is a party's word that nobody else in the dossier backs.
        var result = DossierValidator.Default.Validate(dossier);
        Check(result.IsValid && result.ErrorCount == 0, $"the dossier is valid ({result})");
        Check(result.Diagnostics.Any(d => d.Code == "CM6005" && d.EntityIds.Contains("army-liberated-boukamal")),
            "the army's uncorroborated communiqué is reported as CM6005");
        string resultJson = JsonSerializer.Serialize(result, ValidationJsonContext.Default.ValidationResult);
        using (var parsed = JsonDocument.Parse(resultJson))
        {
            Check(parsed.RootElement.GetProperty("diagnostics").GetArrayLength() == result.Diagnostics.Count,
                "the validation result serializes through the source-generated context");
        }

        string json = DossierJson.Write(dossier);
        var back = DossierJson.Read(json);
        Check(back.Equals(dossier), "the dossier read back from JSON equals the one written");
        Check(DossierJson.Write(back) == json, "writing the dossier read back gives the same text");
        Check(json.Contains("\"army-liberated-boukamal\"", StringComparison.Ordinal) && json.Contains("\"ont libéré Boukamal\"", StringComparison.Ordinal),
            "the JSON keeps the claim's id and its verbatim quote");

        // A host's own options: the library's converters (NodaTime's among them) and its context.
        var options = new JsonSerializerOptions { TypeInfoResolver = ConflictModelJsonContext.Default }.ConfigureForConflictModel();
        string viaOptions = JsonSerializer.Serialize(dossier, options.GetTypeInfo(typeof(Dossier)));
        Check(DossierJson.Read(viaOptions).Equals(dossier), "the dossier goes through JsonSerializer with ConfigureForConflictModel");

        // NodaTime's interval converter looks up the Instant converter by type at run time, which
        // the trimming analysis cannot prove; ConfigureForConflictModel registers that converter.
        var nodaOptions = new JsonSerializerOptions { TypeInfoResolver = SmokeJsonContext.Default }.ConfigureForConflictModel();
        var interval = new Interval(Instant.FromUtc(2017, 11, 9, 0, 0), Instant.FromUtc(2017, 11, 10, 0, 0));
        string intervalJson = JsonSerializer.Serialize(interval, nodaOptions.GetTypeInfo(typeof(Interval)));
        Check(intervalJson == "{\"Start\":\"2017-11-09T00:00:00Z\",\"End\":\"2017-11-10T00:00:00Z\"}"
            && (Interval)JsonSerializer.Deserialize(intervalJson, nodaOptions.GetTypeInfo(typeof(Interval)))! == interval,
            $"NodaTime's interval converter works with the library's options ({intervalJson})");

        string geoJson = DossierGeoJson.Write(dossier, out var written);
        using (var map = JsonDocument.Parse(geoJson))
        {
            var root = map.RootElement;
            var features = root.GetProperty("features");
            Check(root.GetProperty("type").GetString() == "FeatureCollection", "the GeoJSON is a FeatureCollection");
            Check(written.EventsWritten == 1 && features.GetArrayLength() == written.FeaturesWritten,
                $"the GeoJSON has one event and as many features as reported ({written.FeaturesWritten})");
            // GeoJSON puts longitude first.
            bool located = features.EnumerateArray().Any(f =>
                f.GetProperty("geometry").GetProperty("coordinates") is var c
                && c[0].GetDouble() == BoukamalLongitude && c[1].GetDouble() == BoukamalLatitude);
            Check(located, "a feature stands at Boukamal, longitude first");
        }

        log.WriteLine(failures.Count == 0
            ? "all checks passed"
            : string.Create(CultureInfo.InvariantCulture, $"{failures.Count} check(s) failed"));
        return failures;
    }

    private static Dossier Build(out LocalDate thursday)
    {
        var b = new DossierBuilder();
        var isis = b.AddActor("islamic-state", "Etat islamique", ActorKind.JihadistGroup, LanguageTag.French, aliases: ["EI", "Daech"]);
        var army = b.AddActor("syrian-army", "Armée syrienne", ActorKind.StateForces, LanguageTag.French, country: "SY");
        var syria = b.AddPlace("sy", "Syrie", PlaceKind.Country, language: LanguageTag.French);
        var boukamal = b.AddPlace("boukamal", "Boukamal", PlaceKind.City, syria,
            new GeoPoint(BoukamalLatitude, BoukamalLongitude), SpatialPrecision.Exact, LanguageTag.French);
        var afp = b.AddSource("afp", "AFP", SourceKind.NewsAgency, Reliability.B);
        var communiqué = b.AddSource("army-command", "Commandement de l'armée", SourceKind.PartyStatement,
            Reliability.C, isPartyToConflict: true, speaksFor: army);

        var published = new LocalDateTime(2017, 11, 9, 19, 30).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Beirut"]);
        var dispatch = b.Add(new Report(new ReportId("afp-2017-11-09"), afp, published, LanguageTag.French, "L'EI perd Boukamal"));
        thursday = RelativeDates.Resolve("jeudi", published);
        var capture = b.Add(new ConflictEvent(new EventId("capture-of-boukamal"), EventType.Battles, FuzzyDate.OnDay(thursday), boukamal,
            SubEventType.GovernmentRegainsTerritory,
            participants: [new Participant(army, ParticipantRole.SideA), new Participant(isis, ParticipantRole.SideB)],
            outcomes: [new ControlChange(boukamal, isis, army)]));

        b.AddClaim("afp-is-lost-boukamal",
            new ControlChangeAssertion(boukamal, isis, army, FuzzyDate.OnDay(thursday), capture),
            new Attribution(afp, AttributionMode.Stated), dispatch,
            new Quote("a perdu jeudi la dernière ville encore sous son contrôle en Syrie", LanguageTag.French),
            credibility: Credibility.ProbablyTrue);
        b.AddClaim("army-liberated-boukamal", new EventAssertion(capture),
            new Attribution(communiqué, AttributionMode.Stated, [new Relay(afp, dispatch)]), dispatch,
            new Quote("ont libéré Boukamal", LanguageTag.French), new Wording("libéré", "captured"));
        return b.Build();
    }
}
