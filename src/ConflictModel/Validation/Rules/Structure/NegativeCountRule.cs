using System.Collections.Generic;
using System.Globalization;

namespace ConflictModel.Validation.Rules;

/// <summary>CM1014: a figure that counts fewer than zero.</summary>
internal sealed class NegativeCountRule : PassRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.NegativeCount;

    /// <summary>
    /// Whether the best value or a bound is below zero. For the library's own values this is whether a number they
    /// state is below zero (a range's midpoint and an approximate count's bounds have the signs of the numbers they
    /// come from), which spares the decimal arithmetic of <see cref="FigureValue.Best"/> and the bounds.
    /// </summary>
    internal static bool IsNegative(FigureValue value) => value switch
    {
        ExactCount e => e.Value < 0,
        AtLeastCount a => a.Minimum < 0,
        AtMostCount m => m.Maximum < 0,
        ApproximateCount a => a.Value < 0,
        CountRange r => r.Low < 0 || r.High < 0,
        CountEstimate e => e.Low < 0 || e.BestEstimate < 0 || e.High < 0,
        _ => value.Best < 0 || value.Lower < 0 || value.Upper < 0,
    };

    internal override PassItems Items => PassItems.Figures;

    internal override void CheckFigure(ValidationContext context, in FigureSite site)
    {
        var figure = site.Figure;
        var value = figure.Value;
        if (IsNegative(value))
        {
            context.Report(Descriptor, site.Path + ".value",
                $"The figure {value} counts fewer than zero {figure.Kind}; counts are zero or more.", [site.OwnerId], value.ToString());
        }
    }
}
