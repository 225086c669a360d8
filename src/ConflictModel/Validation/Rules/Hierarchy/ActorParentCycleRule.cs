namespace ConflictModel.Validation.Rules;

/// <summary>CM3002: following <see cref="Actor.Parent"/> comes back to the actor.</summary>
internal sealed class ActorParentCycleRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.ActorParentCycle;

    public override void Check(ValidationContext context) =>
        ParentCycles.Report(context, Descriptor, DossierPaths.Actors, context.Dossier.Actors,
            a => a.Id.Value, a => a.Parent?.Value, "parent",
            "An actor's parent is the larger organisation it is part of (a brigade ▸ its army); remove or correct one parent in the cycle.");
}
