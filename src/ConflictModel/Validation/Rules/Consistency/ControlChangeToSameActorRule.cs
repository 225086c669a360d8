using System.Globalization;

namespace ConflictModel.Validation.Rules;

/// <summary>CM6007: an outcome whose former and new holder are the same actor.</summary>
internal sealed class ControlChangeToSameActorRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.ControlChangeToSameActor;

    public override void Check(ValidationContext context)
    {
        var events = context.Dossier.Events;
        for (int i = 0; i < events.Count; i++)
        {
            var outcomes = events[i].Outcomes;
            for (int o = 0; o < outcomes.Count; o++)
            {
                var outcome = outcomes[o];
                if (outcome.From is not { } from || outcome.To is not { } to || from != to)
                {
                    continue;
                }
                context.Report(Descriptor, DossierPaths.Element(DossierPaths.Item(DossierPaths.Events, i), "outcomes", o),
                    string.Format(CultureInfo.InvariantCulture,
                        "The outcome of event \"{0}\" says control of \"{1}\" passed from \"{2}\" to \"{2}\", which is no change. "
                        + "Correct the from or the to; if the actor only held the place against an attack, remove the outcome.",
                        events[i].Id, outcome.Place, from),
                    [events[i].Id.Value, outcome.Place.Value, from.Value], outcome.ToString());
            }
        }
    }
}
