using System;
using System.Collections.Generic;
using System.Linq;

namespace ConflictModel.Serialization;

/// <summary>The names of closed enumerations in the document format: lower case, words joined by hyphens.</summary>
internal static class JsonEnums
{
    internal static string Name<T>(T value)
        where T : struct, Enum => Names<T>.ByValue[value];

    internal static bool TryParse<T>(string text, out T value)
        where T : struct, Enum => Names<T>.ByName.TryGetValue(text, out value);

    internal static IEnumerable<string> All<T>()
        where T : struct, Enum => Names<T>.ByName.Keys;

    private static class Names<T>
        where T : struct, Enum
    {
        internal static readonly Dictionary<T, string> ByValue = Enum.GetValues<T>().ToDictionary(v => v, v => Kebab(v.ToString()));
        internal static readonly Dictionary<string, T> ByName = ByValue.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));
}
