using System.Collections.Generic;
using System.Globalization;

namespace ConflictModel.Validation.Rules;

/// <summary>CM6001: an actor listed in one event both as side-a and as side-b.</summary>
internal sealed class ActorOnBothSidesRule : PassRule
{
    /// <summary>Up to this many participants, entries are compared in pairs instead of through tables: the result is the same.</summary>
    private const int FewParticipants = 16;

    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.ActorOnBothSides;

    internal override PassItems Items => PassItems.Events;

    internal override void CheckEvent(ValidationContext context, int i, ConflictEvent ev)
    {
        var participants = ev.Participants;
        if (participants.Count < 2)
        {
            return;
        }
        if (participants.Count <= FewParticipants)
        {
            CheckFew(context, ev, i);
            return;
        }
        // The tables are made only for the rare event with many participants.
        var sideA = new Dictionary<ActorId, int>();
        var reported = new HashSet<ActorId>();
        for (int p = 0; p < participants.Count; p++)
        {
            if (participants[p].Role == ParticipantRole.SideA)
            {
                sideA.TryAdd(participants[p].Actor, p);
            }
        }
        if (sideA.Count == 0)
        {
            return;
        }
        for (int p = 0; p < participants.Count; p++)
        {
            var actor = participants[p].Actor;
            if (participants[p].Role != ParticipantRole.SideB || !sideA.TryGetValue(actor, out int a) || !reported.Add(actor))
            {
                continue;
            }
            Report(context, ev, i, actor, a, p);
        }
    }

    /// <summary>
    /// The few participants of nearly every event, compared in pairs without hashing an id: each actor
    /// is reported once, at its first side-b entry, against its first side-a entry, as with the tables.
    /// </summary>
    private void CheckFew(ValidationContext context, ConflictEvent ev, int i)
    {
        var participants = ev.Participants;
        for (int p = 0; p < participants.Count; p++)
        {
            if (participants[p].Role != ParticipantRole.SideB)
            {
                continue;
            }
            var actor = participants[p].Actor;
            int a = -1;
            for (int q = 0; q < participants.Count && a < 0; q++)
            {
                if (participants[q].Role == ParticipantRole.SideA && participants[q].Actor == actor)
                {
                    a = q;
                }
            }
            if (a < 0)
            {
                continue;
            }
            bool earlier = false;
            for (int q = 0; q < p && !earlier; q++)
            {
                earlier = participants[q].Role == ParticipantRole.SideB && participants[q].Actor == actor;
            }
            if (!earlier)
            {
                Report(context, ev, i, actor, a, p);
            }
        }
    }

    private void Report(ValidationContext context, ConflictEvent ev, int i, ActorId actor, int a, int p) =>
        context.Report(Descriptor, DossierPaths.Element(DossierPaths.Item(DossierPaths.Events, i), "participants", p),
            string.Format(CultureInfo.InvariantCulture,
                "The actor \"{0}\" takes part in event \"{1}\" both as side-a (participants[{2}]) and as side-b (participants[{3}]); "
                + "an actor cannot be on both sides of one event. Remove the wrong entry, or, if factions of the actor fought each other, "
                + "model each faction as an actor of its own.",
                actor, ev.Id, a, p),
            [ev.Id.Value, actor.Value], actor.Value);
}
