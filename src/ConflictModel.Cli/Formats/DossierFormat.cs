using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Validation;

namespace ConflictModel.Cli.Formats;

/// <summary>
/// Reads a dossier from a stream (left open), with the problems of an import that skips what it cannot read. The encoding,
/// when given, is that of a text file without a byte-order mark (the CSV formats; JSON is always UTF-8).
/// </summary>
internal delegate Task<ImportOutcome> DossierReader(Stream input, Encoding? encoding, CancellationToken cancellationToken);

/// <summary>Writes a dossier to a stream (flushed, left open), with notes on what the format could not hold.</summary>
internal delegate Task<ExportOutcome> DossierWriter(Dossier dossier, Stream output, CancellationToken cancellationToken);

/// <summary>One format the tool converts from, to, or both: an entry of <see cref="DossierFormats.All"/>.</summary>
/// <param name="Name">The name given to <c>--from</c> and <c>--to</c>.</param>
/// <param name="Extension">The file extension (with its dot) that selects this format without <c>--from</c>/<c>--to</c>, or null when
/// the extension is ambiguous (<c>.csv</c> is ACLED or UCDP).</param>
/// <param name="Read">The reader, or null when the tool cannot read this format.</param>
/// <param name="Write">The writer, or null when the tool cannot write this format.</param>
/// <param name="TakesEncoding">True for a text format whose encoding <c>--encoding</c> may name.</param>
internal sealed record DossierFormat(string Name, string? Extension, DossierReader? Read, DossierWriter? Write, bool TakesEncoding = false)
{
    public override string ToString() => Name;
}

/// <summary>What a reader produced: the dossier, the problems of rows it skipped, and a summary such as row counts.</summary>
internal sealed record ImportOutcome(Dossier Dossier, IReadOnlyList<Diagnostic> Problems, string? Summary)
{
    public static ImportOutcome Of(Dossier dossier) => new(dossier, [], null);
}

/// <summary>What a writer left out, in sentences for the user; empty when it wrote everything.</summary>
internal sealed record ExportOutcome(IReadOnlyList<string> Notes)
{
    public static ExportOutcome Complete { get; } = new([]);
}
