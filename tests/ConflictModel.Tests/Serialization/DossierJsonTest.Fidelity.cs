using System.Text.Json;
using ConflictModel.Serialization;
using NodaTime;

namespace ConflictModel.Tests.Serialization;

/// <summary>
/// Values the model accepts but the generated round-trip properties stay clear of, because
/// writing them loses data or gives a document the reader rejects. Each test is skipped with
/// the defect it records; it passes once the writer either refuses the value or keeps it.
/// </summary>
public partial class DossierJsonTest
{
    private const string OffsetSeconds = "Library bug: \"published\" is written with OffsetDateTimePattern.Rfc3339, which drops the seconds of an offset "
        + "(Europe/Paris LMT +00:09:21 before 1911, fixed offsets such as +01:00:30).";

    [Fact(Skip = OffsetSeconds)]
    public void RoundTrip_ZoneOffsetWithSeconds_KeepsThePublicationInstant()
    {
        var paris1900 = new LocalDateTime(1900, 6, 1, 12, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Paris"]);

        WritesBackOrRefuses(WithReport(paris1900));
    }

    [Fact(Skip = OffsetSeconds)]
    public void RoundTrip_FixedOffsetWithSeconds_KeepsThePublicationInstant()
    {
        var odd = new LocalDateTime(2017, 11, 9, 19, 30).InZoneStrictly(DateTimeZone.ForOffset(Offset.FromSeconds(3630)));

        WritesBackOrRefuses(WithReport(odd));
    }

    [Fact(Skip = "Library bug: extension data may hold a key the format defines (here \"kind\" on an actor, \"format\" on the dossier); "
        + "the writer then writes the member twice and the reader rejects the document.")]
    public void RoundTrip_ExtensionKeyNamedLikeAMember_WritesBackOrRefuses()
    {
        var one = JsonDocument.Parse("1").RootElement;
        var b = new DossierBuilder();
        b.Add(new Actor(new ActorId("a"), new NameSet("A"), ActorKind.RebelGroup, extensions: ExtensionData.Empty.With("kind", one)));
        b.Extensions = ExtensionData.Empty.With("format", one);

        WritesBackOrRefuses(b.Build());
    }

    [Fact(Skip = "Library bug: a lone surrogate in model text is written as U+FFFD without a word, while DossierJson.Read(string) rejects it.")]
    public void RoundTrip_LoneSurrogateInName_WritesBackOrRefuses()
    {
        var b = new DossierBuilder();
        b.AddActor("a", "x\uD800y", ActorKind.RebelGroup);

        WritesBackOrRefuses(b.Build());
    }

    [Fact(Skip = "Library bug: strings kept whole (extension data, unknown assertions and figure shapes) are not checked for UTF-8 on reading, "
        + "unlike the strings of known members; the invalid bytes come back as U+FFFD when written.")]
    public void Read_ExtensionStringNotUtf8_ThrowsDossierFormatException()
    {
        byte[] document = [.. "{\"format\":\"conflictmodel\",\"version\":1,\"x\":\"a"u8, 0xFF, .. "\"}"u8];

        var act = () => DossierJson.Read(document);

        act.Should().Throw<DossierFormatException>().Which.Path.Should().Be("$.x");
    }

    private static Dossier WithReport(ZonedDateTime published)
    {
        var b = new DossierBuilder();
        b.Add(new Report(new ReportId("r"), new SourceId("s"), published, LanguageTag.French, "T"));
        return b.Build();
    }

    /// <summary>Writing may refuse the dossier; what it does write must read back as the same dossier.</summary>
    private static void WritesBackOrRefuses(Dossier dossier)
    {
        byte[] document;
        try
        {
            document = DossierJson.WriteToUtf8Bytes(dossier);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return;
        }

        DossierJson.Read(document).Should().Be(dossier);
    }
}
