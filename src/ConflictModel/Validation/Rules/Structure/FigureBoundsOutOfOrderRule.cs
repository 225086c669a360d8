using System.Collections.Generic;
using System.Globalization;

namespace ConflictModel.Validation.Rules;

/// <summary>CM1013: a figure's bounds out of order.</summary>
internal sealed class FigureBoundsOutOfOrderRule : PassRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.FigureBoundsOutOfOrder;

    internal override PassItems Items => PassItems.Figures;

    internal override void CheckFigure(ValidationContext context, in FigureSite site)
    {
        var figure = site.Figure;
        string? problem = figure.Value switch
        {
            CountRange r when r.Low > r.High => $"the range's low {F(r.Low)} is above its high {F(r.High)}",
            CountEstimate e when !(e.Low <= e.BestEstimate && e.BestEstimate <= e.High) =>
                $"the estimate {F(e.Low)} / {F(e.BestEstimate)} / {F(e.High)} is not ordered low ≤ best ≤ high",
            _ => null,
        };
        if (problem is not null)
        {
            context.Report(Descriptor, site.Path + ".value", $"In this figure, {problem}; put the bounds in order.", [site.OwnerId], figure.Value.ToString());
        }
    }

    private static string F(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
