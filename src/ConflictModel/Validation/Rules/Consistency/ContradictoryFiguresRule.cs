using System.Collections.Generic;
using System.Globalization;

namespace ConflictModel.Validation.Rules;

/// <summary>CM6003: claims of fact give figures for the same count that cannot all be true.</summary>
/// <remarks>
/// One diagnostic per count (kind, event and place) on which asserted figures disagree, listing
/// the figures involved with the claims that give each, the figure most claims give first (see
/// <see cref="Disagreements"/>). A claim that denies a figure is reported by CM6004 instead. The
/// diagnostic stands at the first claim of the second figure listed: the first that departs from
/// the figure most claims give.
/// </remarks>
internal sealed class ContradictoryFiguresRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.ContradictoryFigures;

    public override void Check(ValidationContext context)
    {
        var disagreements = context.Disagreements;
        foreach (var (subject, involved) in disagreements.Figures)
        {
            var ordered = Disagreements.Ordered(involved);
            var first = (FigureAssertion)ordered[0].First.Assertion;
            var departing = ordered[1];
            var (claims, sources) = Disagreements.Count(subject, involved);
            string counted = first.Figure.Kind.ToString()
                + (first.Figure.Subject is { } counts ? $" ({counts})" : string.Empty)
                + (first.Figure.Period is { } period ? $" over {period}" : string.Empty)
                + (first.Event is { } ev ? $" in event \"{ev}\"" : string.Empty)
                + (first.Place is { } place ? $" at \"{place}\"" : string.Empty);
            var ids = new List<string>();
            string sides = disagreements.Describe(subject, ordered, Says, ids);
            var departingFigure = ((FigureAssertion)departing.First.Assertion).Figure;
            context.Report(Descriptor, DossierPaths.Item(DossierPaths.Claims, departing.Positions[0]) + ".assertion.figure",
                string.Format(CultureInfo.InvariantCulture,
                    "{0} claims from {1} {2} count the same thing ({3}) with {4} figures that cannot all be true: {5}. "
                    + "Check them against their reports; if they stand as reported, keep them as attributed claims and grade their credibility, "
                    + "or give each figure the dates it covers if they count different periods.",
                    claims, sources, sources == 1 ? "source" : "sources", counted, involved.Count, sides),
                ids, departingFigure.Value.ToString());
        }
    }

    private static string Says(ClaimSides.Side side)
    {
        var figure = ((FigureAssertion)side.First.Assertion).Figure;
        string verb = side.Positions.Count == 1 ? "says" : "say";
        string words = figure.Text is { } text ? $" (\"{text}\")" : string.Empty;
        string asOf = figure.AsOf is { } date ? $" as of {date}" : string.Empty;
        return $"{verb} {figure.Value}{words}{asOf}";
    }
}
