using System.Globalization;

namespace ConflictModel.Validation.Rules;

/// <summary>CM6003: two claims of fact give figures for the same count that cannot both be true.</summary>
/// <remarks>
/// The pairs come from <see cref="Dossier.Contradictions"/>, kept when both claims assert a figure;
/// a claim that denies a figure is reported by CM6004 instead. The diagnostic stands at the second
/// claim's figure.
/// </remarks>
internal sealed class ContradictoryFiguresRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.ContradictoryFigures;

    public override void Check(ValidationContext context)
    {
        foreach (var (a, b, j, contradiction, sites) in ContradictionSites.Pairs(context, betweenFigures: true))
        {
            var fa = (FigureAssertion)a.Assertion;
            var fb = (FigureAssertion)b.Assertion;
            string subject = fa.Figure.Kind.ToString()
                + (fa.Event is { } ev ? $" in event \"{ev}\"" : string.Empty)
                + (fa.Place is { } place ? $" at \"{place}\"" : string.Empty);
            context.Report(Descriptor, DossierPaths.Item(DossierPaths.Claims, j) + ".assertion.figure",
                string.Format(CultureInfo.InvariantCulture,
                    "Claims \"{0}\" ({1}) and \"{2}\" ({3}) count the same thing ({4}) with figures that cannot both be true: {5}{6} and {7}{8}. "
                    + "Check both against their reports; if both stand as reported, keep them as attributed claims and grade their credibility, "
                    + "or give each figure the dates it covers if they count different periods.",
                    a.Id, sites.NameOf(a.Source), b.Id, sites.NameOf(b.Source), subject,
                    fa.Figure.Value, Words(fa.Figure), fb.Figure.Value, Words(fb.Figure)),
                ContradictionSites.IdsOf(a, b), fb.Figure.Value.ToString());
        }
    }

    private static string Words(Figure figure) => figure.Text is { } text ? $" (\"{text}\")" : string.Empty;
}
