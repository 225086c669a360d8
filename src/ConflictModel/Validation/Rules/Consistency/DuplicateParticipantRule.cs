using System.Collections.Generic;
using System.Globalization;

namespace ConflictModel.Validation.Rules;

/// <summary>CM6006: the same actor listed twice among one event's participants with the same role.</summary>
internal sealed class DuplicateParticipantRule : PassRule
{
    /// <summary>Up to this many participants, entries are compared in pairs instead of through a table: the result is the same.</summary>
    private const int FewParticipants = 16;

    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.DuplicateParticipant;

    internal override PassItems Items => PassItems.Events;

    internal override void CheckEvent(ValidationContext context, int i, ConflictEvent ev)
    {
        var participants = ev.Participants;
        if (participants.Count < 2)
        {
            return;
        }
        // Made only for the rare event with more participants than are compared in pairs.
        var seen = participants.Count <= FewParticipants ? null : new Dictionary<(ActorId, ParticipantRole), int>(participants.Count);
        for (int p = 0; p < participants.Count; p++)
        {
            var participant = participants[p];
            int first = -1;
            if (seen is null)
            {
                // The few participants of nearly every event are compared in pairs, without hashing an id.
                for (int q = 0; q < p && first < 0; q++)
                {
                    if (participants[q].Role == participant.Role && participants[q].Actor == participant.Actor)
                    {
                        first = q;
                    }
                }
            }
            else if (!seen.TryAdd((participant.Actor, participant.Role), p))
            {
                first = seen[(participant.Actor, participant.Role)];
            }
            if (first < 0)
            {
                continue;
            }
            context.Report(Descriptor, DossierPaths.Element(DossierPaths.Item(DossierPaths.Events, i), "participants", p),
                string.Format(CultureInfo.InvariantCulture,
                    "The actor \"{0}\" is listed again as {1} in event \"{2}\"; it is already participants[{3}] with that role. "
                    + "Remove the repeated entry; to record that several claims name the actor, cite them from the event instead.",
                    participant.Actor, participant.Role, ev.Id, first),
                [ev.Id.Value, participant.Actor.Value], participant.ToString());
        }
    }
}
