using System;

namespace ConflictModel.Validation;

/// <summary>A rule made of a descriptor and a callback: the lightweight form a host uses for a one-off check.</summary>
internal sealed class DelegateRule(DiagnosticDescriptor descriptor, Action<ValidationContext> check) : DossierRule
{
    public override DiagnosticDescriptor Descriptor { get; } = descriptor;

    public override void Check(ValidationContext context) => check(context);
}
