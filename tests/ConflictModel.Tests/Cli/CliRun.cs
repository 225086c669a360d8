using System.IO;
using System.Text;
using System.Threading.Tasks;
using ConflictModel.Cli;

namespace ConflictModel.Tests.Cli;

/// <summary>What one in-process run of the tool returned and printed.</summary>
internal sealed record CliRun(int ExitCode, byte[] OutBytes, string Error)
{
    public string Out => Encoding.UTF8.GetString(OutBytes);

    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Runs the tool on in-memory standard streams, without a progress bar.</summary>
    public static async Task<CliRun> RunAsync(params string[] args) => await RunWithInputAsync([], args);

    /// <summary>Runs the tool with the given bytes on standard input.</summary>
    public static async Task<CliRun> RunWithInputAsync(byte[] stdin, params string[] args)
    {
        using var input = new MemoryStream(stdin, writable: false);
        using var output = new MemoryStream();
        using var error = new StringWriter { NewLine = "\n" };
        int code = await App.RunAsync(args, new CliConsole(input, output, error, ShowProgress: false));
        return new CliRun(code, output.ToArray(), error.ToString());
    }
}
