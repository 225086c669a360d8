using System.Collections.Generic;

namespace ConflictModel.Validation.Rules;

/// <summary>CM1012: a date known to a range of days that starts after it ends.</summary>
internal sealed class DateRangeReversedRule : PassRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.DateRangeReversed;

    internal override PassItems Items => PassItems.Events | PassItems.Claims;

    // Paths are made only for the few dates that are reported.
    internal override void CheckEvent(ValidationContext context, int i, ConflictEvent ev)
    {
        if (ev.Date is { IsOrdered: false })
        {
            Check(context, ev.Date, DossierPaths.Item(DossierPaths.Events, i) + ".date", ev.Id.Value);
        }
        for (int f = 0; f < ev.Figures.Count; f++)
        {
            if (ev.Figures[f].AsOf is { IsOrdered: false })
            {
                Check(context, ev.Figures[f].AsOf, DossierPaths.Element(DossierPaths.Item(DossierPaths.Events, i), "figures", f) + ".asOf", ev.Id.Value);
            }
        }
    }

    internal override void CheckClaim(ValidationContext context, int i, Claim claim)
    {
        if (claim.Attribution.StatedOn is { IsOrdered: false })
        {
            Check(context, claim.Attribution.StatedOn, DossierPaths.Item(DossierPaths.Claims, i) + ".attribution.statedOn", claim.Id.Value);
        }
        switch (claim.Assertion)
        {
            case ControlAssertion { AsOf.IsOrdered: false } a:
                Check(context, a.AsOf, DossierPaths.Item(DossierPaths.Claims, i) + ".assertion.asOf", claim.Id.Value);
                break;
            case ControlChangeAssertion { When.IsOrdered: false } a:
                Check(context, a.When, DossierPaths.Item(DossierPaths.Claims, i) + ".assertion.when", claim.Id.Value);
                break;
            case FigureAssertion { Figure.AsOf.IsOrdered: false } a:
                Check(context, a.Figure.AsOf, DossierPaths.Item(DossierPaths.Claims, i) + ".assertion.figure.asOf", claim.Id.Value);
                break;
        }
    }

    private void Check(ValidationContext context, FuzzyDate? date, string path, string id)
    {
        if (date is { IsOrdered: false } reversed)
        {
            context.Report(Descriptor, path,
                $"The dates {reversed} start after they end; swap them so that the first day comes first.", [id], reversed.ToString());
        }
    }
}
