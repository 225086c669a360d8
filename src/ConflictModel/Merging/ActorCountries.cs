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
        var builder = new Builder(places, conventions);
        foreach (var e in events)
        {
            builder.Add(e);
        }
        return builder.Result;
    }

    /// <summary>Gathers the countries of the actors of events that come one at a time, at places known beforehand.</summary>
    internal sealed class Builder
    {
        private readonly Dictionary<string, Place> placeById = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, string>?> countryOf = new(StringComparer.Ordinal);
        private readonly ActorNameConventions conventions;

        internal Builder(IEnumerable<Place> places, ActorNameConventions conventions)
        {
            this.conventions = conventions;
            foreach (var place in places)
            {
                if (place is not null && !place.Id.IsDefault)
                {
                    placeById.TryAdd(place.Id.Value, place);
                }
            }
        }

        /// <summary>Gets the countries gathered so far.</summary>
        internal ActorCountries Result { get; } = new();

        /// <summary>Adds the countries of one event to those of its participants.</summary>
        internal void Add(ConflictEvent? e)
        {
            if (e?.Place is not { } placeId || CountryNames(placeId.Value, placeById, countryOf, conventions) is not { } countries)
            {
                return;
            }
            foreach (var participant in e.Participants)
            {
                if (participant.Actor.IsDefault)
                {
                    continue;
                }
                if (!Result.byActor.TryGetValue(participant.Actor.Value, out var known))
                {
                    Result.byActor[participant.Actor.Value] = known = new Dictionary<string, string>(StringComparer.Ordinal);
                }
                foreach (var (key, name) in countries)
                {
                    known.TryAdd(key, name);
                }
            }
        }
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
