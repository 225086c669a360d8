using System.Collections.Generic;

namespace ConflictModel.Validation.Rules;

/// <summary>CM5001: an event that no claim supports (<see cref="Dossier.ClaimsSupporting"/> is empty).</summary>
internal sealed class EventWithoutClaimRule : PassRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.EventWithoutClaim;

    internal override PassItems Items => PassItems.Events;

    internal override void CheckEvent(ValidationContext context, int i, ConflictEvent ev)
    {
        var dossier = context.Dossier;
        var claims = context.EventClaims;
        if (AnySupporting(dossier, claims.About(i)))
        {
            return;
        }
        // A claim both listed and referring comes twice from the index.
        var distinct = new HashSet<int>();
        foreach (int position in claims.About(i))
        {
            distinct.Add(position);
        }
        int about = distinct.Count;
        string found = about switch
        {
            0 => "no claim lists it or refers to it",
            1 => "the only claim about it denies it, or speaks of the future or of a hypothesis",
            _ => $"the {about} claims about it only deny it, or speak of the future or of a hypothesis",
        };
        context.Report(Descriptor, DossierPaths.Property(DossierPaths.Item(DossierPaths.Events, i), "claims"),
            $"Nothing in the dossier says who reported the event \"{ev.Id}\": {found}. " +
            "Add a claim that asserts it (an EventAssertion with the source that reported it) and list it in the event's claims.",
            [ev.Id.Value]);
    }

    private static bool AnySupporting(Dossier dossier, EventClaimIndex.Claims claims)
    {
        foreach (int position in claims)
        {
            var claim = dossier.Claims[position];
            if (claim.IsFactual && !claim.IsNegative)
            {
                return true;
            }
        }
        return false;
    }
}
