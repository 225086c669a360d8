using System.Globalization;

namespace ConflictModel;

/// <summary>Counts as a person writes them: "1 warning", "2 warnings", "0 errors".</summary>
internal static class Counted
{
    internal static string Of(int count, string one, string many) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
}
