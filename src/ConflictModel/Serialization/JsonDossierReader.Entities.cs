using System;
using System.Collections.Generic;
using System.Text.Json;
using NodaTime;

namespace ConflictModel.Serialization;

internal sealed partial class JsonDossierReader
{
    private Actor ReadActor(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "an actor object");
        ActorId? id = null;
        NameSet? names = null;
        ActorKind? kind = null;
        string? country = null, description = null;
        ActorId? parent = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, out var name))
        {
            switch (name)
            {
                case "id": Once(ref r, ref seen, 0, name); id = Id(ref r, s => new ActorId(s)); break;
                case "names": Once(ref r, ref seen, 1, name); names = Names(ref r); break;
                case "kind": Once(ref r, ref seen, 2, name); kind = Term(ref r, s => new ActorKind(s)); break;
                case "country": Once(ref r, ref seen, 3, name); country = OptionalString(ref r); break;
                case "parent": Once(ref r, ref seen, 4, name); parent = OptionalId(ref r, s => new ActorId(s)); break;
                case "description": Once(ref r, ref seen, 5, name); description = OptionalString(ref r); break;
                default: Extension(ref r, name, ref extensions); break;
            }
            Pop();
        }
        Required(ref r, id, "id", "actor", "id, names and kind");
        Required(ref r, names, "names", "actor", "id, names and kind");
        Required(ref r, kind, "kind", "actor", "id, names and kind");
        var ext = Build(ref r, extensions);
        return Create(ref r, () => new Actor(id!.Value, names!, kind!.Value, country, parent, description, ext));
    }

    private Alliance ReadAlliance(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "an alliance object");
        AllianceId? id = null;
        NameSet? names = null;
        ActorId? actor = null;
        List<Membership>? memberships = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, out var name))
        {
            switch (name)
            {
                case "id": Once(ref r, ref seen, 0, name); id = Id(ref r, s => new AllianceId(s)); break;
                case "names": Once(ref r, ref seen, 1, name); names = Names(ref r); break;
                case "actor": Once(ref r, ref seen, 2, name); actor = OptionalId(ref r, s => new ActorId(s)); break;
                case "memberships": Once(ref r, ref seen, 3, name); memberships = List(ref r, ReadMembership); break;
                default: Extension(ref r, name, ref extensions); break;
            }
            Pop();
        }
        Required(ref r, id, "id", "alliance", "id and names");
        Required(ref r, names, "names", "alliance", "id and names");
        var ext = Build(ref r, extensions);
        return Create(ref r, () => new Alliance(id!.Value, names!, memberships, actor, ext));
    }

    private Membership ReadMembership(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a membership object");
        ActorId? actor = null;
        MembershipRole? role = null;
        ValidityInterval validity = default;
        List<ClaimId>? claims = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, out var name))
        {
            switch (name)
            {
                case "actor": Once(ref r, ref seen, 0, name); actor = Id(ref r, s => new ActorId(s)); break;
                case "role": Once(ref r, ref seen, 1, name); role = Term(ref r, s => new MembershipRole(s)); break;
                case "validity": Once(ref r, ref seen, 2, name); validity = Validity(ref r); break;
                case "claims": Once(ref r, ref seen, 3, name); claims = Ids(ref r, s => new ClaimId(s)); break;
                default: Extension(ref r, name, ref extensions); break;
            }
            Pop();
        }
        Required(ref r, actor, "actor", "membership", "actor and role");
        Required(ref r, role, "role", "membership", "actor and role");
        var ext = Build(ref r, extensions);
        return Create(ref r, () => new Membership(actor!.Value, role!.Value, validity, claims, ext));
    }

    private ActorRelation ReadRelation(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a relation object");
        RelationId? id = null;
        ActorId? subject = null, target = null;
        RelationKind? kind = null;
        ValidityInterval validity = default;
        List<ClaimId>? claims = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, out var name))
        {
            switch (name)
            {
                case "id": Once(ref r, ref seen, 0, name); id = Id(ref r, s => new RelationId(s)); break;
                case "subject": Once(ref r, ref seen, 1, name); subject = Id(ref r, s => new ActorId(s)); break;
                case "kind": Once(ref r, ref seen, 2, name); kind = Term(ref r, s => new RelationKind(s)); break;
                case "target": Once(ref r, ref seen, 3, name); target = Id(ref r, s => new ActorId(s)); break;
                case "validity": Once(ref r, ref seen, 4, name); validity = Validity(ref r); break;
                case "claims": Once(ref r, ref seen, 5, name); claims = Ids(ref r, s => new ClaimId(s)); break;
                default: Extension(ref r, name, ref extensions); break;
            }
            Pop();
        }
        const string needs = "id, subject, kind and target";
        Required(ref r, id, "id", "relation", needs);
        Required(ref r, subject, "subject", "relation", needs);
        Required(ref r, kind, "kind", "relation", needs);
        Required(ref r, target, "target", "relation", needs);
        var ext = Build(ref r, extensions);
        return Create(ref r, () => new ActorRelation(id!.Value, subject!.Value, kind!.Value, target!.Value, validity, claims, ext));
    }

    private Place ReadPlace(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a place object");
        PlaceId? id = null, parent = null;
        NameSet? names = null;
        PlaceKind? kind = null;
        double? latitude = null, longitude = null;
        SpatialPrecision? precision = null;
        PlaceCodes? codes = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, out var name))
        {
            switch (name)
            {
                case "id": Once(ref r, ref seen, 0, name); id = Id(ref r, s => new PlaceId(s)); break;
                case "names": Once(ref r, ref seen, 1, name); names = Names(ref r); break;
                case "kind": Once(ref r, ref seen, 2, name); kind = Term(ref r, s => new PlaceKind(s)); break;
                case "parent": Once(ref r, ref seen, 3, name); parent = OptionalId(ref r, s => new PlaceId(s)); break;
                case "latitude": Once(ref r, ref seen, 4, name); latitude = Coordinate(ref r); break;
                case "longitude": Once(ref r, ref seen, 5, name); longitude = Coordinate(ref r); break;
                case "precision": Once(ref r, ref seen, 6, name); precision = Enum<SpatialPrecision>(ref r); break;
                case "codes": Once(ref r, ref seen, 7, name); codes = ReadCodes(ref r); break;
                default: Extension(ref r, name, ref extensions); break;
            }
            Pop();
        }
        const string needs = "id, names and kind";
        Required(ref r, id, "id", "place", needs);
        Required(ref r, names, "names", "place", needs);
        Required(ref r, kind, "kind", "place", needs);
        if (latitude.HasValue != longitude.HasValue)
        {
            throw Error(ref r, "the place has only one of \"latitude\" and \"longitude\"; give both, with \"precision\", or neither.");
        }
        GeoPoint? point = latitude is { } lat ? new GeoPoint(lat, longitude!.Value) : null;
        var ext = Build(ref r, extensions);
        return Create(ref r, () => new Place(id!.Value, names!, kind!.Value, parent, point, precision, codes, ext));
    }

    private PlaceCodes ReadCodes(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a codes object");
        string? iso = null, pCode = null;
        long? geoNames = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, out var name))
        {
            switch (name)
            {
                case "iso3166": Once(ref r, ref seen, 0, name); iso = OptionalString(ref r); break;
                case "geoNamesId":
                    Once(ref r, ref seen, 1, name);
                    Expect(ref r, JsonTokenType.Number, "a GeoNames id, a whole number");
                    geoNames = r.TryGetInt64(out long g) ? g : throw Error(ref r, "a GeoNames id is a whole number.");
                    break;
                case "pCode": Once(ref r, ref seen, 2, name); pCode = OptionalString(ref r); break;
                default: Extension(ref r, name, ref extensions); break;
            }
            Pop();
        }
        var ext = Build(ref r, extensions);
        return Create(ref r, () => new PlaceCodes(iso, geoNames, pCode, ext));
    }

    private Source ReadSource(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a source object");
        SourceId? id = null, organization = null;
        NameSet? names = null;
        SourceKind? kind = null;
        Reliability reliability = Reliability.F;
        bool party = false;
        ActorId? speaksFor = null;
        string? affiliation = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, out var name))
        {
            switch (name)
            {
                case "id": Once(ref r, ref seen, 0, name); id = Id(ref r, s => new SourceId(s)); break;
                case "names": Once(ref r, ref seen, 1, name); names = Names(ref r); break;
                case "kind": Once(ref r, ref seen, 2, name); kind = Term(ref r, s => new SourceKind(s)); break;
                case "reliability":
                    Once(ref r, ref seen, 3, name);
                    var grade = String(ref r);
                    reliability = grade is { Length: 1 } && grade[0] is >= 'A' and <= 'F' ? (Reliability)(grade[0] - 'A' + 1)
                        : throw Error(ref r, $"\"{Shorten(grade)}\" is not an Admiralty reliability grade; use a letter from A to F (F: cannot be judged).");
                    break;
                case "isPartyToConflict": Once(ref r, ref seen, 4, name); party = Bool(ref r); break;
                case "speaksFor": Once(ref r, ref seen, 5, name); speaksFor = OptionalId(ref r, s => new ActorId(s)); break;
                case "organization": Once(ref r, ref seen, 6, name); organization = OptionalId(ref r, s => new SourceId(s)); break;
                case "affiliation": Once(ref r, ref seen, 7, name); affiliation = OptionalString(ref r); break;
                default: Extension(ref r, name, ref extensions); break;
            }
            Pop();
        }
        const string needs = "id, names and kind";
        Required(ref r, id, "id", "source", needs);
        Required(ref r, names, "names", "source", needs);
        Required(ref r, kind, "kind", "source", needs);
        var ext = Build(ref r, extensions);
        return Create(ref r, () => new Source(id!.Value, names!, kind!.Value, reliability, party, speaksFor, organization, affiliation, ext));
    }

    private Report ReadReport(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a report object");
        ReportId? id = null;
        SourceId? publisher = null;
        OffsetDateTime? published = null;
        string? zone = null, title = null, url = null, text = null;
        LanguageTag? language = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, out var name))
        {
            switch (name)
            {
                case "id": Once(ref r, ref seen, 0, name); id = Id(ref r, s => new ReportId(s)); break;
                case "publisher": Once(ref r, ref seen, 1, name); publisher = Id(ref r, s => new SourceId(s)); break;
                case "published": Once(ref r, ref seen, 2, name); published = OffsetDateTimeValue(ref r); break;
                case "timeZone": Once(ref r, ref seen, 3, name); zone = String(ref r); break;
                case "language": Once(ref r, ref seen, 4, name); language = Language(ref r); break;
                case "title": Once(ref r, ref seen, 5, name); title = String(ref r); break;
                case "url": Once(ref r, ref seen, 6, name); url = OptionalString(ref r); break;
                case "text": Once(ref r, ref seen, 7, name); text = OptionalString(ref r); break;
                default: Extension(ref r, name, ref extensions); break;
            }
            Pop();
        }
        const string needs = "id, publisher, published, language and title";
        Required(ref r, id, "id", "report", needs);
        Required(ref r, publisher, "publisher", "report", needs);
        Required(ref r, published, "published", "report", needs);
        Required(ref r, language, "language", "report", needs);
        Required(ref r, title, "title", "report", needs);
        var when = Published(ref r, zone, published!.Value);
        Uri? address = null;
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out address))
        {
            throw Error(ref r, $"\"{Shorten(url)}\" is not an absolute URL; give it with its scheme, such as https://….");
        }
        var ext = Build(ref r, extensions);
        return Create(ref r, () => new Report(id!.Value, publisher!.Value, when, language!.Value, title!, address, text, ext));
    }

    private NameSet Names(ref Utf8JsonReader r)
    {
        var names = List(ref r, ReadName);
        if (names.Count == 0)
        {
            throw Error(ref r, "\"names\" is empty; give at least the primary name.");
        }
        return new NameSet(names[0], names.GetRange(1, names.Count - 1));
    }

    private Name ReadName(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a name object");
        string? text = null;
        LanguageTag? language = null;
        NameUse use = NameUse.Label;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, out var name))
        {
            switch (name)
            {
                case "text": Once(ref r, ref seen, 0, name); text = String(ref r); break;
                case "language": Once(ref r, ref seen, 1, name); language = r.TokenType == JsonTokenType.Null ? null : Language(ref r); break;
                case "use": Once(ref r, ref seen, 2, name); use = Enum<NameUse>(ref r); break;
                default: Extension(ref r, name, ref extensions); break;
            }
            Pop();
        }
        Required(ref r, text, "text", "name", "text");
        var ext = Build(ref r, extensions);
        return Create(ref r, () => new Name(text!, language, use, ext));
    }

    private LanguageTag Language(ref Utf8JsonReader r)
    {
        var text = RepeatedString(ref r);
        try
        {
            return new LanguageTag(text);
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, ex.Message);
        }
    }

    private T Id<T>(ref Utf8JsonReader r, Func<string, T> create)
        where T : struct, IEntityId
    {
        // Claims and events are named about once each, so caching their ids would only cost.
        var text = typeof(T) == typeof(ClaimId) || typeof(T) == typeof(EventId) ? String(ref r) : RepeatedString(ref r);
        if (typeof(T) == typeof(ClaimId) && claimIds is not null && !claimIds.Add(text))
        {
            // A claim is named by its own id and by the lists of the entities it is about: one string for all.
            claimIds.TryGetValue(text, out text!);
        }
        try
        {
            return create(text);
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, ex.Message);
        }
    }

    private T? OptionalId<T>(ref Utf8JsonReader r, Func<string, T> create)
        where T : struct, IEntityId =>
        r.TokenType == JsonTokenType.Null ? null : Id(ref r, create);

    private List<T> Ids<T>(ref Utf8JsonReader r, Func<string, T> create)
        where T : struct, IEntityId =>
        List(ref r, (ref Utf8JsonReader x) => Id(ref x, create));

    private T Term<T>(ref Utf8JsonReader r, Func<string, T> create)
        where T : struct, IVocabularyTerm
    {
        var text = RepeatedString(ref r);
        try
        {
            return create(text);
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, ex.Message);
        }
    }

    private void Required<T>(ref Utf8JsonReader r, T? value, string member, string entity, string needs)
    {
        if (value is null)
        {
            throw Error(ref r, $"the {entity} has no \"{member}\"; a {entity} needs {needs}.");
        }
    }
}
