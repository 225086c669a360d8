using ConflictModel.Serialization;

namespace ConflictModel.Tests.Serialization;

public partial class SchemaTest
{
    private const string ValidActor = """{"id":"a","names":[{"text":"A"}],"kind":"rebel-group"}""";
    private const string ValidPlace = """{"id":"p","names":[{"text":"P"}],"kind":"town","latitude":34.45,"longitude":40.92,"precision":"exact"}""";
    private const string ValidSource = """{"id":"s","names":[{"text":"S"}],"kind":"ngo-monitor","reliability":"B"}""";
    private const string ValidReport = """{"id":"r","publisher":"s","published":"2017-11-09T19:30:00+02:00","language":"fr","title":"T"}""";
    private const string ValidAttribution = """{"source":"s","mode":"stated"}""";
    private const string ValidFigure = """{"kind":"killed","value":{"shape":"exact","value":3}}""";

    /// <summary>Documents that break one rule of the format each; the first member names the rule.</summary>
    public static TheoryData<string, string> InvalidDocuments() => new()
    {
        { "not an object", "[]" },
        { "missing format", """{"version":1}""" },
        { "another format", """{"format":"conflict-model","version":1}""" },
        { "missing version", """{"format":"conflictmodel"}""" },
        { "version 2", """{"format":"conflictmodel","version":2}""" },
        { "version as a string", """{"format":"conflictmodel","version":"1"}""" },
        { "entities not an array", Doc("""  "actors":{}  """) },
        { "id with a space", Doc($$"""  "actors":[{{ValidActor.Replace("\"a\"", "\"islamic state\"", StringComparison.Ordinal)}}]  """) },
        { "id starting with a hyphen", Doc($$"""  "actors":[{{ValidActor.Replace("\"a\"", "\"-a\"", StringComparison.Ordinal)}}]  """) },
        { "id of 201 characters", Doc($$"""  "actors":[{{ValidActor.Replace("\"a\"", "\"" + new string('a', 201) + "\"", StringComparison.Ordinal)}}]  """) },
        { "id as a number", Doc("""  "actors":[{"id":7,"names":[{"text":"A"}],"kind":"rebel-group"}]  """) },
        { "actor without kind", Doc("""  "actors":[{"id":"a","names":[{"text":"A"}]}]  """) },
        { "kind in upper case", Doc("""  "actors":[{"id":"a","names":[{"text":"A"}],"kind":"Rebel-Group"}]  """) },
        { "names empty", Doc("""  "actors":[{"id":"a","names":[],"kind":"rebel-group"}]  """) },
        { "names missing", Doc("""  "actors":[{"id":"a","kind":"rebel-group"}]  """) },
        { "name text blank", Doc("""  "actors":[{"id":"a","names":[{"text":"  "}],"kind":"rebel-group"}]  """) },
        { "name language not a tag", Doc("""  "actors":[{"id":"a","names":[{"text":"A","language":"french"}],"kind":"rebel-group"}]  """) },
        { "unknown name use", Doc("""  "actors":[{"id":"a","names":[{"text":"A","use":"nickname"}],"kind":"rebel-group"}]  """) },
        { "blank extension key", Doc("""  "actors":[{"id":"a","names":[{"text":"A"}],"kind":"rebel-group","":1}]  """) },
        { "membership without role", Doc("""  "alliances":[{"id":"al","names":[{"text":"Al"}],"memberships":[{"actor":"a"}]}]  """) },
        { "validity without a slash", Doc("""  "relations":[{"id":"r","subject":"a","kind":"fights","target":"b","validity":"2014-06-29"}]  """) },
        { "validity with a month", Doc("""  "relations":[{"id":"r","subject":"a","kind":"fights","target":"b","validity":"2014-06/.."}]  """) },
        { "relation without target", Doc("""  "relations":[{"id":"r","subject":"a","kind":"fights"}]  """) },
        { "unknown spatial precision", Doc($$"""  "places":[{{ValidPlace.Replace("\"exact\"", "\"city\"", StringComparison.Ordinal)}}]  """) },
        { "latitude as a boolean", Doc($$"""  "places":[{{ValidPlace.Replace("34.45", "true", StringComparison.Ordinal)}}]  """) },
        { "latitude as other text", Doc($$"""  "places":[{{ValidPlace.Replace("34.45", "\"34.45\"", StringComparison.Ordinal)}}]  """) },
        { "latitude without longitude", Doc("""  "places":[{"id":"p","names":[{"text":"P"}],"kind":"town","latitude":34.45,"precision":"exact"}]  """) },
        { "point without precision", Doc("""  "places":[{"id":"p","names":[{"text":"P"}],"kind":"town","latitude":34.45,"longitude":40.92}]  """) },
        { "precision without point", Doc("""  "places":[{"id":"p","names":[{"text":"P"}],"kind":"town","precision":"exact"}]  """) },
        { "GeoNames id as text", Doc("""  "places":[{"id":"p","names":[{"text":"P"}],"kind":"town","codes":{"geoNamesId":"174186"}}]  """) },
        { "reliability G", Doc($$"""  "sources":[{{ValidSource.Replace("\"B\"", "\"G\"", StringComparison.Ordinal)}}]  """) },
        { "reliability in lower case", Doc($$"""  "sources":[{{ValidSource.Replace("\"B\"", "\"b\"", StringComparison.Ordinal)}}]  """) },
        { "party flag as text", Doc("""  "sources":[{"id":"s","names":[{"text":"S"}],"kind":"ngo-monitor","isPartyToConflict":"yes"}]  """) },
        { "published without offset", Doc($$"""  "reports":[{{ValidReport.Replace("+02:00", string.Empty, StringComparison.Ordinal)}}]  """) },
        { "published as a month", Doc($$"""  "reports":[{{ValidReport.Replace("2017-11-09T19:30:00+02:00", "2017-11", StringComparison.Ordinal)}}]  """) },
        { "published as a date and time without offset", Doc($$"""  "reports":[{{ValidReport.Replace("2017-11-09T19:30:00+02:00", "2017-11-09T19:30:00", StringComparison.Ordinal)}}]  """) },
        { "time of day out of range", Doc("""  "events":[{"id":"e","type":"battles","date":"2017-11-09","time":"24:00"}]  """) },
        { "time of day as a word of no list", Doc("""  "events":[{"id":"e","type":"battles","date":"2017-11-09","time":"teatime"}]  """) },
        { "source count of one", Doc("""  "sources":[{"id":"s","names":[{"text":"S"}],"kind":"anonymous","count":1}]  """) },
        { "source count as another word", Doc("""  "sources":[{"id":"s","names":[{"text":"S"}],"kind":"anonymous","count":"many"}]  """) },
        { "figure subject with two members", Doc("""  "events":[{"id":"e","type":"battles","date":"2017-11-09","figures":[{"kind":"killed","value":{"shape":"exact","value":3},"subject":{"actor":"a","group":"civilians"}}]}]  """) },
        { "figure subject empty", Doc("""  "events":[{"id":"e","type":"battles","date":"2017-11-09","figures":[{"kind":"killed","value":{"shape":"exact","value":3},"subject":{}}]}]  """) },
        { "relative location from nothing", Doc("""  "places":[{"id":"p","names":[{"text":"P"}],"kind":"town","relativeTo":{"distanceKm":3}}]  """) },
        { "relative location with a negative distance", Doc("""  "places":[{"id":"p","names":[{"text":"P"}],"kind":"town","relativeTo":{"of":"q","distanceKm":-3}}]  """) },
        { "relative location with an unknown direction", Doc("""  "places":[{"id":"p","names":[{"text":"P"}],"kind":"town","relativeTo":{"of":"q","direction":"up"}}]  """) },
        { "relative location with a blank member", Doc("""  "places":[{"id":"p","names":[{"text":"P"}],"kind":"town","relativeTo":{"of":"q"," ":225}}]  """) },
        { "partOf on a statement", Doc("""  "claims":[{"id":"c","assertion":{"type":"statement","summary":"x","partOf":"d"},"attribution":{"source":"s","mode":"stated"}}]  """) },
        { "places on a figure assertion", Doc("""  "claims":[{"id":"c","assertion":{"type":"figure","figure":{"kind":"killed","value":{"shape":"exact","value":3}},"places":["p"]},"attribution":{"source":"s","mode":"stated"}}]  """) },
        { "report without title", Doc("""  "reports":[{"id":"r","publisher":"s","published":"2017-11-09T19:30:00+02:00","language":"fr"}]  """) },
        { "report url relative", Doc($$"""  "reports":[{{ValidReport.Replace("\"title\"", "\"url\":\"reports/1\",\"title\"", StringComparison.Ordinal)}}]  """) },
        { "claim without attribution", Doc("""  "claims":[{"id":"c","assertion":{"type":"event","event":"e"}}]  """) },
        { "assertion without type", Claim("""{"event":"e"}""") },
        { "assertion type not a term", Claim("""{"type":"Acme:Checkpoint"}""") },
        { "assertion type as a number", Claim("""{"type":1,"event":"e"}""") },
        { "event assertion without event", Claim("""{"type":"event"}""") },
        { "participation without actor", Claim("""{"type":"participation","event":"e","role":"side-a"}""") },
        { "participation role not a term", Claim("""{"type":"participation","event":"e","actor":"a","role":"Side A"}""") },
        { "control-change without place", Claim("""{"type":"control-change","from":"a","to":"b"}""") },
        { "control without asOf", Claim("""{"type":"control","place":"p","controller":"a"}""") },
        { "membership assertion without alliance", Claim("""{"type":"membership","actor":"a","role":"member"}""") },
        { "relation assertion without relation", Claim("""{"type":"relation"}""") },
        { "statement without summary", Claim("""{"type":"statement","about":["a"]}""") },
        { "figure assertion without figure", Claim("""{"type":"figure","event":"e"}""") },
        { "attribution without mode", ClaimWith("""  "attribution":{"source":"s"}  """) },
        { "stated on 31/12/2017", ClaimWith("""  "attribution":{"source":"s","mode":"stated","statedOn":"31/12/2017"}  """) },
        { "credibility 7", ClaimWith($$"""  "attribution":{{ValidAttribution}},"credibility":7  """) },
        { "credibility 0", ClaimWith($$"""  "attribution":{{ValidAttribution}},"credibility":0  """) },
        { "credibility as a letter", ClaimWith($$"""  "attribution":{{ValidAttribution}},"credibility":"C"  """) },
        { "unknown modality", ClaimWith($$"""  "attribution":{{ValidAttribution}},"modality":"certain"  """) },
        { "quote without language", ClaimWith($$"""  "attribution":{{ValidAttribution}},"quote":{"text":"t"}  """) },
        { "quote start without length", ClaimWith($$"""  "attribution":{{ValidAttribution}},"quote":{"text":"t","language":"fr","start":4}  """) },
        { "quote negative start", ClaimWith($$"""  "attribution":{{ValidAttribution}},"quote":{"text":"t","language":"fr","start":-1,"length":1}  """) },
        { "wording without neutral", ClaimWith($$"""  "attribution":{{ValidAttribution}},"wording":{"source":"libéré"}  """) },
        { "event without date", Doc("""  "events":[{"id":"e","type":"battles"}]  """) },
        { "date 31/12/2017", Doc("""  "events":[{"id":"e","type":"battles","date":"31/12/2017"}]  """) },
        { "date month 13", Doc("""  "events":[{"id":"e","type":"battles","date":"2017-13"}]  """) },
        { "date week 54", Doc("""  "events":[{"id":"e","type":"battles","date":"2017-W54"}]  """) },
        { "date year 0000", Doc("""  "events":[{"id":"e","type":"battles","date":"0000"}]  """) },
        { "date with a time", Doc("""  "events":[{"id":"e","type":"battles","date":"2017-11-09T10:00:00Z"}]  """) },
        { "date range of months", Doc("""  "events":[{"id":"e","type":"battles","date":"2017-10/2017-11"}]  """) },
        { "participation without actor in an event", Doc("""  "events":[{"id":"e","type":"battles","date":"2017","participants":[{"role":"side-a"}]}]  """) },
        { "outcome without place", Doc("""  "events":[{"id":"e","type":"battles","date":"2017","outcomes":[{"to":"a"}]}]  """) },
        { "external reference scheme in upper case", Doc("""  "events":[{"id":"e","type":"battles","date":"2017","externalReferences":[{"scheme":"ACLED","value":"1"}]}]  """) },
        { "claims list with a number", Doc("""  "events":[{"id":"e","type":"battles","date":"2017","claims":[1]}]  """) },
        { "figure without kind", Event("""{"value":{"shape":"exact","value":3}}""") },
        { "figure value without shape", Event("""{"kind":"killed","value":{"value":3}}""") },
        { "figure value as a number", Event("""{"kind":"killed","value":3}""") },
        { "exact figure without value", Event("""{"kind":"killed","value":{"shape":"exact"}}""") },
        { "exact figure value as text", Event("""{"kind":"killed","value":{"shape":"exact","value":"12"}}""") },
        { "range figure without high", Event("""{"kind":"killed","value":{"shape":"range","low":3}}""") },
        { "estimate figure without best", Event("""{"kind":"killed","value":{"shape":"estimate","low":3,"high":5}}""") },
        { "figure shape not a term", Event("""{"kind":"killed","value":{"shape":"Percent","p":3}}""") },
    };

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void Validate_InvalidDocument_SchemaAndReaderBothReject(string rule, string json)
    {
        DocumentSchema.Errors(json).Should().NotBeEmpty($"the schema must reject a document with {rule}:\n{json}");

        Action read = () => DossierJson.Read(json);
        read.Should().Throw<DossierFormatException>($"the reader must reject a document with {rule}");
    }

    [Fact]
    public void Validate_TemplatesOfTheInvalidDocuments_AreValidForSchemaAndReader()
    {
        // Each invalid document breaks one rule of a valid one, so that it fails for the reason its name gives.
        string[] templates =
        [
            Doc($$"""  "actors":[{{ValidActor}}],"places":[{{ValidPlace}}],"sources":[{{ValidSource}}],"reports":[{{ValidReport}}]  """),
            Claim("""{"type":"event","event":"e"}"""),
            ClaimWith($$"""  "attribution":{{ValidAttribution}}  """),
            Event(ValidFigure),
            Doc("""  "places":[{"id":"p","names":[{"text":"P"}],"kind":"town","relativeTo":{"of":"q","distanceKm":3,"direction":"south-west"}}],"sources":[{"id":"s","names":[{"text":"S"}],"kind":"anonymous","count":3}],"events":[{"id":"e","type":"battles","date":"2017-11-09","time":"07:30","figures":[{"kind":"killed","value":{"shape":"exact","value":3},"subject":{"actor":"a"}}]}]  """),
            Doc("""  "sources":[{"id":"s","names":[{"text":"S"}],"kind":"anonymous","count":"several"}],"reports":[{"id":"r","publisher":"s","published":"2017-11-09","language":"fr","title":"T"}],"events":[{"id":"e","type":"battles","date":"2017-11-09","time":"overnight"}]  """),
            Claim("""{"type":"statement","summary":"x","places":["p"]}"""),
            Claim("""{"type":"figure","figure":{"kind":"killed","value":{"shape":"exact","value":3}},"partOf":"d"}"""),
        ];

        foreach (var json in templates)
        {
            Valid(json);
            DossierJson.Read(json);
        }
    }

    private static string Doc(string members) => $$"""{"format":"conflictmodel","version":1,{{members.Trim()}}}""";

    private static string Claim(string assertion) => ClaimWith($$"""  "assertion":{{assertion}},"attribution":{{ValidAttribution}}  """);

    private static string ClaimWith(string members)
    {
        var body = members.Trim();
        if (!body.Contains("\"assertion\"", StringComparison.Ordinal))
        {
            body = "\"assertion\":{\"type\":\"event\",\"event\":\"e\"}," + body;
        }
        return Doc($$"""  "claims":[{"id":"c",{{body}}}]  """);
    }

    private static string Event(string figure) => Doc($$"""  "events":[{"id":"e","type":"battles","date":"2017","figures":[{{figure}}]}]  """);

    /// <summary>Documents with a member the format does not define inside a nested object: both the schema and the reader accept them, and the member is written back.</summary>
    public static TheoryData<string, string> NestedUnknownMembers() => new()
    {
        { "unknown member in a name", Doc("""  "actors":[{"id":"a","names":[{"text":"A","script":"latn"}],"kind":"rebel-group"}]  """) },
        { "unknown member in a membership", Doc("""  "alliances":[{"id":"al","names":[{"text":"Al"}],"memberships":[{"actor":"a","role":"member","since":"2014"}]}]  """) },
        { "unknown member in codes", Doc("""  "places":[{"id":"p","names":[{"text":"P"}],"kind":"town","codes":{"iso3166":"SY","wikidata":"Q1"}}]  """) },
        { "unknown member in an assertion", Claim("""{"type":"event","event":"e","confidence":0.9}""") },
        { "unknown member in an attribution", ClaimWith("""  "attribution":{"source":"s","mode":"stated","via":"afp"}  """) },
        { "unknown member in a relay", ClaimWith("""  "attribution":{"source":"s","mode":"stated","relays":[{"source":"afp","page":2}]}  """) },
        { "unknown member in a quote", ClaimWith($$"""  "attribution":{{ValidAttribution}},"quote":{"text":"t","language":"fr","page":3}  """) },
        { "unknown member in a wording", ClaimWith($$"""  "attribution":{{ValidAttribution}},"wording":{"source":"libéré","neutral":"captured","tone":"loaded"}  """) },
        { "unknown member in a participant", Doc("""  "events":[{"id":"e","type":"battles","date":"2017","participants":[{"actor":"a","role":"side-a","strength":300}]}]  """) },
        { "unknown member in an outcome", Doc("""  "events":[{"id":"e","type":"battles","date":"2017","outcomes":[{"place":"p","to":"a","since":"2017"}]}]  """) },
        { "unknown member in an external reference", Doc("""  "events":[{"id":"e","type":"battles","date":"2017","externalReferences":[{"scheme":"acled","value":"1","url":"x"}]}]  """) },
        { "unknown member in a figure", Event("""{"kind":"killed","value":{"shape":"exact","value":3},"source":"s"}""") },
        { "unknown member in a figure value", Event("""{"kind":"killed","value":{"shape":"at-least","minimum":3,"unit":"people"}}""") },
    };

    [Theory]
    [MemberData(nameof(NestedUnknownMembers))]
    public void Validate_NestedUnknownMember_SchemaAcceptsAndReaderKeepsIt(string rule, string json)
    {
        DocumentSchema.Errors(json).Should().BeEmpty(rule);

        var written = DossierJson.Write(DossierJson.Read(json));

        MemberNames(written).Should().Contain(MemberNames(json), rule);
        DossierJson.Read(written).Should().Be(DossierJson.Read(json), rule);
    }

    private static HashSet<string> MemberNames(string json)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Collect(document.RootElement);
        return names;

        void Collect(System.Text.Json.JsonElement element)
        {
            if (element.ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                foreach (var member in element.EnumerateObject())
                {
                    names.Add(member.Name);
                    Collect(member.Value);
                }
            }
            else if (element.ValueKind == System.Text.Json.JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item);
                }
            }
        }
    }
}
