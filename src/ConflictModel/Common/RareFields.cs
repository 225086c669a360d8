namespace ConflictModel;

/// <summary>
/// The members of a model object that are almost always absent: an optional value and the
/// extension data. The object holds one reference to an instance of this type, made only when one
/// of them is present, instead of a field for each: 8 bytes or more saved on every object without them.
/// </summary>
/// <typeparam name="T">The optional value.</typeparam>
/// <param name="Value">The optional value, or null.</param>
/// <param name="Extensions">The extension data, never null.</param>
internal sealed record RareFields<T>(T? Value, ExtensionData Extensions)
{
    /// <summary>Gets the fields, or null when the value is null and the extension data empty.</summary>
    /// <param name="value">The optional value.</param>
    /// <param name="extensions">The extension data; null for none.</param>
    /// <returns>The fields, or null.</returns>
    internal static RareFields<T>? Of(T? value, ExtensionData? extensions) =>
        value is null && (extensions is null || extensions.IsEmpty) ? null : new(value, extensions ?? ExtensionData.Empty);
}
