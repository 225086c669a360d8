using ConflictModel;
using ConflictModel.Validation;

namespace HostExtension;

/// <summary>ACME0001: a blocked aid convoy at a place with no access note (or at no place at all).</summary>
/// <remarks>A rule class, for checks that look at more than one entity: here an event and its place.</remarks>
internal sealed class BlockedConvoyWithoutAccessNoteRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => AcmeDiagnostics.BlockedConvoyWithoutAccessNote;

    public override void Check(ValidationContext context)
    {
        var dossier = context.Dossier;
        for (int i = 0; i < dossier.Events.Count; i++)
        {
            var ev = dossier.Events[i];
            if (ev.Type != AcmeTerms.AidConvoyBlocked)
            {
                continue;
            }
            var place = ev.Place is { } id ? dossier.Find(id) : null;
            if (place is not null && place.Extensions.ContainsKey(AcmeTerms.AccessKey))
            {
                continue;
            }
            string where = place is null ? "no known place" : $"the place \"{place.Id}\", which has no \"{AcmeTerms.AccessKey}\" extension";
            context.Report(Descriptor, DossierPaths.Property(DossierPaths.Item(DossierPaths.Events, i), "place"),
                $"The blocked convoy \"{ev.Id}\" is at {where}. Add an AccessNote to the place.",
                place is null ? [ev.Id.Value] : [ev.Id.Value, place.Id.Value]);
        }
    }
}
