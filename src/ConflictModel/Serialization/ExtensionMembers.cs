using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace ConflictModel.Serialization;

/// <summary>
/// The members of an object that the format does not define, gathered as a reader meets them: strings as their text, other
/// values as JSON. An object whose members are all strings gives a set of texts (<see cref="ExtensionData.FromStrings"/>),
/// which holds each as a string rather than a JSON value of its own.
/// </summary>
internal sealed class ExtensionMembers
{
    private readonly List<string> keys = [];
    private readonly List<string?> texts = [];
    private readonly List<JsonElement> values = [];
    private bool allTexts = true;

    /// <summary>Adds a member whose value is a JSON string.</summary>
    public void Add(string key, string text)
    {
        keys.Add(key);
        texts.Add(text);
        values.Add(default);
    }

    /// <summary>Adds a member whose value is another JSON value.</summary>
    public void Add(string key, JsonElement value)
    {
        keys.Add(key);
        texts.Add(null);
        values.Add(value);
        allTexts = false;
    }

    /// <summary>The extension data of the members, with the checks of <see cref="ExtensionData"/>.</summary>
    /// <param name="sharedKeys">
    /// The keys of the last set of texts made, whose array is taken again when the members have the same keys (rows written
    /// from one file do), so that the sets share it and its index; replaced by this set's keys.
    /// </param>
    /// <exception cref="System.ArgumentException">A key is blank or given twice.</exception>
    public ExtensionData Build(ref string[]? sharedKeys)
    {
        if (allTexts)
        {
            if (!SameKeys(sharedKeys))
            {
                sharedKeys = [.. keys];
            }
            return ExtensionData.FromStrings(ImmutableCollectionsMarshal.AsImmutableArray(sharedKeys),
                ImmutableCollectionsMarshal.AsImmutableArray(texts.ToArray())!);
        }
        // Strings among other values become JSON values again, all in one document.
        var strings = ExtensionData.JsonStrings(texts.OfType<string>());
        var members = new KeyValuePair<string, JsonElement>[keys.Count];
        for (int i = 0, s = 0; i < members.Length; i++)
        {
            members[i] = new(keys[i], texts[i] is null ? values[i] : strings[s++]);
        }
        return ExtensionData.From(members);
    }

    private bool SameKeys(string[]? other)
    {
        if (other is null || other.Length != keys.Count)
        {
            return false;
        }
        for (int i = 0; i < other.Length; i++)
        {
            if (!string.Equals(other[i], keys[i], System.StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }
}
