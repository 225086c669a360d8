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
        new IdsDifferOnlyByCaseRule(),
        new HiddenCharactersRule(),
        new LatitudeOutOfRangeRule(),
        new LongitudeOutOfRangeRule(),
        new CoordinateNotANumberRule(),
        new MalformedCountryCodeRule(),
        new UnknownCountryCodeRule(),
        new MalformedSubdivisionCodeRule(),
        new ValidityIntervalReversedRule(),
        new DateRangeReversedRule(),
        new FigureBoundsOutOfOrderRule(),
        new NegativeCountRule(),
        new MalformedPCodeRule(),

        // References (CM2xxx)
        new UnresolvedReferenceRule(),
        new WrongKindReferenceRule(),

        // Hierarchy (CM3xxx)
        new PlaceParentCycleRule(),
        new ActorParentCycleRule(),
        new SourceOrganizationCycleRule(),
        new ParentPlaceNotLargerRule(),

        // Time (CM4xxx)
        new EventAfterItsReportsRule(),
        new ClaimBeforeEventRule(),
        new RelationNotValidOnEventDateRule(),
        new ClaimAfterItsReportRule(),
        new FigureAfterItsReportRule(),

        // Provenance (CM5xxx)
        new EventWithoutClaimRule(),
        new RelayChainLoopsRule(),
        new PublisherNotInChainRule(),
        new RelayReportPublishedByAnotherRule(),
        new QuoteOutsideReportTextRule(),
        new QuoteDoesNotMatchReportTextRule(),
        new QuoteCannotBeLocatedRule(),
        new ListedClaimNotAboutEventRule(),

        // Consistency (CM6xxx)
        new ActorOnBothSidesRule(),
        new ControlHandedOverByWrongActorRule(),
        new ContradictoryFiguresRule(),
        new ContradictoryClaimsRule(),
        new SelfReportedClaimRule(),
        new DuplicateParticipantRule(),
        new ControlChangeToSameActorRule(),
        new OverlappingMembershipsRule(),
        new SubTypeOfAnotherTypeRule(),
        new PartsExceedTotalRule(),
        new PartDoesNotMatchTotalRule(),
        new ControlAtOddsWithChangeRule(),

        // Plausibility (CM7xxx)
        new MalformedNumeralRule(),
        new FigureDiffersFromWordsRule(),
        new FractionalCountRule(),
        new PointFarFromCountryRule(),
        new PointAtZeroRule(),
        new ConfirmedWithoutIndependentSourceRule(),
        new PartyGradedCompletelyReliableRule(),
    ];
}
