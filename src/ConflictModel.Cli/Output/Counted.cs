using System.Globalization;

namespace ConflictModel.Cli.Output;

/// <summary>Counts as a person writes them: "1 row", "2 rows", "0 rows".</summary>
internal static class Counted
{
    internal static string Of(int count, string one, string many) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
}
