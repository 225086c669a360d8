using System.CommandLine;
using System.CommandLine.Parsing;

namespace ConflictModel.Cli.Commands;

/// <summary>
/// Keeps a file argument from swallowing a mistyped option: the parser hands <c>--bogus</c> to an argument that takes any
/// number of paths, which would then be reported as a missing file instead of an unknown option.
/// </summary>
internal static class UnknownOptions
{
    public static void Reject<T>(Argument<T> argument) => argument.Validators.Add(Check);

    private static void Check(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (token.Value.Length > 1 && token.Value[0] == '-')
            {
                result.AddError($"Unrecognized option '{token.Value}'; a file whose name starts with '-' can be given as ./{token.Value}.");
            }
        }
    }
}
