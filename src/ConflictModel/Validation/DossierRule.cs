namespace ConflictModel.Validation;

/// <summary>
/// A validation rule: one diagnostic code and the check that reports it. The built-in rules
/// derive from this class, and so do a host application's rules; add them with
/// <see cref="DossierValidator.WithRule(DossierRule)"/>.
/// </summary>
/// <remarks>
/// <para>A rule reports through <see cref="ValidationContext.Report"/> and never throws on bad
/// data. It must finish in time linear in the size of the dossier: use the dossier's lookups
/// (<see cref="Dossier.Find(EventId)"/> and its overloads) and the context's shared indexes, not
/// nested scans over all events.</para>
/// <para>A rule is shared by every validation a validator runs, possibly at the same time on
/// several threads: keep no state between calls.</para>
/// </remarks>
public abstract class DossierRule
{
    /// <summary>Gets what the rule's code means.</summary>
    public abstract DiagnosticDescriptor Descriptor { get; }

    /// <summary>Checks a dossier and reports what is wrong through the context.</summary>
    /// <param name="context">The dossier and the means to report.</param>
    public abstract void Check(ValidationContext context);

    /// <summary>Returns the rule's code and title.</summary>
    /// <returns>Such as <c>CM1001 Duplicate id</c>.</returns>
    public override string ToString() => Descriptor.ToString();
}
