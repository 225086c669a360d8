using System.Globalization;

namespace ConflictModel.Validation.Rules;

/// <summary>CM7003: a figure whose value states a number that is not whole.</summary>
/// <remarks>
/// The numbers checked are those the value states (<see cref="FigureSite.StatedNumbers"/>), not the
/// numbers derived from them: the midpoint of a range of 1 to 2, or the ten per cent either side of
/// an approximate count, may well be fractional.
/// </remarks>
internal sealed class FractionalCountRule : PassRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.FractionalCount;

    internal override PassItems Items => PassItems.Figures;

    internal override void CheckFigure(ValidationContext context, in FigureSite site)
    {
        System.Span<decimal> stated = stackalloc decimal[3];
        int count = FigureSite.CopyStatedNumbers(site.Figure.Value, stated);
        for (int k = 0; k < count; k++)
        {
            decimal number = stated[k];
            if (number == decimal.Truncate(number))
            {
                continue;
            }
            context.Report(Descriptor, DossierPaths.Property(site.Path, "value"),
                string.Format(CultureInfo.InvariantCulture,
                    "The figure counts {0}, but its value {1} holds {2}, which is not a whole number; people are counted in whole numbers. "
                    + "Give the count as the source did, checking for a decimal comma misread (\"1,5 million\" is 1500000).",
                    site.Figure.Kind, site.Figure.Value, number),
                [site.OwnerId], number.ToString(CultureInfo.InvariantCulture));
            break;
        }
    }
}
