using System.Collections.Generic;
using ConflictModel.Validation.Rules;

namespace ConflictModel.Validation;

/// <summary>The library's own rules, in the order they run: by category, then by code.</summary>
internal static class BuiltInRules
{
    internal static IEnumerable<DossierRule> Create() =>
    [
        // Structure (CM1xxx)
        new DuplicateIdRule(),
        new IdSharedAcrossKindsRule(),

        // References (CM2xxx)
        new UnresolvedReferenceRule(),
        new WrongKindReferenceRule(),
    ];
}
