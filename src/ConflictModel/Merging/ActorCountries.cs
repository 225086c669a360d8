using System;
using System.Collections.Generic;

namespace ConflictModel.Merging;

/// <summary>
/// The countries each actor's events take place in, found through each event's place and its parents up
/// to a place of the kind country: what a country qualifier of another dataset's name ("Islamic State
/// (Syria)") is checked against.
/// </summary>
internal sealed class ActorCountries
{
    // A place hierarchy deeper than this is taken as a cycle: a country is a few levels above a town.
    private const int MaxDepth = 16;

    private readonly Dictionary<string, Dictionary<string, string>> byActor = new(StringComparer.Ordinal);

    private ActorCountries()
    {
    }

    /// <summary>No actor's countries are known.</summary>
    internal static ActorCountries None { get; } = new();

    /// <summary>The countries of the events of each actor; events at places without a country count for nothing.</summary>
    internal static ActorCountries Of(IEnumerable<ConflictEvent> events, IEnumerable<Place> places, ActorNameConventions conventions)
    {
        var placeById = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var place in places)
        {
            if (place is not null && !place.Id.IsDefault)
            {
                placeById.TryAdd(place.Id.Value, place);
            }
        }
        var countryOf = new Dictionary<string, Dictionary<string, string>?>(StringComparer.Ordinal);
        var result = new ActorCountries();
        foreach (var e in events)
        {
            if (e?.Place is not { } placeId || CountryNames(placeId.Value, placeById, countryOf, conventions) is not { } countries)
            {
                continue;
            }
            foreach (var participant in e.Participants)
            {
                if (participant.Actor.IsDefault)
                {
                    continue;
                }
                if (!result.byActor.TryGetValue(participant.Actor.Value, out var known))
                {
                    result.byActor[participant.Actor.Value] = known = new Dictionary<string, string>(StringComparer.Ordinal);
                }
                foreach (var (key, name) in countries)
                {
                    known.TryAdd(key, name);
                }
            }
        }
        return result;
    }

    /// <summary>The countries of an actor's events, keyed by compared form, with a name a person reads; null when none is known.</summary>
    internal IReadOnlyDictionary<string, string>? Of(ActorId actor) =>
        !actor.IsDefault && byActor.TryGetValue(actor.Value, out var countries) ? countries : null;

    private static Dictionary<string, string>? CountryNames(string placeId, Dictionary<string, Place> placeById,
        Dictionary<string, Dictionary<string, string>?> countryOf, ActorNameConventions conventions)
    {
        if (countryOf.TryGetValue(placeId, out var cached))
        {
            return cached;
        }
        Dictionary<string, string>? found = null;
        string? current = placeId;
        for (int depth = 0; depth < MaxDepth && current is not null && placeById.TryGetValue(current, out var place); depth++)
        {
            if (place.Kind == PlaceKind.Country)
            {
                found = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var name in place.Names.All)
                {
                    string key = conventions.CountryKey(name.Text);
                    if (key.Length > 0)
                    {
                        found.TryAdd(key, name.Text);
                    }
                }
                break;
            }
            current = place.Parent?.Value;
        }
        countryOf[placeId] = found;
        return found;
    }
}
