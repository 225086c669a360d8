using System.Text;
using ConflictModel.Serialization;

namespace ConflictModel.Tests.Serialization;

public partial class DossierJsonTest
{
    private const string Head = "{\"format\":\"conflictmodel\",\"version\":1,";

    private static DossierFormatException ReadFails(string json, DossierJsonOptions? options = null)
    {
        var act = () => DossierJson.Read(json, options);
        return act.Should().Throw<DossierFormatException>().Which;
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("[]", "JSON object")]
    [InlineData("42", "JSON object")]
    [InlineData("{\"version\":1}", "no \"format\"")]
    [InlineData("{\"format\":\"stix\",\"version\":1}", "\"stix\"")]
    [InlineData("{\"format\":\"conflictmodel\"}", "no \"version\"")]
    [InlineData("{\"format\":\"conflictmodel\",\"version\":2}", "version 2 is not supported")]
    [InlineData("{\"format\":\"conflictmodel\",\"version\":\"1\"}", "whole number")]
    public void Read_NotADossier_SaysWhy(string json, string expected)
    {
        ReadFails(json).Message.Should().Contain(expected);
    }

    [Fact]
    public void Read_Truncated_GivesLineAndPosition()
    {
        var json = DossierJson.Write(Dossiers.BoukamalFixture.Build());

        var error = ReadFails(json[..(json.Length / 2)]);

        error.LineNumber.Should().BeGreaterThan(1);
        error.BytePositionInLine.Should().BeGreaterThan(0);
        error.Path.Should().StartWith("$");
    }

    [Fact]
    public void Read_WrongTypeDeepInside_NamesThePathLineAndByte()
    {
        var json = Head + "\n\"events\":[\n {\"id\":\"e\",\"type\":\"battles\",\"date\":\"2017\",\n  \"participants\":[{\"actor\":\"a\",\"role\":7}]}]}";

        var error = ReadFails(json);

        error.Path.Should().Be("$.events[0].participants[0].role");
        error.LineNumber.Should().Be(4);
        error.BytePositionInLine.Should().Be(39);
        error.Message.Should().Contain("expected a string, found a number");
    }

    [Theory]
    [InlineData("{\"id\":\"has space\",\"names\":[{\"text\":\"A\"}],\"kind\":\"rebel-group\"}", "$.actors[0].id", "Malformed actor id")]
    [InlineData("{\"id\":\"a\",\"names\":[],\"kind\":\"rebel-group\"}", "$.actors[0].names", "empty")]
    [InlineData("{\"id\":\"a\",\"names\":[{\"text\":\"A\"}],\"kind\":\"Rebel Group\"}", "$.actors[0].kind", "Malformed actor kind")]
    [InlineData("{\"names\":[{\"text\":\"A\"}],\"kind\":\"rebel-group\"}", "$.actors[0]", "no \"id\"")]
    [InlineData("{\"id\":\"a\",\"id\":\"b\",\"names\":[{\"text\":\"A\"}],\"kind\":\"rebel-group\"}", "$.actors[0].id", "twice")]
    [InlineData("{\"id\":\"a\",\"names\":[{\"text\":\"A\",\"language\":\"français\"}],\"kind\":\"rebel-group\"}", "$.actors[0].names[0].language", "language tag")]
    public void Read_BadActor_IsLocated(string actor, string path, string expected)
    {
        var error = ReadFails(Head + "\"actors\":[" + actor + "]}");

        error.Path.Should().Be(path);
        error.Message.Should().Contain(expected);
    }

    [Theory]
    [InlineData("31/12/2017")]
    [InlineData("2017-02-31")]
    [InlineData("2017-W54")]
    [InlineData("2017-13")]
    [InlineData("0000")]
    [InlineData("2017-11-09T24:00")]
    public void Read_BadDate_IsLocatedWithTheAllowedForms(string date)
    {
        var error = ReadFails(Head + "\"events\":[{\"id\":\"e\",\"type\":\"battles\",\"date\":\"" + date + "\"}]}");

        error.Path.Should().Be("$.events[0].date");
        error.Message.Should().Contain(date);
    }

    [Theory]
    [InlineData("\"published\":\"2017-11-09T19:30:00+25:00\"", "RFC 3339")]
    [InlineData("\"published\":\"2017-11-09T24:00:00+02:00\"", "RFC 3339")]
    [InlineData("\"published\":\"2017-11-09T24:00:00.5+02:00\"", "RFC 3339")]
    [InlineData("\"published\":\"2017-11-09T19:30:00+03:00\",\"timeZone\":\"Asia/Beirut\"", "not the offset of Asia/Beirut")]
    [InlineData("\"published\":\"2017-11-09T19:30:00+02:00\",\"timeZone\":\"Mars/Olympus\"", "IANA")]
    public void Read_BadPublication_IsLocated(string published, string expected)
    {
        var report = "{\"id\":\"r\",\"publisher\":\"afp\"," + published + ",\"language\":\"fr\",\"title\":\"T\"}";

        var error = ReadFails(Head + "\"reports\":[" + report + "]}");

        error.Message.Should().Contain(expected);
        error.Path.Should().StartWith("$.reports[0]");
    }

    [Theory]
    [InlineData("1e999", "out of range")]
    [InlineData("\"12\"", "expected a number")]
    public void Read_BadCount_IsLocated(string count, string expected)
    {
        var json = Head + "\"events\":[{\"id\":\"e\",\"type\":\"battles\",\"date\":\"2017\",\"figures\":[{\"kind\":\"killed\",\"value\":{\"shape\":\"exact\",\"value\":" + count + "}}]}]}";

        var error = ReadFails(json);

        error.Path.Should().Be("$.events[0].figures[0].value.value");
        error.Message.Should().Contain(expected);
    }

    [Fact]
    public void Read_CoordinatesOutOfRange_AreReadForValidationToReport()
    {
        var json = Head + "\"places\":[{\"id\":\"p\",\"names\":[{\"text\":\"P\"}],\"kind\":\"town\",\"latitude\":140.5,\"longitude\":\"NaN\",\"precision\":\"exact\"}]}";

        var place = DossierJson.Read(json).Places[0];

        place.Location!.Value.Latitude.Should().Be(140.5);
        double.IsNaN(place.Location.Value.Longitude).Should().BeTrue();
    }

    [Theory]
    [InlineData("1e999")]
    [InlineData("-1e400")]
    public void Read_CoordinateBeyondDouble_IsAFormatErrorRatherThanInfinity(string latitude)
    {
        var json = Head + "\"places\":[{\"id\":\"p\",\"names\":[{\"text\":\"P\"}],\"kind\":\"town\",\"latitude\":" + latitude + ",\"longitude\":1,\"precision\":\"exact\"}]}";

        var error = ReadFails(json);

        error.Path.Should().Be("$.places[0].latitude");
        error.Message.Should().Contain("out of range");
    }

    [Fact]
    public void Read_DanglingReferences_AreNotFormatErrors()
    {
        var json = Head + "\"events\":[{\"id\":\"e\",\"type\":\"battles\",\"date\":\"2017\",\"place\":\"nowhere\",\"claims\":[\"missing\"]}]}";

        DossierJson.Read(json).Events[0].Place.Should().Be(new PlaceId("nowhere"));
    }

    [Fact]
    public void Read_DeepNesting_StopsAtTheDepthLimit()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);

        var error = ReadFails(Head + "\"x\":" + deep + "}");

        error.Message.Should().Contain("depth");
    }

    [Fact]
    public void Read_LongString_StopsAtTheStringLimit()
    {
        var options = new DossierJsonOptions { MaxStringLength = 1024 };
        var json = Head + "\"actors\":[{\"id\":\"a\",\"names\":[{\"text\":\"" + new string('x', 5000) + "\"}],\"kind\":\"rebel-group\"}]}";

        var error = ReadFails(json, options);

        error.Path.Should().Be("$.actors[0].names[0].text");
        error.Message.Should().Contain("MaxStringLength");
    }

    [Fact]
    public void Read_LongStringInsideExtensionData_StopsAtTheStringLimit()
    {
        var options = new DossierJsonOptions { MaxStringLength = 1024 };
        var json = Head + "\"acme:blob\":{\"deep\":[\"" + new string('x', 5000) + "\"]}}";

        ReadFails(json, options).Message.Should().Contain("MaxStringLength");
    }

    [Fact]
    public void Read_LongArray_StopsAtTheArrayLimit()
    {
        var options = new DossierJsonOptions { MaxArrayLength = 3 };
        var json = Head + "\"events\":[{\"id\":\"e\",\"type\":\"battles\",\"date\":\"2017\",\"claims\":[\"a\",\"b\",\"c\",\"d\"]}]}";

        var error = ReadFails(json, options);

        error.Path.Should().Be("$.events[0].claims[3]");
        error.Message.Should().Contain("MaxArrayLength");
    }

    [Theory]
    [InlineData("[0,0,0,0,0,0,0,0,0,0,0]", "$.acme:list[10]")]
    [InlineData("{\"a\":[1,[0,0,0,0,0,0,0,0,0,0,0]]}", "$.acme:list.a[1][10]")]
    public void Read_LongArrayInsideExtensionData_StopsAtTheArrayLimit(string value, string path)
    {
        var options = new DossierJsonOptions { MaxArrayLength = 10 };

        var error = ReadFails(Head + "\"acme:list\":" + value + "}", options);

        error.Path.Should().Be(path);
        error.Message.Should().Contain("MaxArrayLength");
    }

    [Fact]
    public void Read_ArraysInsideExtensionDataAtTheArrayLimit_AreKept()
    {
        var options = new DossierJsonOptions { MaxArrayLength = 3 };

        var dossier = DossierJson.Read(Head + "\"acme:list\":[[1,2,3],{\"a\":[4,5,6]},[]]}", options);

        dossier.Extensions.TryGetValue("acme:list", out var list).Should().BeTrue();
        list.GetArrayLength().Should().Be(3);
    }

    [Fact]
    public void Read_InvalidUtf8_IsAFormatError()
    {
        var bytes = Encoding.UTF8.GetBytes(Head + "\"actors\":[{\"id\":\"a\",\"names\":[{\"text\":\"AB\"}],\"kind\":\"rebel-group\"}]}");
        int index = System.Array.IndexOf(bytes, (byte)'A', 40);
        bytes[index] = 0xC3;
        bytes[index + 1] = 0x28;

        var act = () => DossierJson.Read(bytes);

        act.Should().Throw<DossierFormatException>();
    }

    [Fact]
    public void Read_LoneSurrogateInAString_IsAFormatError()
    {
        var act = () => DossierJson.Read(Head + "\"actors\":[{\"id\":\"a\",\"names\":[{\"text\":\"\\ud800\"}],\"kind\":\"rebel-group\"}]}");

        act.Should().Throw<DossierFormatException>().Which.Path.Should().Be("$.actors[0].names[0].text");
    }

    [Theory]
    [InlineData("System.IO.FileInfo, System.IO.FileSystem")]
    [InlineData("$type")]
    public void Read_TypeNamesAsDiscriminators_NeverSelectATypeAndAreRejectedOrKept(string typeName)
    {
        var json = Head + "\"claims\":[{\"id\":\"c\",\"$type\":\"" + typeName + "\",\"assertion\":{\"type\":\"" + typeName + "\"},\"attribution\":{\"source\":\"s\",\"mode\":\"stated\"}}]}";

        var error = ReadFails(json);

        error.Path.Should().Be("$.claims[0].assertion.type");
        error.Message.Should().Contain("not a discriminator");
    }

    [Fact]
    public void Read_TrailingContent_IsRejected()
    {
        ReadFails(Head + "\"actors\":[]} {}").Message.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void Read_Null_Throws()
    {
        var act = () => DossierJson.Read((string)null!);

        act.Should().Throw<ArgumentNullException>();
    }
}

public class DossierJsonLosslessTest
{
    private const string Head = "{\"format\":\"conflictmodel\",\"version\":1,";

    [Theory]
    [InlineData("{\"type\":\"event\",\"event\":\"e\",\"summary\":\"x\"}", "summary")]
    [InlineData("{\"type\":\"relation\",\"relation\":\"r\",\"actor\":\"a\"}", "actor")]
    [InlineData("{\"type\":\"control\",\"place\":\"p\",\"asOf\":\"2017\",\"to\":\"a\"}", "to")]
    public void Read_MemberOfAnotherAssertionKind_IsRejectedRatherThanDropped(string assertion, string member)
    {
        var json = Head + "\"claims\":[{\"id\":\"c\",\"assertion\":" + assertion + ",\"attribution\":{\"source\":\"s\",\"mode\":\"stated\"}}]}";

        var act = () => ConflictModel.Serialization.DossierJson.Read(json);

        act.Should().Throw<ConflictModel.Serialization.DossierFormatException>().WithMessage($"*no member \"{member}\"*");
    }

    [Fact]
    public void Read_MemberOfAnotherShape_IsRejectedRatherThanDropped()
    {
        var json = Head + "\"events\":[{\"id\":\"e\",\"type\":\"battles\",\"date\":\"2017\",\"figures\":[{\"kind\":\"killed\",\"value\":{\"shape\":\"exact\",\"value\":3,\"low\":1}}]}]}";

        var act = () => ConflictModel.Serialization.DossierJson.Read(json);

        act.Should().Throw<ConflictModel.Serialization.DossierFormatException>().WithMessage("*no member \"low\"*");
    }

    [Theory]
    [InlineData("0000")]
    [InlineData("0000-03")]
    [InlineData("0000-03-01")]
    public void Read_YearZero_IsRejected(string date)
    {
        var json = Head + "\"events\":[{\"id\":\"e\",\"type\":\"battles\",\"date\":\"" + date + "\"}]}";

        var act = () => ConflictModel.Serialization.DossierJson.Read(json);

        act.Should().Throw<ConflictModel.Serialization.DossierFormatException>().Which.Path.Should().Be("$.events[0].date");
    }

    [Fact]
    public void FuzzyDate_YearOutsideTheTextRange_IsRejectedAtConstruction()
    {
        var act = () => FuzzyDate.OnDay(new NodaTime.LocalDate(-5, 3, 1));

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Report_PathInsteadOfUrl_IsRejected()
    {
        var act = () => new Report(new ReportId("r"), new SourceId("s"), NodaTime.Instant.FromUtc(2017, 11, 9, 0, 0).InUtc(), LanguageTag.French, "T",
            new Uri("/reports/1", UriKind.RelativeOrAbsolute));

        act.Should().Throw<ArgumentException>().WithParameterName("url");
    }
}

public class DossierJsonDocumentLimitTest
{
    private sealed class EndlessStream : System.IO.Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, System.IO.SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void Read_EndlessStream_StopsAtTheDocumentLimit()
    {
        using var endless = new EndlessStream();
        var options = new ConflictModel.Serialization.DossierJsonOptions { MaxDocumentBytes = 1 << 20 };

        var act = () => ConflictModel.Serialization.DossierJson.Read(endless, options);

        act.Should().Throw<ConflictModel.Serialization.DossierFormatException>().WithMessage("*MaxDocumentBytes*");
        endless.Served.Should().BeLessThan(2 << 20);
    }
}
