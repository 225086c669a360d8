using System.IO;
using System.Threading.Tasks;
using ConflictModel.Serialization;
using ConflictModel.Tests.Interop;
using ConflictModel.Tests.Serialization;
using NodaTime;

namespace ConflictModel.Tests.Cli;

/// <summary>
/// The files the tool's tests run on, written once into a folder of their own: the Boukamal dispatch as JSON and NDJSON, a
/// dossier with errors, the ACLED sample, and broken files.
/// </summary>
public sealed class CliFixture : IDisposable
{
    public CliFixture()
    {
        Folder = Directory.CreateTempSubdirectory("conflictmodel-cli-").FullName;
        Boukamal = ConflictModel.Samples.BoukamalDispatch.Build();
        BoukamalJson = Write("boukamal.json", DossierJson.WriteToUtf8Bytes(Boukamal));
        using (var ndjson = new MemoryStream())
        {
            DossierNdjson.WriteAsync(Boukamal, ndjson).GetAwaiter().GetResult();
            BoukamalNdjson = Write("boukamal.ndjson", ndjson.ToArray());
        }
        var broken = new DossierBuilder();
        broken.Add(new ConflictEvent(new EventId("clash"), EventType.Battles, FuzzyDate.OnDay(new LocalDate(2017, 11, 9)), new PlaceId("nowhere")));
        WithErrors = Write("with-errors.json", DossierJson.WriteToUtf8Bytes(broken.Build()));
        AcledSample = AcledCsvFixture.SamplePath;
        NotJson = Write("not-json.json", "this is not JSON\n"u8.ToArray());
        Empty = Write("empty.json", []);
        Missing = Path.Combine(Folder, "missing.json");
        Directory.CreateDirectory(Path.Combine(Folder, "a-directory.json"));
        ADirectory = Path.Combine(Folder, "a-directory.json");
        SchemaFile = DocumentSchema.RepositoryFile(DocumentSchema.SchemaPath);
    }

    public string Folder { get; }

    public Dossier Boukamal { get; }

    public string BoukamalJson { get; }

    public string BoukamalNdjson { get; }

    /// <summary>A dossier whose only event refers to a place that does not exist: an error.</summary>
    public string WithErrors { get; }

    public string AcledSample { get; }

    public string NotJson { get; }

    public string Empty { get; }

    public string Missing { get; }

    public string ADirectory { get; }

    public string SchemaFile { get; }

    /// <summary>A new empty folder inside the fixture's, for the files one test writes.</summary>
    public string NewFolder()
    {
        string path = Path.Combine(Folder, "out-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    public string Write(string name, byte[] content)
    {
        string path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
