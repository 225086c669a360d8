using System;
using System.Collections.Generic;
using System.Linq;

namespace ConflictModel.Interop;

/// <summary>
/// Names of closed enumerations in GeoJSON properties, the same as in the dossier document format
/// (lower case, words joined by hyphens) so that a map and a dossier file agree.
/// </summary>
internal static class GeoJsonNames
{
    internal static string Of<T>(T value)
        where T : struct, Enum => Names<T>.ByValue.TryGetValue(value, out var name) ? name : value.ToString();

    private static class Names<T>
        where T : struct, Enum
    {
        internal static readonly Dictionary<T, string> ByValue = Enum.GetValues<T>().ToDictionary(v => v, v => Kebab(v.ToString()));
    }

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));
}
