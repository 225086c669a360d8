using System.Collections.Generic;
using System.Globalization;

namespace ConflictModel.Validation.Rules;

/// <summary>CM6001: an actor listed in one event both as side-a and as side-b.</summary>
internal sealed class ActorOnBothSidesRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.ActorOnBothSides;

    public override void Check(ValidationContext context)
    {
        var events = context.Dossier.Events;
        var sideA = new Dictionary<ActorId, int>();
        var reported = new HashSet<ActorId>();
        for (int i = 0; i < events.Count; i++)
        {
            var participants = events[i].Participants;
            if (participants.Count < 2)
            {
                continue;
            }
            sideA.Clear();
            reported.Clear();
            for (int p = 0; p < participants.Count; p++)
            {
                if (participants[p].Role == ParticipantRole.SideA)
                {
                    sideA.TryAdd(participants[p].Actor, p);
                }
            }
            if (sideA.Count == 0)
            {
                continue;
            }
            for (int p = 0; p < participants.Count; p++)
            {
                var actor = participants[p].Actor;
                if (participants[p].Role != ParticipantRole.SideB || !sideA.TryGetValue(actor, out int a) || !reported.Add(actor))
                {
                    continue;
                }
                context.Report(Descriptor, DossierPaths.Element(DossierPaths.Item(DossierPaths.Events, i), "participants", p),
                    string.Format(CultureInfo.InvariantCulture,
                        "The actor \"{0}\" takes part in event \"{1}\" both as side-a (participants[{2}]) and as side-b (participants[{3}]); "
                        + "an actor cannot be on both sides of one event. Remove the wrong entry, or, if factions of the actor fought each other, "
                        + "model each faction as an actor of its own.",
                        actor, events[i].Id, a, p),
                    [events[i].Id.Value, actor.Value], actor.Value);
            }
        }
    }
}
