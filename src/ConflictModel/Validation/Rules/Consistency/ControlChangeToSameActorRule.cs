using System.Globalization;

namespace ConflictModel.Validation.Rules;

/// <summary>CM6007: an outcome whose former and new holder are the same actor.</summary>
internal sealed class ControlChangeToSameActorRule : PassRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.ControlChangeToSameActor;

    internal override PassItems Items => PassItems.Events;

    internal override void CheckEvent(ValidationContext context, int i, ConflictEvent ev)
    {
        var outcomes = ev.Outcomes;
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
                    ev.Id, outcome.Place, from),
                [ev.Id.Value, outcome.Place.Value, from.Value], outcome.ToString());
        }
    }
}
