using System.Globalization;
using System.Linq;

namespace ConflictModel.Validation.Rules;

/// <summary>CM6009: an event whose well-known sub-type belongs to another event type.</summary>
internal sealed class SubTypeOfAnotherTypeRule : PassRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.SubTypeOfAnotherType;

    internal override PassItems Items => PassItems.Events;

    internal override void CheckEvent(ValidationContext context, int i, ConflictEvent ev)
    {
        if (ev.SubType is not { } subType || EventTaxonomy.Find(subType) is not { } entry || entry.Type == ev.Type)
        {
            return;
        }
        Report(context, i, ev, subType, entry);
    }

    // Apart from CheckEvent, which runs for every event: the query below captures the event, and would be allocated at
    // every call.
    private void Report(ValidationContext context, int i, ConflictEvent ev, SubEventType subType, EventTaxonomy.Entry entry)
    {
        var allowed = EventTaxonomy.Entries.Where(e => e.Type == ev.Type).Select(e => e.SubType.Value).ToList();
        string choices = allowed.Count == 0
            ? string.Format(CultureInfo.InvariantCulture, "the type \"{0}\" has no well-known sub-types, so use one of your own or none", ev.Type)
            : string.Format(CultureInfo.InvariantCulture, "the sub-types of \"{0}\" are {1}", ev.Type, string.Join(", ", allowed));
        context.Report(Descriptor, DossierPaths.Property(DossierPaths.Item(DossierPaths.Events, i), "subType"),
            string.Format(CultureInfo.InvariantCulture,
                "Event \"{0}\" has type \"{1}\", but its sub-type \"{2}\" (ACLED \"{3}\") belongs to type \"{4}\". "
                + "Set the type to \"{4}\", or choose a sub-type of \"{1}\": {5}.",
                ev.Id, ev.Type, subType, entry.AcledSubEventType, entry.Type, choices),
            [ev.Id.Value], subType.Value);
    }
}
