using System;
using System.Collections.Generic;

namespace ConflictModel;

/// <summary>The sub-type of a <see cref="ConflictEvent"/>: an open taxonomy whose well-known terms are ACLED's 25 sub-event types; <see cref="EventTaxonomy"/> maps each to its event type and to ACLED's labels.</summary>
/// <remarks>
/// An open vocabulary: the static fields are the well-known terms, and a host application may
/// create its own with the constructor (see <see cref="VocabularySyntax"/>). Terms compare
/// ordinally by their text. This type is immutable and thread-safe.
/// </remarks>
public readonly record struct SubEventType : IVocabularyTerm
{
    /// <summary>Initializes a term from its text.</summary>
    /// <param name="value">The term; see <see cref="VocabularySyntax"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a well-formed term.</exception>
    public SubEventType(string value) => Value = VocabularySyntax.Check(value, "sub-event type");

    /// <inheritdoc />
    public string Value { get; }

    /// <summary>Armed, organised groups fight with no change of territory (ACLED "Armed clash").</summary>
    public static readonly SubEventType ArmedClash = new("armed-clash");

    /// <summary>State forces or their affiliates retake territory from a non-state group (ACLED "Government regains territory").</summary>
    public static readonly SubEventType GovernmentRegainsTerritory = new("government-regains-territory");

    /// <summary>A non-state group takes territory from the state or another group (ACLED "Non-state actor overtakes territory").</summary>
    public static readonly SubEventType NonStateActorOvertakesTerritory = new("non-state-actor-overtakes-territory");

    /// <summary>Use of chemical weapons (ACLED "Chemical weapon").</summary>
    public static readonly SubEventType ChemicalWeapon = new("chemical-weapon");

    /// <summary>An air or drone strike (ACLED "Air/drone strike").</summary>
    public static readonly SubEventType AirOrDroneStrike = new("air-or-drone-strike");

    /// <summary>A suicide bombing (ACLED "Suicide bomb").</summary>
    public static readonly SubEventType SuicideBomb = new("suicide-bomb");

    /// <summary>Shelling, artillery or missile fire (ACLED "Shelling/artillery/missile attack").</summary>
    public static readonly SubEventType ShellingArtilleryMissileAttack = new("shelling-artillery-missile-attack");

    /// <summary>A remote explosive, landmine or IED (ACLED "Remote explosive/landmine/IED").</summary>
    public static readonly SubEventType RemoteExplosive = new("remote-explosive");

    /// <summary>A grenade attack (ACLED "Grenade").</summary>
    public static readonly SubEventType Grenade = new("grenade");

    /// <summary>Sexual violence against civilians (ACLED "Sexual violence").</summary>
    public static readonly SubEventType SexualViolence = new("sexual-violence");

    /// <summary>An attack on civilians (ACLED "Attack").</summary>
    public static readonly SubEventType Attack = new("attack");

    /// <summary>An abduction or forced disappearance (ACLED "Abduction/forced disappearance").</summary>
    public static readonly SubEventType AbductionForcedDisappearance = new("abduction-forced-disappearance");

    /// <summary>A peaceful protest (ACLED "Peaceful protest").</summary>
    public static readonly SubEventType PeacefulProtest = new("peaceful-protest");

    /// <summary>A peaceful protest that others disrupt (ACLED "Protest with intervention").</summary>
    public static readonly SubEventType ProtestWithIntervention = new("protest-with-intervention");

    /// <summary>Lethal or excessive force against protesters (ACLED "Excessive force against protesters").</summary>
    public static readonly SubEventType ExcessiveForceAgainstProtesters = new("excessive-force-against-protesters");

    /// <summary>A demonstration in which participants are violent (ACLED "Violent demonstration").</summary>
    public static readonly SubEventType ViolentDemonstration = new("violent-demonstration");

    /// <summary>Violence by a crowd without organisation (ACLED "Mob violence").</summary>
    public static readonly SubEventType MobViolence = new("mob-violence");

    /// <summary>A ceasefire, peace deal or other agreement (ACLED "Agreement").</summary>
    public static readonly SubEventType Agreement = new("agreement");

    /// <summary>Arrests by state forces (ACLED "Arrests").</summary>
    public static readonly SubEventType Arrests = new("arrests");

    /// <summary>A change in a group's structure or activity (ACLED "Change to group/activity").</summary>
    public static readonly SubEventType ChangeToGroupActivity = new("change-to-group-activity");

    /// <summary>A weapon or attack defused or prevented (ACLED "Disrupted weapons use").</summary>
    public static readonly SubEventType DisruptedWeaponsUse = new("disrupted-weapons-use");

    /// <summary>A group establishes a base or headquarters (ACLED "Headquarters or base established").</summary>
    public static readonly SubEventType HeadquartersOrBaseEstablished = new("headquarters-or-base-established");

    /// <summary>Looting or destruction of property (ACLED "Looting/property destruction").</summary>
    public static readonly SubEventType LootingPropertyDestruction = new("looting-property-destruction");

    /// <summary>Territory changes hands without fighting (ACLED "Non-violent transfer of territory").</summary>
    public static readonly SubEventType NonViolentTransferOfTerritory = new("non-violent-transfer-of-territory");

    /// <summary>Another strategic development (ACLED "Other").</summary>
    public static readonly SubEventType Other = new("other");

    /// <summary>Gets the well-known terms of this vocabulary.</summary>
    public static IReadOnlyList<SubEventType> WellKnown { get; } = [ArmedClash, GovernmentRegainsTerritory, NonStateActorOvertakesTerritory, ChemicalWeapon, AirOrDroneStrike, SuicideBomb, ShellingArtilleryMissileAttack, RemoteExplosive, Grenade, SexualViolence, Attack, AbductionForcedDisappearance, PeacefulProtest, ProtestWithIntervention, ExcessiveForceAgainstProtesters, ViolentDemonstration, MobViolence, Agreement, Arrests, ChangeToGroupActivity, DisruptedWeaponsUse, HeadquartersOrBaseEstablished, LootingPropertyDestruction, NonViolentTransferOfTerritory, Other];

    /// <summary>Gets a value indicating whether this term is one of <see cref="WellKnown"/>.</summary>
    public bool IsWellKnown => ((IList<SubEventType>)WellKnown).Contains(this);

    /// <summary>Returns the text of the term.</summary>
    /// <returns>The text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
