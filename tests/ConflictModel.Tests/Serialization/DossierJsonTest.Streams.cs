using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Serialization;
using ConflictModel.Testing;

namespace ConflictModel.Tests.Serialization;

public partial class DossierJsonTest
{
    /// <summary>A stream that cannot seek and gives at most a few bytes a read, as a network stream may.</summary>
    private sealed class TrickleStream(byte[] bytes) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n = Math.Min(Math.Min(buffer.Length, 1 + (position % 7)), bytes.Length - position);
            bytes.AsSpan(position, n).CopyTo(buffer);
            position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void Read_StreamThatCannotSeek_GivesTheDossierOfItsBytes()
    {
        var dossier = SyntheticDossier.Generate(300);
        var utf8 = DossierJson.WriteToUtf8Bytes(dossier);

        using var stream = new TrickleStream(utf8);

        DossierJson.Read(stream).Should().Be(dossier);
    }

    [Fact]
    public async Task ReadAsync_StreamThatCannotSeek_GivesTheDossierOfItsBytes()
    {
        var dossier = SyntheticDossier.Generate(300);
        var utf8 = DossierJson.WriteToUtf8Bytes(dossier);

        using var stream = new TrickleStream(utf8);

        (await DossierJson.ReadAsync(stream, cancellationToken: TestContext.Current.CancellationToken)).Should().Be(dossier);
    }

    [Fact]
    public void Read_SeekableStreamAfterItsStart_ReadsFromItsPosition()
    {
        var dossier = SyntheticDossier.Generate(20);
        var prefix = Encoding.UTF8.GetBytes("not part of the document");
        using var stream = new MemoryStream();
        stream.Write(prefix);
        DossierJson.Write(dossier, stream);
        stream.Position = prefix.Length;

        DossierJson.Read(stream).Should().Be(dossier);
    }

    [Fact]
    public void Read_SeekableStreamLongerThanTheLimit_StopsAtTheLimit()
    {
        var padded = Head + "\"x\":\"" + new string('a', 3000) + "\"}";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(padded));
        var options = new DossierJsonOptions { MaxDocumentBytes = 2048 };

        var act = () => DossierJson.Read(stream, options);

        act.Should().Throw<DossierFormatException>().WithMessage("*longer than 2048 bytes*MaxDocumentBytes*");
    }

    [Fact]
    public void Read_DiscriminatorAfterTheOtherMembers_SameAsWhenItComesFirst()
    {
        const string First = Head + "\"claims\":[{\"id\":\"c1\",\"assertion\":{\"type\":\"figure\",\"event\":\"e1\","
            + "\"figure\":{\"kind\":\"killed\",\"value\":{\"shape\":\"range\",\"low\":3,\"high\":5}}},"
            + "\"attribution\":{\"source\":\"s1\",\"mode\":\"stated\"}}]}";
        const string Last = Head + "\"claims\":[{\"id\":\"c1\",\"assertion\":{\"event\":\"e1\","
            + "\"figure\":{\"kind\":\"killed\",\"value\":{\"low\":3,\"high\":5,\"shape\":\"range\"}},\"type\":\"figure\"},"
            + "\"attribution\":{\"source\":\"s1\",\"mode\":\"stated\"}}]}";

        var first = DossierJson.Read(First);
        var last = DossierJson.Read(Last);

        last.Should().Be(first);
        var assertion = first.Claims[0].Assertion.Should().BeOfType<FigureAssertion>().Which;
        assertion.Figure.Value.Should().Be(new CountRange(3, 5));
    }

    [Fact]
    public void Read_DiscriminatorGivenTwice_SaysSoWhereverTheFirstIs()
    {
        const string Twice = Head + "\"claims\":[{\"id\":\"c1\",\"assertion\":{\"type\":\"event\",\"event\":\"e1\",\"type\":\"event\"},"
            + "\"attribution\":{\"source\":\"s1\",\"mode\":\"stated\"}}]}";

        var error = ReadFails(Twice);

        error.Message.Should().Contain("\"type\" is given twice");
        error.Path.Should().Be("$.claims[0].assertion.type");
    }
}
