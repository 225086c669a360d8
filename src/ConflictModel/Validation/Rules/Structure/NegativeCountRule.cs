using System.Collections.Generic;
using System.Globalization;

namespace ConflictModel.Validation.Rules;

/// <summary>CM1014: a figure that counts fewer than zero.</summary>
internal sealed class NegativeCountRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.NegativeCount;

    public override void Check(ValidationContext context)
    {
        foreach (var site in FigureSite.All(context.Dossier))
        {
            var figure = site.Figure;
            var value = figure.Value;
            if (value.Best < 0 || value.Lower < 0 || value.Upper < 0)
            {
                context.Report(Descriptor, site.Path + ".value",
                    $"The figure {value} counts fewer than zero {figure.Kind}; counts are zero or more.", [site.OwnerId], value.ToString());
            }
        }
    }
}
