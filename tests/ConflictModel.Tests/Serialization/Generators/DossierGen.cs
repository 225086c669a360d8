using System.Text.Json;
using ConflictModel.Serialization;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictModel.Tests.Serialization.Generators;

/// <summary>
/// Random, well-formed dossiers with every kind of entity. Ids of each kind come from a small pool
/// that the entities mostly, but not always, cover, so that most references resolve, some dangle,
/// and some ids are given twice.
/// </summary>
internal static class DossierGen
{
    /// <summary>Options with the host assertion type registered, as a host application would set them up.</summary>
    internal static DossierJsonOptions HostOptions(bool indented = true)
    {
        var options = new DossierJsonOptions { WriteIndented = indented };
        return options.AddAssertionType(CheckpointAssertion.Discriminator, HostJsonContext.Default.CheckpointAssertion);
    }

    /// <summary>A dossier; with <paramref name="hostAssertions"/>, some claims carry the host's <see cref="CheckpointAssertion"/>.</summary>
    internal static Gen<Dossier> Dossier(bool hostAssertions) => Gen.Sized(size => Build(Math.Clamp(size / 10, 1, 8), hostAssertions));

    private static Gen<Dossier> Build(int scale, bool hostAssertions) =>
        from pools in Pools(scale + 2)
        from actors in Entities(scale, pools.Actors, id => Actor(id, pools))
        from alliances in Entities(scale, pools.Alliances, id => Alliance(id, pools))
        from relations in Entities(scale, pools.Relations, id => Relation(id, pools))
        from places in Entities(scale, pools.Places, id => Place(id, pools))
        from sources in Entities(scale, pools.Sources, id => Source(id, pools))
        from reports in Entities(scale, pools.Reports, id => Report(id, pools))
        from claims in Entities(scale * 2, pools.Claims, id => Claim(id, pools, hostAssertions))
        from events in Entities(scale, pools.Events, id => Event(id, pools))
        from extensions in JsonGen.Extensions
        select new Dossier(actors, alliances, relations, places, sources, reports, claims, events, extensions);

    private sealed record IdPools(
        ActorId[] Actors, AllianceId[] Alliances, RelationId[] Relations, PlaceId[] Places,
        SourceId[] Sources, ReportId[] Reports, ClaimId[] Claims, EventId[] Events);

    private static Gen<IdPools> Pools(int size)
    {
        Gen<T[]> Pool<T>(string prefix, Func<string, T> create) =>
            Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, 2)))
                .SelectMany(extra => TextGen.Id.ListOf(extra))
                .Select(odd => Enumerable.Range(1, size).Select(i => prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Concat(odd).Select(create).ToArray());

        return from actors in Pool("actor-", s => new ActorId(s))
               from alliances in Pool("alliance:", s => new AllianceId(s))
               from relations in Pool("rel.", s => new RelationId(s))
               from places in Pool("place/", s => new PlaceId(s))
               from sources in Pool("src_", s => new SourceId(s))
               from reports in Pool("r", s => new ReportId(s))
               from claims in Pool("c", s => new ClaimId(s))
               from events in Pool("ev-", s => new EventId(s))
               select new IdPools(actors, alliances, relations, places, sources, reports, claims, events);
    }

    /// <summary>Up to <paramref name="max"/> entities, most with ids of their own from the pool, some repeating one.</summary>
    private static Gen<List<T>> Entities<TId, T>(int max, TId[] pool, Func<TId, Gen<T>> entity) =>
        from count in Gen.Choose(0, max)
        from ids in Gen.Frequency((5, Gen.Shuffle(pool).Select(p => p.Take(count).ToArray())), (1, Gen.Elements(pool).ArrayOf(count)))
        from items in Gen.CollectToList(ids.Select(entity))
        select items.ToList();

    private static Gen<T> Ref<T>(T[] pool) => Gen.Elements(pool);

    private static Gen<T?> OptionalRef<T>(T[] pool)
        where T : struct => ModelGen.Optional(Gen.Elements(pool));

    private static Gen<Actor> Actor(ActorId id, IdPools pools) =>
        from names in ModelGen.Names
        from kind in TextGen.Vocabulary(ActorKind.WellKnown, s => new ActorKind(s))
        from country in TextGen.Optional(Gen.Elements("SYR", "IRQ", "SY", "zz", "سوريا"))
        from parent in OptionalRef(pools.Actors)
        from description in TextGen.Optional(TextGen.Any)
        from extensions in JsonGen.Extensions
        select new Actor(id, names, kind, country, parent, description, extensions);

    private static Gen<Alliance> Alliance(AllianceId id, IdPools pools)
    {
        var membership =
            from actor in Ref(pools.Actors)
            from role in TextGen.Vocabulary(MembershipRole.WellKnown, s => new MembershipRole(s))
            from validity in Gen.Frequency((1, Gen.Constant(ValidityInterval.Always)), (3, TimeGen.Validity))
            from claims in ModelGen.Few(Ref(pools.Claims), 2)
            select new Membership(actor, role, validity, claims);
        return from names in ModelGen.Names
               from memberships in ModelGen.Few(membership, 4)
               from actor in OptionalRef(pools.Actors)
               from extensions in JsonGen.Extensions
               select new Alliance(id, names, memberships, actor, extensions);
    }

    private static Gen<ActorRelation> Relation(RelationId id, IdPools pools) =>
        from subject in Ref(pools.Actors)
        from kind in TextGen.Vocabulary(RelationKind.WellKnown, s => new RelationKind(s))
        from target in Ref(pools.Actors)
        from validity in Gen.Frequency((1, Gen.Constant(ValidityInterval.Always)), (3, TimeGen.Validity))
        from claims in ModelGen.Few(Ref(pools.Claims), 2)
        from extensions in JsonGen.Extensions
        select new ActorRelation(id, subject, kind, target, validity, claims, extensions);

    private static Gen<Place> Place(PlaceId id, IdPools pools) =>
        from names in ModelGen.Names
        from kind in TextGen.Vocabulary(PlaceKind.WellKnown, s => new PlaceKind(s))
        from parent in OptionalRef(pools.Places)
        from location in ModelGen.Optional(Gen.Zip(ModelGen.Point, ModelGen.Any<SpatialPrecision>()))
        from codes in ModelGen.Codes
        from extensions in JsonGen.Extensions
        select new Place(id, names, kind, parent, location?.Item1, location?.Item2, codes, extensions);

    private static Gen<Source> Source(SourceId id, IdPools pools) =>
        from names in ModelGen.Names
        from kind in TextGen.Vocabulary(SourceKind.WellKnown, s => new SourceKind(s))
        from reliability in ModelGen.Any<Reliability>()
        from party in Gen.Elements(true, false)
        from speaksFor in OptionalRef(pools.Actors)
        from organization in OptionalRef(pools.Sources)
        from affiliation in TextGen.Optional(TextGen.NonBlank)
        from extensions in JsonGen.Extensions
        select new Source(id, names, kind, reliability, party, speaksFor, organization, affiliation, extensions);

    private static Gen<Report> Report(ReportId id, IdPools pools) =>
        from publisher in Ref(pools.Sources)
        from published in TimeGen.Published
        from language in TextGen.Language
        from title in TextGen.NonBlank
        from url in ModelGen.OptionalRef(ModelGen.Url)
        from text in TextGen.Optional(TextGen.Any)
        from extensions in JsonGen.Extensions
        select new Report(id, publisher, published, language, title, url, text, extensions);

    private static Gen<Claim> Claim(ClaimId id, IdPools pools, bool hostAssertions)
    {
        var relay =
            from source in Ref(pools.Sources)
            from report in OptionalRef(pools.Reports)
            select new Relay(source, report);
        var attribution =
            from source in Ref(pools.Sources)
            from mode in TextGen.Vocabulary(AttributionMode.WellKnown, s => new AttributionMode(s))
            from relays in ModelGen.Few(relay, 3)
            from statedOn in TimeGen.OptionalFuzzyDate
            select new Attribution(source, mode, relays, statedOn);
        return from assertion in Assertion(pools, hostAssertions)
               from attr in attribution
               from report in OptionalRef(pools.Reports)
               from quote in ModelGen.OptionalRef(ModelGen.Quote)
               from wording in ModelGen.OptionalRef(ModelGen.Wording)
               from credibility in ModelGen.Any<Credibility>()
               from modality in ModelGen.Any<Modality>()
               from extensions in JsonGen.Extensions
               select new Claim(id, assertion, attr, report, quote, wording, credibility, modality, extensions);
    }

    /// <summary>Every assertion type of the format, unknown ones, and the host's when it is registered.</summary>
    internal static Gen<ClaimAssertion> Assertion(bool hostAssertions) => Pools(3).SelectMany(pools => Assertion(pools, hostAssertions));

    private static Gen<ClaimAssertion> Assertion(IdPools pools, bool hostAssertions)
    {
        var assertions = new List<Gen<ClaimAssertion>>
        {
            Ref(pools.Events).Select(e => (ClaimAssertion)new EventAssertion(e)),
            from e in Ref(pools.Events)
            from a in Ref(pools.Actors)
            from role in TextGen.Vocabulary(ParticipantRole.WellKnown, s => new ParticipantRole(s))
            select (ClaimAssertion)new ParticipationAssertion(e, a, role),
            from place in Ref(pools.Places)
            from source in OptionalRef(pools.Actors)
            from to in OptionalRef(pools.Actors)
            from when in TimeGen.OptionalFuzzyDate
            from e in OptionalRef(pools.Events)
            select (ClaimAssertion)new ControlChangeAssertion(place, source, to, when, e),
            from place in Ref(pools.Places)
            from controller in OptionalRef(pools.Actors)
            from asOf in TimeGen.FuzzyDate
            select (ClaimAssertion)new ControlAssertion(place, controller, asOf),
            from figure in ModelGen.Figure
            from e in OptionalRef(pools.Events)
            from place in OptionalRef(pools.Places)
            select (ClaimAssertion)new FigureAssertion(figure, e, place),
            from alliance in Ref(pools.Alliances)
            from actor in Ref(pools.Actors)
            from role in TextGen.Vocabulary(MembershipRole.WellKnown, s => new MembershipRole(s))
            select (ClaimAssertion)new MembershipAssertion(alliance, actor, role),
            Ref(pools.Relations).Select(r => (ClaimAssertion)new RelationAssertion(r)),
            from summary in TextGen.NonBlank
            from about in ModelGen.Few(Ref(pools.Actors), 3)
            select (ClaimAssertion)new StatementAssertion(summary, about),
            ModelGen.UnknownDiscriminator(JsonNames.AssertionTypes).SelectMany(type => JsonGen.ObjectWith("type", type)
                .Select(json => (ClaimAssertion)new UnrecognizedAssertion(type, json))),
        };
        if (hostAssertions)
        {
            assertions.Add(
                from checkpoint in TextGen.NonBlank
                from vehicles in Gen.Choose(-5, 10_000)
                from toll in ModelGen.Optional(ModelGen.Count)
                from note in TextGen.Optional(TextGen.Any)
                select (ClaimAssertion)new CheckpointAssertion(checkpoint, vehicles, toll, note));
        }
        return Gen.OneOf(assertions);
    }

    private static Gen<ConflictEvent> Event(EventId id, IdPools pools)
    {
        var participant =
            from actor in Ref(pools.Actors)
            from role in TextGen.Vocabulary(ParticipantRole.WellKnown, s => new ParticipantRole(s))
            select new Participant(actor, role);
        var outcome =
            from place in Ref(pools.Places)
            from source in OptionalRef(pools.Actors)
            from to in OptionalRef(pools.Actors)
            select new ControlChange(place, source, to);
        return from type in TextGen.Vocabulary(EventType.WellKnown, s => new EventType(s))
               from subType in ModelGen.Optional(TextGen.Vocabulary(EventTaxonomy.Entries.Select(e => e.SubType).ToArray(), s => new SubEventType(s)))
               from date in TimeGen.FuzzyDate
               from place in OptionalRef(pools.Places)
               from participants in ModelGen.Few(participant, 4)
               from outcomes in ModelGen.Few(outcome, 2)
               from figures in ModelGen.Few(ModelGen.Figure, 3)
               from claims in ModelGen.Few(Ref(pools.Claims), 3)
               from description in TextGen.Optional(TextGen.Any)
               from references in ModelGen.Few(ModelGen.ExternalReference, 2)
               from extensions in JsonGen.Extensions
               select new ConflictEvent(id, type, date, place, subType, participants, outcomes, figures, claims, description, references, extensions);
    }
}
