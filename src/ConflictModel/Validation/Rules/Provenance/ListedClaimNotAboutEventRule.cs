namespace ConflictModel.Validation.Rules;

/// <summary>CM5008: an event that lists a claim whose assertion does not refer to it.</summary>
internal sealed class ListedClaimNotAboutEventRule : PassRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.ListedClaimNotAboutEvent;

    internal override PassItems Items => PassItems.Events;

    internal override void CheckEvent(ValidationContext context, int i, ConflictEvent ev)
    {
        var dossier = context.Dossier;
        var listed = context.Resolved.Listed(i);
        for (int c = 0; c < listed.Length; c++)
        {
            if (listed[c] < 0 || dossier.Claims[listed[c]] is var claim && RefersTo(claim.Assertion, ev.Id))
            {
                continue;
            }
            context.Report(Descriptor, DossierPaths.Element(DossierPaths.Item(DossierPaths.Events, i), "claims", c),
                $"The event \"{ev.Id}\" lists the claim \"{claim.Id}\", but that claim asserts \"{claim.Assertion}\", which does not refer to \"{ev.Id}\". " +
                $"Remove the claim from the event's list, or give it an assertion about the event (an EventAssertion, or a participation, control change or figure with event \"{ev.Id}\").",
                [ev.Id.Value, claim.Id.Value], claim.Id.Value);
        }
    }

    private static bool RefersTo(ClaimAssertion assertion, EventId @event)
    {
        // The built-in assertions name at most one event: read it without making their lists of references.
        switch (assertion)
        {
            case EventAssertion a: return a.Event == @event;
            case ParticipationAssertion a: return a.Event == @event;
            case ControlChangeAssertion a: return a.Event == @event;
            case FigureAssertion a: return a.Event == @event;
            case ControlAssertion or MembershipAssertion or RelationAssertion or StatementAssertion: return false;
        }
        // A host assertion may give no references, or a null among them.
        foreach (var target in assertion.References ?? [])
        {
            if (target is EventId id && id == @event)
            {
                return true;
            }
        }
        return false;
    }
}
