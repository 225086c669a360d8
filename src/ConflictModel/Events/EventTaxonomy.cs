using System.Collections.Generic;
using System.Linq;

namespace ConflictModel;

/// <summary>
/// The mapping, kept as data, between the well-known event types and sub-event types and ACLED's
/// <c>event_type</c> and <c>sub_event_type</c> labels.
/// </summary>
/// <remarks>
/// Labels are those of ACLED's codebook. This type is stateless and thread-safe.
/// </remarks>
public static class EventTaxonomy
{
    /// <summary>One row of the mapping: a sub-event type, the event type it belongs to, and ACLED's labels.</summary>
    /// <remarks>This type is immutable and thread-safe.</remarks>
    public sealed record Entry
    {
        internal Entry(SubEventType subType, EventType type, string acledEventType, string acledSubEventType)
        {
            SubType = subType;
            Type = type;
            AcledEventType = acledEventType;
            AcledSubEventType = acledSubEventType;
        }

        /// <summary>Gets the sub-event type.</summary>
        public SubEventType SubType { get; }

        /// <summary>Gets the event type it belongs to.</summary>
        public EventType Type { get; }

        /// <summary>Gets ACLED's <c>event_type</c> label.</summary>
        public string AcledEventType { get; }

        /// <summary>Gets ACLED's <c>sub_event_type</c> label.</summary>
        public string AcledSubEventType { get; }
    }

    private const string BattlesLabel = "Battles";
    private const string RemoteLabel = "Explosions/Remote violence";
    private const string CiviliansLabel = "Violence against civilians";
    private const string ProtestsLabel = "Protests";
    private const string RiotsLabel = "Riots";
    private const string StrategicLabel = "Strategic developments";

    /// <summary>Gets every row of the mapping: ACLED's 25 sub-event types.</summary>
    public static IReadOnlyList<Entry> Entries { get; } =
    [
        new(SubEventType.ArmedClash, EventType.Battles, BattlesLabel, "Armed clash"),
        new(SubEventType.GovernmentRegainsTerritory, EventType.Battles, BattlesLabel, "Government regains territory"),
        new(SubEventType.NonStateActorOvertakesTerritory, EventType.Battles, BattlesLabel, "Non-state actor overtakes territory"),
        new(SubEventType.ChemicalWeapon, EventType.ExplosionsRemoteViolence, RemoteLabel, "Chemical weapon"),
        new(SubEventType.AirOrDroneStrike, EventType.ExplosionsRemoteViolence, RemoteLabel, "Air/drone strike"),
        new(SubEventType.SuicideBomb, EventType.ExplosionsRemoteViolence, RemoteLabel, "Suicide bomb"),
        new(SubEventType.ShellingArtilleryMissileAttack, EventType.ExplosionsRemoteViolence, RemoteLabel, "Shelling/artillery/missile attack"),
        new(SubEventType.RemoteExplosive, EventType.ExplosionsRemoteViolence, RemoteLabel, "Remote explosive/landmine/IED"),
        new(SubEventType.Grenade, EventType.ExplosionsRemoteViolence, RemoteLabel, "Grenade"),
        new(SubEventType.SexualViolence, EventType.ViolenceAgainstCivilians, CiviliansLabel, "Sexual violence"),
        new(SubEventType.Attack, EventType.ViolenceAgainstCivilians, CiviliansLabel, "Attack"),
        new(SubEventType.AbductionForcedDisappearance, EventType.ViolenceAgainstCivilians, CiviliansLabel, "Abduction/forced disappearance"),
        new(SubEventType.PeacefulProtest, EventType.Protests, ProtestsLabel, "Peaceful protest"),
        new(SubEventType.ProtestWithIntervention, EventType.Protests, ProtestsLabel, "Protest with intervention"),
        new(SubEventType.ExcessiveForceAgainstProtesters, EventType.Protests, ProtestsLabel, "Excessive force against protesters"),
        new(SubEventType.ViolentDemonstration, EventType.Riots, RiotsLabel, "Violent demonstration"),
        new(SubEventType.MobViolence, EventType.Riots, RiotsLabel, "Mob violence"),
        new(SubEventType.Agreement, EventType.StrategicDevelopments, StrategicLabel, "Agreement"),
        new(SubEventType.Arrests, EventType.StrategicDevelopments, StrategicLabel, "Arrests"),
        new(SubEventType.ChangeToGroupActivity, EventType.StrategicDevelopments, StrategicLabel, "Change to group/activity"),
        new(SubEventType.DisruptedWeaponsUse, EventType.StrategicDevelopments, StrategicLabel, "Disrupted weapons use"),
        new(SubEventType.HeadquartersOrBaseEstablished, EventType.StrategicDevelopments, StrategicLabel, "Headquarters or base established"),
        new(SubEventType.LootingPropertyDestruction, EventType.StrategicDevelopments, StrategicLabel, "Looting/property destruction"),
        new(SubEventType.NonViolentTransferOfTerritory, EventType.StrategicDevelopments, StrategicLabel, "Non-violent transfer of territory"),
        new(SubEventType.Other, EventType.StrategicDevelopments, StrategicLabel, "Other"),
    ];

    private static readonly Dictionary<SubEventType, Entry> BySubType = Entries.ToDictionary(e => e.SubType);

    private static readonly Dictionary<string, Entry> ByAcledLabel =
        Entries.ToDictionary(e => e.AcledSubEventType, System.StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<EventType, string> AcledTypeLabels =
        Entries.GroupBy(e => e.Type).ToDictionary(g => g.Key, g => g.First().AcledEventType);

    /// <summary>Returns the event type a sub-event type belongs to.</summary>
    /// <param name="subType">A sub-event type.</param>
    /// <returns>Its event type, or null for a sub-type the library does not know.</returns>
    public static EventType? TypeOf(SubEventType subType) => BySubType.TryGetValue(subType, out var e) ? e.Type : null;

    /// <summary>Returns the row for a sub-event type.</summary>
    /// <param name="subType">A sub-event type.</param>
    /// <returns>The row, or null for a sub-type the library does not know.</returns>
    public static Entry? Find(SubEventType subType) => BySubType.GetValueOrDefault(subType);

    /// <summary>Returns the row for an ACLED <c>sub_event_type</c> label, compared without regard to case.</summary>
    /// <param name="acledSubEventType">The label, such as "Government regains territory".</param>
    /// <returns>The row, or null when the label is not ACLED's.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="acledSubEventType"/> is null.</exception>
    public static Entry? FindByAcledLabel(string acledSubEventType) =>
        ByAcledLabel.GetValueOrDefault(Preconditions.CheckNotNull(acledSubEventType).Trim());

    /// <summary>Returns ACLED's <c>event_type</c> label for an event type.</summary>
    /// <param name="type">An event type.</param>
    /// <returns>The label, or null for a type ACLED does not have (displacement, statements, host types).</returns>
    public static string? AcledLabelOf(EventType type) => AcledTypeLabels.GetValueOrDefault(type);
}
