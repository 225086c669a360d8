using System;
using System.IO;
using ConflictModel.Interop;
using ConflictModel.Serialization;
using ConflictModel.Validation;
using SharpFuzz;

namespace ConflictModel.Fuzzing;

/// <summary>
/// Fuzzing entry points for long runs outside CI. Usage:
/// <c>ConflictModel.Fuzzing &lt;json|ndjson|acled-csv&gt; [libfuzzer|afl|replay FILE…]</c>.
/// Each target reads its input as its format and lets escape only what the library does not
/// document: any exception other than the format's own is a finding.
/// </summary>
public static class Program
{
    /// <summary>Runs a target under libFuzzer (the default), AFL, or on given files.</summary>
    /// <param name="args">The target, then the mode, then for replay the files.</param>
    /// <returns>0, or 2 when the arguments are wrong; a finding ends the process with the exception.</returns>
    public static int Main(string[] args)
    {
        if (args.Length == 0 || Target(args[0]) is not { } target)
        {
            Console.Error.WriteLine("usage: ConflictModel.Fuzzing <json|ndjson|acled-csv> [libfuzzer|afl|replay FILE...]");
            return 2;
        }
        string mode = args.Length > 1 ? args[1] : "libfuzzer";
        switch (mode)
        {
            case "libfuzzer":
                Fuzzer.LibFuzzer.Run(span => _ = target(span.ToArray()));
                return 0;
            case "afl":
                Fuzzer.OutOfProcess.Run(stream =>
                {
                    using var buffer = new MemoryStream();
                    stream.CopyTo(buffer);
                    _ = target(buffer.ToArray());
                });
                return 0;
            case "replay" when args.Length > 2:
                foreach (string file in args[2..])
                {
                    // A finding throws from here with its stack trace, as it did under the fuzzer.
                    Console.WriteLine($"{file}: {target(File.ReadAllBytes(file))}");
                }
                return 0;
            default:
                Console.Error.WriteLine($"unknown mode \"{mode}\"; use libfuzzer, afl, or replay FILE...");
                return 2;
        }
    }

    private static Func<byte[], string>? Target(string name) => name switch
    {
        "json" => Json,
        "ndjson" => Ndjson,
        "acled-csv" => AcledCsvImport,
        _ => null,
    };

    private static string Json(byte[] input)
    {
        Dossier dossier;
        try
        {
            dossier = DossierJson.Read(input);
        }
        catch (DossierFormatException ex)
        {
            return Refused(ex);
        }
        Check(dossier);
        // What was read is written back and read again to the same dossier: nothing valid is lost.
        var again = DossierJson.Read(DossierJson.WriteToUtf8Bytes(dossier));
        if (!again.Equals(dossier))
        {
            throw new InvalidOperationException("The dossier read back after writing differs from the one read.");
        }
        return Read(dossier);
    }

    private static string Ndjson(byte[] input)
    {
        Dossier dossier;
        try
        {
            dossier = DossierNdjson.ReadAsync(new MemoryStream(input, writable: false)).GetAwaiter().GetResult();
        }
        catch (DossierFormatException ex)
        {
            return Refused(ex);
        }
        Check(dossier);
        return Read(dossier);
    }

    private static string AcledCsvImport(byte[] input)
    {
        AcledImportResult result;
        try
        {
            result = AcledCsv.Import(new MemoryStream(input, writable: false));
        }
        catch (AcledFormatException ex)
        {
            return Refused(ex);
        }
        Check(result.Dossier);
        using var writer = new StringWriter();
        AcledCsv.Export(result.Dossier, writer);
        return Read(result.Dossier) + $", {result.RowsImported} of {result.RowsRead} rows imported";
    }

    private static string Refused(Exception ex) => "refused: " + ex.GetType().Name + ": " + ex.Message;

    private static string Read(Dossier dossier) => $"read: {dossier}";

    /// <summary>Validation never throws; a rule that fails on a dossier read from input is a finding too.</summary>
    private static void Check(Dossier dossier)
    {
        foreach (var diagnostic in DossierValidator.Default.Validate(dossier).WithCode(DossierValidator.RuleFailed.Code))
        {
            throw new InvalidOperationException("A validation rule failed: " + diagnostic.Message);
        }
    }
}
