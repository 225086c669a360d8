namespace ConflictModel;

/// <summary>
/// The eight kinds of entity a dossier holds, in the order of its arrays: the names the id types
/// give as <see cref="IEntityId.EntityKind"/> and use in their errors, written once.
/// </summary>
internal static class EntityKinds
{
    internal const string Actor = "actor";
    internal const string Alliance = "alliance";
    internal const string Relation = "relation";
    internal const string Place = "place";
    internal const string Source = "source";
    internal const string Report = "report";
    internal const string Claim = "claim";
    internal const string Event = "event";

    /// <summary>Every kind, in the order of the dossier's arrays.</summary>
    internal static readonly string[] All = [Actor, Alliance, Relation, Place, Source, Report, Claim, Event];
}
