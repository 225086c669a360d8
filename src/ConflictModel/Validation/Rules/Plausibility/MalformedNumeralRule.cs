using System.Globalization;
using System.Linq;

namespace ConflictModel.Validation.Rules;

/// <summary>
/// CM7001: the words of a figure hold a numeral that <see cref="NumeralParser"/> reports as
/// ambiguous or invalid.
/// </summary>
/// <remarks>
/// Numerals are found with <see cref="NumeralScanner"/> and read in the figure's style (see
/// <see cref="FigureSite.Style"/>): "quelque 120.00 personnes" is reported, with the parser's reason
/// and candidate readings; "plus de 330.000 morts" is not.
/// </remarks>
internal sealed class MalformedNumeralRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.MalformedNumeral;

    public override void Check(ValidationContext context)
    {
        var figures = context.FigureReadings;
        for (int s = 0; s < figures.Count; s++)
        {
            var (site, text, start, count) = figures[s];
            for (int n = start; n < start + count; n++)
            {
                var (numeral, result) = figures.Numeral(n);
                if (result.IsParsed)
                {
                    continue;
                }
                string readings = result.Outcome == NumeralParseOutcome.Ambiguous
                    ? string.Format(CultureInfo.InvariantCulture, "It may be {0}; the figure's value is {1}. ",
                        string.Join(" or ", result.Candidates.Select(c => c.ToString(CultureInfo.InvariantCulture))), site.Figure.Value)
                    : string.Format(CultureInfo.InvariantCulture, "The figure's value is {0}. ", site.Figure.Value);
                context.Report(Descriptor, DossierPaths.Property(site.Path, "text"),
                    string.Format(CultureInfo.InvariantCulture,
                        "The words of the figure, \"{0}\", hold the numeral \"{1}\", which is {2} in {3} style: {4}. {5}"
                        + "Check the number against another report or the source, make sure the value holds the reading you chose, "
                        + "and keep the words as printed.",
                        text, numeral, result.Outcome == NumeralParseOutcome.Ambiguous ? "ambiguous" : "not a well-formed numeral",
                        site.Style, result.Reason, readings),
                    [site.OwnerId], numeral);
            }
        }
    }
}
