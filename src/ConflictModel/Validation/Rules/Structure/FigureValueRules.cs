using System.Collections.Generic;
using System.Globalization;

namespace ConflictModel.Validation.Rules;

/// <summary>CM1013: a figure's bounds out of order.</summary>
internal sealed class FigureBoundsOutOfOrderRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.FigureBoundsOutOfOrder;

    public override void Check(ValidationContext context)
    {
        foreach (var (figure, path, id) in FigureSites.All(context.Dossier))
        {
            string? problem = figure.Value switch
            {
                CountRange r when r.Low > r.High => $"the range's low {F(r.Low)} is above its high {F(r.High)}",
                CountEstimate e when !(e.Low <= e.BestEstimate && e.BestEstimate <= e.High) =>
                    $"the estimate {F(e.Low)} / {F(e.BestEstimate)} / {F(e.High)} is not ordered low ≤ best ≤ high",
                _ => null,
            };
            if (problem is not null)
            {
                context.Report(Descriptor, path + ".value", $"In this figure, {problem}; put the bounds in order.", [id], figure.Value.ToString());
            }
        }
    }

    private static string F(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>CM1014: a figure that counts fewer than zero.</summary>
internal sealed class NegativeCountRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.NegativeCount;

    public override void Check(ValidationContext context)
    {
        foreach (var (figure, path, id) in FigureSites.All(context.Dossier))
        {
            var value = figure.Value;
            if (value.Best < 0 || value.Lower < 0 || value.Upper < 0)
            {
                context.Report(Descriptor, path + ".value",
                    $"The figure {value} counts fewer than zero {figure.Kind}; counts are zero or more.", [id], value.ToString());
            }
        }
    }
}

/// <summary>Where figures stand: in events and in figure assertions.</summary>
internal static class FigureSites
{
    internal static IEnumerable<(Figure Figure, string Path, string Id)> All(Dossier dossier)
    {
        for (int i = 0; i < dossier.Events.Count; i++)
        {
            var ev = dossier.Events[i];
            for (int f = 0; f < ev.Figures.Count; f++)
            {
                yield return (ev.Figures[f], DossierPaths.Element(DossierPaths.Item(DossierPaths.Events, i), "figures", f), ev.Id.Value);
            }
        }
        for (int i = 0; i < dossier.Claims.Count; i++)
        {
            if (dossier.Claims[i].Assertion is FigureAssertion assertion)
            {
                yield return (assertion.Figure, DossierPaths.Item(DossierPaths.Claims, i) + ".assertion.figure", dossier.Claims[i].Id.Value);
            }
        }
    }
}
