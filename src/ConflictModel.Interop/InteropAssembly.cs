namespace ConflictModel.Interop;

/// <summary>Identifies the interop package; its readers and writers live beside this type.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class InteropAssembly
{
    /// <summary>The name of the package.</summary>
    public const string PackageId = "ConflictModel.Interop";
}
