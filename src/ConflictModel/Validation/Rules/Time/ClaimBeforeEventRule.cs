namespace ConflictModel.Validation.Rules;

/// <summary>CM4002: a claim of fact stated before the event it asserts began.</summary>
internal sealed class ClaimBeforeEventRule : PassRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.ClaimBeforeEvent;

    internal override PassItems Items => PassItems.Claims;

    internal override void CheckClaim(ValidationContext context, int i, Claim claim)
    {
        var dossier = context.Dossier;
        if (!claim.IsFactual || claim.Attribution.StatedOn is not { } stated
            || context.Resolved.EventOf(i) is not (>= 0 and var at) || dossier.Events[at] is not { } ev
            || stated.End >= ev.Date.Start)
        {
            return;
        }
        context.Report(Descriptor, DossierPaths.Property(DossierPaths.Property(DossierPaths.Item(DossierPaths.Claims, i), "attribution"), "statedOn"),
            $"The claim \"{claim.Id}\" was stated {TimeText.Until(stated)}, but it {(claim.IsNegative ? "denies" : "asserts")} " +
            $"the event \"{ev.Id}\", which took place {TimeText.From(ev.Date)}, as a claim of fact (modality {claim.Modality}); a source cannot speak of a fact before it happens. " +
            "Correct the date of the statement or of the event, or give the claim the modality Future or Hypothetical if the source spoke of what might come.",
            [claim.Id.Value, ev.Id.Value], stated.ToString());
    }
}
