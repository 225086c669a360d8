using System.Collections.Generic;

namespace ConflictModel.Validation.Rules;

/// <summary>CM1011: a membership's or relation's validity that starts after it ends.</summary>
internal sealed class ValidityIntervalReversedRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.ValidityIntervalReversed;

    public override void Check(ValidationContext context)
    {
        var d = context.Dossier;
        for (int i = 0; i < d.Alliances.Count; i++)
        {
            var alliance = d.Alliances[i];
            for (int m = 0; m < alliance.Memberships.Count; m++)
            {
                Check(context, alliance.Memberships[m].Validity,
                    DossierPaths.Element(DossierPaths.Item(DossierPaths.Alliances, i), "memberships", m) + ".validity",
                    [alliance.Id.Value, alliance.Memberships[m].Actor.Value]);
            }
        }
        for (int i = 0; i < d.Relations.Count; i++)
        {
            Check(context, d.Relations[i].Validity, DossierPaths.Item(DossierPaths.Relations, i) + ".validity", [d.Relations[i].Id.Value]);
        }
    }

    private void Check(ValidationContext context, ValidityInterval validity, string path, IReadOnlyList<string> ids)
    {
        if (!validity.IsOrdered)
        {
            context.Report(Descriptor, path,
                $"The validity {validity} starts after it ends; swap the dates, or leave an end open if it is unknown.", ids, validity.ToString());
        }
    }
}

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
