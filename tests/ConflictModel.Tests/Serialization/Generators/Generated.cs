using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace ConflictModel.Tests.Serialization.Generators;

/// <summary>
/// Runs a property over generated values from a fixed seed, so that a run in CI sees the same
/// values as the run on a developer's machine; a failure names the seed and the failing value.
/// </summary>
internal static class Generated
{
    internal const ulong Seed = 0x5EED_C0DE_2017_1109;

    internal static void ForAll<T>(Gen<T> generator, Action<T> property, int maxTest = 100, ulong seed = Seed)
    {
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(maxTest)
            .WithEndSize(80)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, 0x9E37_79B9_7F4A_7C15), FSharpOption<int>.None)));
        FsCheck.Check.One(config, Prop.ForAll(generator.ToArbitrary(), property));
    }
}

/// <summary>A generated dossier that prints as its document, so that a failing case can be read and replayed.</summary>
internal sealed record DossierSample(Dossier Dossier)
{
    public override string ToString()
    {
        try
        {
            return ConflictModel.Serialization.DossierJson.Write(Dossier, DossierGen.HostOptions());
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            return Dossier + " (cannot be written: " + ex.Message + ")";
        }
    }
}
