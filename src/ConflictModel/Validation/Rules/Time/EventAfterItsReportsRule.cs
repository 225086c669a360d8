namespace ConflictModel.Validation.Rules;

/// <summary>CM4001: an event whose earliest day is after the publication of every report that tells of it.</summary>
internal sealed class EventAfterItsReportsRule : PassRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.EventAfterItsReports;

    internal override PassItems Items => PassItems.Events;

    internal override void CheckEvent(ValidationContext context, int i, ConflictEvent ev)
    {
        var dossier = context.Dossier;
        var claims = context.EventClaims;
        Report? latest = null;
        foreach (int position in claims.About(i))
        {
            if (dossier.Claims[position].IsFactual && context.Resolved.ReportOf(position) is { } report
                && (latest is null || report.PublishedDate > latest.PublishedDate))
            {
                latest = report;
            }
        }
        if (latest is not null && ev.Date.Start > latest.PublishedDate)
        {
            context.Report(Descriptor, DossierPaths.Property(DossierPaths.Item(DossierPaths.Events, i), "date"),
                $"The event \"{ev.Id}\" took place {TimeText.From(ev.Date)}, " +
                $"but the latest report that tells of it, \"{latest.Id}\", was published on {TimeText.Of(latest.PublishedDate)}; " +
                "a report cannot tell of an event before it happens. Correct the event's date (resolve a relative day such as \"jeudi\" " +
                "against the report's date, into the past) or the report's publication date.",
                [ev.Id.Value, latest.Id.Value], ev.Date.ToString());
        }
    }
}
