using System.Collections.Generic;

namespace ConflictModel.Validation.Rules;

/// <summary>CM1012: a date known to a range of days that starts after it ends.</summary>
internal sealed class DateRangeReversedRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.DateRangeReversed;

    public override void Check(ValidationContext context)
    {
        var d = context.Dossier;
        for (int i = 0; i < d.Events.Count; i++)
        {
            var ev = d.Events[i];
            var path = DossierPaths.Item(DossierPaths.Events, i);
            Check(context, ev.Date, path + ".date", ev.Id.Value);
            for (int f = 0; f < ev.Figures.Count; f++)
            {
                Check(context, ev.Figures[f].AsOf, DossierPaths.Element(path, "figures", f) + ".asOf", ev.Id.Value);
            }
        }
        for (int i = 0; i < d.Claims.Count; i++)
        {
            var claim = d.Claims[i];
            var path = DossierPaths.Item(DossierPaths.Claims, i);
            Check(context, claim.Attribution.StatedOn, path + ".attribution.statedOn", claim.Id.Value);
            switch (claim.Assertion)
            {
                case ControlAssertion a:
                    Check(context, a.AsOf, path + ".assertion.asOf", claim.Id.Value);
                    break;
                case ControlChangeAssertion a:
                    Check(context, a.When, path + ".assertion.when", claim.Id.Value);
                    break;
                case FigureAssertion a:
                    Check(context, a.Figure.AsOf, path + ".assertion.figure.asOf", claim.Id.Value);
                    break;
            }
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
