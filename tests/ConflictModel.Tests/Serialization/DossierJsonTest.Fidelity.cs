using System.Text.Json;
using ConflictModel.Serialization;
using NodaTime;

namespace ConflictModel.Tests.Serialization;

/// <summary>
/// Values the model accepts that are hard to write: offsets with seconds, extension keys named
/// like members of the format, lone surrogates, text that is not UTF-8. The writer either keeps
/// them exactly or refuses them with a clear error; it never writes something else.
/// </summary>
public partial class DossierJsonTest
{
    [Fact]
    public void RoundTrip_ZoneOffsetWithSeconds_KeepsThePublicationInstant()
    {
        var paris1900 = new LocalDateTime(1900, 6, 1, 12, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Paris"]);

        WritesBackOrRefuses(WithReport(paris1900));
    }

    [Fact]
    public void RoundTrip_FixedOffsetWithSeconds_KeepsThePublicationInstant()
    {
        var odd = new LocalDateTime(2017, 11, 9, 19, 30).InZoneStrictly(DateTimeZone.ForOffset(Offset.FromSeconds(3630)));

        WritesBackOrRefuses(WithReport(odd));
    }

    [Fact]
    public void RoundTrip_ExtensionKeyNamedLikeAMember_WritesBackOrRefuses()
    {
        var one = JsonDocument.Parse("1").RootElement;
        var b = new DossierBuilder();
        b.Add(new Actor(new ActorId("a"), new NameSet("A"), ActorKind.RebelGroup, extensions: ExtensionData.Empty.With("kind", one)));
        b.Extensions = ExtensionData.Empty.With("format", one);

        WritesBackOrRefuses(b.Build());
    }

    [Fact]
    public void RoundTrip_LoneSurrogateInName_WritesBackOrRefuses()
    {
        var b = new DossierBuilder();
        b.AddActor("a", "x\uD800y", ActorKind.RebelGroup);

        WritesBackOrRefuses(b.Build());
    }

    [Fact]
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
