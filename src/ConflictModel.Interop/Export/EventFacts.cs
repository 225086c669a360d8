using System.Linq;

namespace ConflictModel.Interop;

/// <summary>What the flat exports (GeoJSON, Parquet) say of every event, computed one way for all of them.</summary>
internal static class EventFacts
{
    /// <summary>The event's death toll: its <see cref="FigureKind.Killed"/> figure with the highest best estimate, or null.</summary>
    internal static FigureValue? Fatalities(ConflictEvent e)
    {
        FigureValue? toll = null;
        foreach (var figure in e.Figures)
        {
            if (figure.Kind == FigureKind.Killed && (toll is null || figure.Value.Best > toll.Best))
            {
                toll = figure.Value;
            }
        }
        return toll;
    }

    /// <summary>The number of distinct original sources of the claims about the event.</summary>
    internal static int Sources(Dossier dossier, EventId @event) =>
        dossier.ClaimsAbout(@event).Select(c => c.Source).Distinct().Count();

    /// <summary>
    /// Counts the distinct origins of the claims that support an event: the OSDH and its director
    /// count once, as do AFP and its correspondent.
    /// </summary>
    internal static int IndependentSources(Dossier dossier, EventId @event) =>
        dossier.ClaimsSupporting(@event).Select(c => dossier.OriginOf(c.Source)).Distinct().Count();
}
