using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Serialization;

/// <summary>
/// Reads and writes dossiers in the ConflictModel JSON document format (version 1): one object
/// with <c>"format": "conflictmodel"</c>, <c>"version": 1</c> and the arrays <c>actors</c>,
/// <c>alliances</c>, <c>relations</c>, <c>places</c>, <c>sources</c>, <c>reports</c>,
/// <c>claims</c> and <c>events</c>. docs/format.md describes it; schemas/ publishes its JSON Schema.
/// </summary>
/// <remarks>
/// <para>Reading checks the type of every value and the limits of <see cref="DossierJsonOptions"/>,
/// and throws <see cref="DossierFormatException"/>, saying where, for a document that is not a
/// dossier. It does not check meaning: read a document, then validate it.</para>
/// <para>Members of entities and of the document that this version does not define, and
/// assertions or figure shapes with unknown discriminators, are kept and written back unchanged.
/// Writing the same dossier always gives the same bytes.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class DossierJson
{
    /// <summary>Reads a dossier from UTF-8 bytes.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="options">The options, or null for <see cref="DossierJsonOptions.Default"/>.</param>
    /// <returns>The dossier.</returns>
    /// <exception cref="DossierFormatException">The document is not a dossier this library reads.</exception>
    public static Dossier Read(ReadOnlyMemory<byte> utf8, DossierJsonOptions? options = null) =>
        JsonDossierReader.Read(utf8, Use(options));

    /// <summary>Reads a dossier from a string.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">The options, or null for <see cref="DossierJsonOptions.Default"/>.</param>
    /// <returns>The dossier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DossierFormatException">The document is not a dossier this library reads.</exception>
    public static Dossier Read(string json, DossierJsonOptions? options = null)
    {
        Preconditions.CheckNotNull(json);
        byte[] utf8;
        try
        {
            utf8 = new UTF8Encoding(false, true).GetBytes(json);
        }
        catch (EncoderFallbackException ex)
        {
            throw new DossierFormatException($"The text holds a lone surrogate at index {ex.Index} and cannot be UTF-8.", ex);
        }
        return Read(utf8, options);
    }

    /// <summary>Reads a dossier from a stream, to its end.</summary>
    /// <param name="utf8Json">The stream of the UTF-8 document.</param>
    /// <param name="options">The options, or null for <see cref="DossierJsonOptions.Default"/>.</param>
    /// <returns>The dossier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="DossierFormatException">The document is not a dossier this library reads.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static Dossier Read(Stream utf8Json, DossierJsonOptions? options = null)
    {
        Preconditions.CheckNotNull(utf8Json);
        var o = Use(options);
        var buffer = new DocumentBuffer(utf8Json, o);
        int read;
        while ((read = utf8Json.Read(buffer.Free())) > 0)
        {
            buffer.Advance(read);
        }
        return Read(buffer.Document, o);
    }

    /// <summary>Reads a dossier from a stream, to its end, without blocking on input.</summary>
    /// <param name="utf8Json">The stream of the UTF-8 document.</param>
    /// <param name="options">The options, or null for <see cref="DossierJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The dossier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="DossierFormatException">The document is not a dossier this library reads.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<Dossier> ReadAsync(Stream utf8Json, DossierJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Json);
        var o = Use(options);
        var buffer = new DocumentBuffer(utf8Json, o);
        int read;
        while ((read = await utf8Json.ReadAsync(buffer.FreeMemory(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Advance(read);
        }
        return Read(buffer.Document, o);
    }

    /// <summary>Writes a dossier as UTF-8 bytes.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="options">The options, or null for <see cref="DossierJsonOptions.Default"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dossier"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The dossier holds a host type that <paramref name="options"/> does not register.</exception>
    public static byte[] WriteToUtf8Bytes(Dossier dossier, DossierJsonOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(dossier, buffer, options);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a dossier as a string.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="options">The options, or null for <see cref="DossierJsonOptions.Default"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dossier"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The dossier holds a host type that <paramref name="options"/> does not register.</exception>
    public static string Write(Dossier dossier, DossierJsonOptions? options = null) =>
        Encoding.UTF8.GetString(WriteToUtf8Bytes(dossier, options));

    /// <summary>Writes a dossier to a stream.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="utf8Json">The stream to write the UTF-8 document to; it is left open.</param>
    /// <param name="options">The options, or null for <see cref="DossierJsonOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The dossier holds a host type that <paramref name="options"/> does not register.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Write(Dossier dossier, Stream utf8Json, DossierJsonOptions? options = null)
    {
        Preconditions.CheckNotNull(utf8Json);
        var o = Use(options);
        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions(o));
        JsonDossierWriter.Write(writer, Preconditions.CheckNotNull(dossier), o);
    }

    /// <summary>Writes a dossier to a stream without blocking on output.</summary>
    /// <remarks>
    /// The document is made on a thread of its own and handed to the stream in chunks of about 1 MiB as it is made, at
    /// most a few at a time, so memory stays bounded whatever the size of the document. If writing fails midway, the
    /// stream holds the part written before; <see cref="WriteFileAsync"/> leaves no such part.
    /// </remarks>
    /// <param name="dossier">The dossier.</param>
    /// <param name="utf8Json">The stream to write the UTF-8 document to; it is left open.</param>
    /// <param name="options">The options, or null for <see cref="DossierJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written and flushed.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The dossier holds a host type that <paramref name="options"/> does not register.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public static async Task WriteAsync(Dossier dossier, Stream utf8Json, DossierJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(dossier);
        Preconditions.CheckNotNull(utf8Json);
        var o = Use(options);
        await ChunkedWrite.RunAsync(stream =>
        {
            using var writer = new Utf8JsonWriter(stream, WriterOptions(o));
            JsonDossierWriter.Write(writer, dossier, o);
        }, utf8Json, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes a dossier to a file atomically: the document goes to a temporary file in the same
    /// folder, which then replaces <paramref name="path"/> in one rename. If writing fails midway, the
    /// previous file at <paramref name="path"/>, if any, is left as it was and the temporary file is deleted.
    /// </summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="path">The file to write or replace.</param>
    /// <param name="options">The options, or null for <see cref="DossierJsonOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank or names a folder.</exception>
    /// <exception cref="InvalidOperationException">The dossier holds a host type that <paramref name="options"/> does not register.</exception>
    /// <exception cref="IOException">The file cannot be written or replaced, for example when the disk is full.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the file may not be written.</exception>
    public static void WriteFile(Dossier dossier, string path, DossierJsonOptions? options = null)
    {
        Preconditions.CheckNotNull(dossier);
        AtomicFile.Write(path, stream => Write(dossier, stream, options));
    }

    /// <summary>
    /// Writes a dossier to a file atomically without blocking on output: the document goes to a
    /// temporary file in the same folder, which then replaces <paramref name="path"/> in one rename.
    /// If writing fails or is cancelled before the rename, the previous file at <paramref name="path"/>,
    /// if any, is left as it was and the temporary file is deleted.
    /// </summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="path">The file to write or replace.</param>
    /// <param name="options">The options, or null for <see cref="DossierJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank or names a folder.</exception>
    /// <exception cref="InvalidOperationException">The dossier holds a host type that <paramref name="options"/> does not register.</exception>
    /// <exception cref="IOException">The file cannot be written or replaced, for example when the disk is full.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the file may not be written.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled; the previous file is unchanged.</exception>
    public static Task WriteFileAsync(Dossier dossier, string path, DossierJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(dossier);
        return AtomicFile.WriteAsync(path, (stream, token) => WriteAsync(dossier, stream, options, token), cancellationToken);
    }

    /// <summary>Writes a dossier to a buffer.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="buffer">The buffer to write the UTF-8 document to.</param>
    /// <param name="options">The options, or null for <see cref="DossierJsonOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The dossier holds a host type that <paramref name="options"/> does not register.</exception>
    public static void Write(Dossier dossier, IBufferWriter<byte> buffer, DossierJsonOptions? options = null)
    {
        Preconditions.CheckNotNull(buffer);
        var o = Use(options);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions(o));
        JsonDossierWriter.Write(writer, Preconditions.CheckNotNull(dossier), o);
    }

    /// <summary>
    /// The whole document read from a stream, in one array: of the stream's remaining length when it
    /// can tell it (one read into an array of the right size, nothing copied), otherwise doubled as
    /// it fills. Reading stops as soon as the document goes past <see cref="DossierJsonOptions.MaxDocumentBytes"/>.
    /// </summary>
    private sealed class DocumentBuffer
    {
        private const int UnknownLengthStart = 1 << 16;

        private readonly int max;
        private byte[] bytes;
        private int length;

        internal DocumentBuffer(Stream stream, DossierJsonOptions options)
        {
            max = options.MaxDocumentBytes;
            long start = UnknownLengthStart;
            if (stream.CanSeek)
            {
                // One byte more than announced, so that the read that finds the end has room and the
                // array does not grow for it.
                start = Math.Max(stream.Length - stream.Position, 0) + 1;
            }
            bytes = GC.AllocateUninitializedArray<byte>((int)Math.Min(start, Limit));
        }

        /// <summary>Gets the document read so far.</summary>
        internal ReadOnlyMemory<byte> Document => bytes.AsMemory(0, length);

        /// <summary>The most bytes kept: one past the limit, to know that the document goes past it.</summary>
        private long Limit => Math.Min((long)max + 1, Array.MaxLength);

        /// <summary>Gets room for the next read, growing the array when it is full.</summary>
        internal Span<byte> Free() => FreeMemory().Span;

        /// <summary>Gets room for the next read, growing the array when it is full.</summary>
        internal Memory<byte> FreeMemory()
        {
            if (length == bytes.Length)
            {
                long size = Math.Min(Math.Max(2L * bytes.Length, UnknownLengthStart), Limit);
                if (size <= length)
                {
                    throw TooLong();
                }
                var larger = GC.AllocateUninitializedArray<byte>((int)size);
                bytes.AsSpan(0, length).CopyTo(larger);
                bytes = larger;
            }
            return bytes.AsMemory(length);
        }

        /// <summary>Counts the bytes a read put in the room given.</summary>
        internal void Advance(int count)
        {
            // Text that is not UTF-8 (or no text at all) is told from its first bytes, not after the whole stream is read.
            if (length < 4 && length + count >= 4 && JsonDossierReader.NotUtf8(bytes.AsSpan(0, length + count)) is { } what)
            {
                throw JsonDossierReader.NotUtf8Error(what, 1);
            }
            length += count;
            if (length > max)
            {
                throw TooLong();
            }
        }

        private DossierFormatException TooLong() => new(string.Format(System.Globalization.CultureInfo.InvariantCulture,
            "The document is longer than {0} bytes, the limit set by DossierJsonOptions.MaxDocumentBytes; reading stopped there.", max));
    }

    internal static DossierJsonOptions Use(DossierJsonOptions? options) => (options ?? DossierJsonOptions.Default).Freeze();

    internal static JsonWriterOptions WriterOptions(DossierJsonOptions options) => new()
    {
        Indented = options.WriteIndented,
        // Names and quotes in Arabic, French and other scripts stay readable; the document is UTF-8.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };
}
