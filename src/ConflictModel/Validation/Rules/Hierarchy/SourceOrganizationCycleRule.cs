namespace ConflictModel.Validation.Rules;

/// <summary>CM3003: following <see cref="Source.Organization"/> comes back to the source.</summary>
internal sealed class SourceOrganizationCycleRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.SourceOrganizationCycle;

    public override void Check(ValidationContext context) =>
        ParentCycles.Report(context, Descriptor, DossierPaths.Sources, context.Dossier.Sources,
            s => s.Id.Value, s => s.Organization?.Value, "organization",
            "A source's organization is the body it speaks for or works for (a correspondent ▸ AFP), and the chain must end at a source with none; remove or correct one organization in the cycle.");
}
