using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using NodaTime;

namespace ConflictModel.Serialization;

internal sealed partial class JsonDossierReader
{
    private static readonly JsonMembers ActorMembers = JsonFormat.Actor.Reader;

    private static readonly JsonMembers AllianceMembers = JsonFormat.Alliance.Reader;

    private static readonly JsonMembers MembershipMembers = JsonFormat.Membership.Reader;

    private static readonly JsonMembers RelationMembers = JsonFormat.Relation.Reader;

    private static readonly JsonMembers PlaceMembers = JsonFormat.Place.Reader;

    private static readonly JsonMembers CodesMembers = JsonFormat.Codes.Reader;

    private static readonly JsonMembers RelativeLocationMembers = JsonFormat.RelativeLocation.Reader;

    private static readonly JsonMembers SourceMembers = JsonFormat.Source.Reader;

    private static readonly JsonMembers ReportMembers = JsonFormat.Report.Reader;

    private static readonly JsonMembers NameMembers = JsonFormat.Name.Reader;

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
        while (NextMember(ref r, ActorMembers, ref seen, out string? member))
        {
            switch (member)
            {
                case "id": id = Id(ref r, s => new ActorId(s)); break;
                case "names": names = Names(ref r); break;
                case "kind": kind = Term(ref r, s => new ActorKind(s)); break;
                case "country": country = OptionalString(ref r); break;
                case "parent": parent = OptionalId(ref r, s => new ActorId(s)); break;
                case "description": description = OptionalString(ref r); break;
                default: Extension(ref r, ref extensions); break;
            }
            Pop();
        }
        Required(ref r, id, "id", "actor", "id, names and kind");
        Required(ref r, names, "names", "actor", "id, names and kind");
        Required(ref r, kind, "kind", "actor", "id, names and kind");
        var ext = Build(ref r, extensions);
        try
        {
            return new Actor(id!.Value, names!, kind!.Value, country, parent, description, ext);
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, Reason(ex));
        }
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
        while (NextMember(ref r, AllianceMembers, ref seen, out string? member))
        {
            switch (member)
            {
                case "id": id = Id(ref r, s => new AllianceId(s)); break;
                case "names": names = Names(ref r); break;
                case "actor": actor = OptionalId(ref r, s => new ActorId(s)); break;
                case "memberships": memberships = List(ref r, static (x, ref y) => x.ReadMembership(ref y)); break;
                default: Extension(ref r, ref extensions); break;
            }
            Pop();
        }
        Required(ref r, id, "id", "alliance", "id and names");
        Required(ref r, names, "names", "alliance", "id and names");
        var ext = Build(ref r, extensions);
        try
        {
            var alliance = new Alliance(id!.Value, names!, memberships, actor, ext);
            ScratchList<Membership>.Return(memberships);
            return alliance;
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, Reason(ex));
        }
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
        while (NextMember(ref r, MembershipMembers, ref seen, out string? member))
        {
            switch (member)
            {
                case "actor": actor = Id(ref r, s => new ActorId(s)); break;
                case "role": role = Term(ref r, s => new MembershipRole(s)); break;
                case "validity": validity = Validity(ref r); break;
                case "claims": claims = Ids(ref r, s => new ClaimId(s)); break;
                default: Extension(ref r, ref extensions); break;
            }
            Pop();
        }
        Required(ref r, actor, "actor", "membership", "actor and role");
        Required(ref r, role, "role", "membership", "actor and role");
        var ext = Build(ref r, extensions);
        try
        {
            var membership = new Membership(actor!.Value, role!.Value, validity, claims, ext);
            ScratchList<ClaimId>.Return(claims);
            return membership;
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, Reason(ex));
        }
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
        while (NextMember(ref r, RelationMembers, ref seen, out string? member))
        {
            switch (member)
            {
                case "id": id = Id(ref r, s => new RelationId(s)); break;
                case "subject": subject = Id(ref r, s => new ActorId(s)); break;
                case "kind": kind = Term(ref r, s => new RelationKind(s)); break;
                case "target": target = Id(ref r, s => new ActorId(s)); break;
                case "validity": validity = Validity(ref r); break;
                case "claims": claims = Ids(ref r, s => new ClaimId(s)); break;
                default: Extension(ref r, ref extensions); break;
            }
            Pop();
        }
        const string needs = "id, subject, kind and target";
        Required(ref r, id, "id", "relation", needs);
        Required(ref r, subject, "subject", "relation", needs);
        Required(ref r, kind, "kind", "relation", needs);
        Required(ref r, target, "target", "relation", needs);
        var ext = Build(ref r, extensions);
        try
        {
            var relation = new ActorRelation(id!.Value, subject!.Value, kind!.Value, target!.Value, validity, claims, ext);
            ScratchList<ClaimId>.Return(claims);
            return relation;
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, Reason(ex));
        }
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
        RelativeLocation? relativeTo = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, PlaceMembers, ref seen, out string? member))
        {
            switch (member)
            {
                case "id": id = Id(ref r, s => new PlaceId(s)); break;
                case "names": names = Names(ref r); break;
                case "kind": kind = Term(ref r, s => new PlaceKind(s)); break;
                case "parent": parent = OptionalId(ref r, s => new PlaceId(s)); break;
                case "latitude": latitude = Coordinate(ref r); break;
                case "longitude": longitude = Coordinate(ref r); break;
                case "precision": precision = Enum<SpatialPrecision>(ref r); break;
                case "codes": codes = ReadCodes(ref r); break;
                case "relativeTo": relativeTo = r.TokenType == JsonTokenType.Null ? null : ReadRelativeLocation(ref r); break;
                default: Extension(ref r, ref extensions); break;
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
        try
        {
            return new Place(id!.Value, names!, kind!.Value, parent, point, precision, codes, ext, relativeTo);
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, Reason(ex));
        }
    }

    private PlaceCodes ReadCodes(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a codes object");
        string? iso = null, pCode = null;
        long? geoNames = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, CodesMembers, ref seen, out string? member))
        {
            switch (member)
            {
                case "iso3166": iso = OptionalString(ref r); break;
                case "geoNamesId":
                    Expect(ref r, JsonTokenType.Number, "a GeoNames id, a whole number");
                    geoNames = r.TryGetInt64(out long g) ? g : throw Error(ref r, "a GeoNames id is a whole number.");
                    break;
                case "pCode": pCode = OptionalString(ref r); break;
                default: Extension(ref r, ref extensions); break;
            }
            Pop();
        }
        var ext = Build(ref r, extensions);
        try
        {
            return new PlaceCodes(iso, geoNames, pCode, ext);
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, Reason(ex));
        }
    }

    private RelativeLocation ReadRelativeLocation(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a relative location object");
        PlaceId? of = null;
        string? feature = null;
        double? distance = null;
        CompassPoint? direction = null;
        bool approximate = false;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, RelativeLocationMembers, ref seen, out string? member))
        {
            switch (member)
            {
                case "of": of = OptionalId(ref r, s => new PlaceId(s)); break;
                case "feature": feature = OptionalString(ref r); break;
                case "distanceKm":
                    Expect(ref r, JsonTokenType.Number, "a distance in kilometres");
                    distance = r.TryGetDouble(out double d) && double.IsFinite(d) ? d
                        : throw Error(ref r, $"the number {Raw(ref r)} is out of range for a distance in kilometres.");
                    break;
                case "direction": direction = Enum<CompassPoint>(ref r); break;
                case "approximate": approximate = Bool(ref r); break;
                default: Extension(ref r, ref extensions); break;
            }
            Pop();
        }
        var ext = Build(ref r, extensions);
        try
        {
            return new RelativeLocation(of, feature, distance, direction, approximate) { Extensions = ext };
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, Reason(ex));
        }
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
        SourceRole? role = null;
        ActorId? memberOf = null;
        PlaceId? place = null;
        SourceCount? count = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, SourceMembers, ref seen, out string? member))
        {
            switch (member)
            {
                case "id": id = Id(ref r, s => new SourceId(s)); break;
                case "names": names = Names(ref r); break;
                case "kind": kind = Term(ref r, s => new SourceKind(s)); break;
                case "reliability":
                    var grade = String(ref r);
                    reliability = grade is { Length: 1 } && grade[0] is >= 'A' and <= 'F' ? (Reliability)(grade[0] - 'A' + 1)
                        : throw Error(ref r, $"\"{Shorten(grade)}\" is not an Admiralty reliability grade; use a letter from A to F (F: cannot be judged).");
                    break;
                case "isPartyToConflict": party = Bool(ref r); break;
                case "speaksFor": speaksFor = OptionalId(ref r, s => new ActorId(s)); break;
                case "organization": organization = OptionalId(ref r, s => new SourceId(s)); break;
                case "affiliation": affiliation = OptionalString(ref r); break;
                case "role": role = r.TokenType == JsonTokenType.Null ? null : Term(ref r, s => new SourceRole(s)); break;
                case "memberOf": memberOf = OptionalId(ref r, s => new ActorId(s)); break;
                case "place": place = OptionalId(ref r, s => new PlaceId(s)); break;
                case "count": count = r.TokenType == JsonTokenType.Null ? null : Count(ref r); break;
                default: Extension(ref r, ref extensions); break;
            }
            Pop();
        }
        const string needs = "id, names and kind";
        Required(ref r, id, "id", "source", needs);
        Required(ref r, names, "names", "source", needs);
        Required(ref r, kind, "kind", "source", needs);
        var ext = Build(ref r, extensions);
        try
        {
            return new Source(id!.Value, names!, kind!.Value, reliability, party, speaksFor, organization, affiliation, ext, role, memberOf, place, count);
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, Reason(ex));
        }
    }

    private Report ReadReport(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a report object");
        ReportId? id = null;
        SourceId? publisher = null;
        OffsetDateTime? published = null;
        LocalDate? publishedDay = null;
        bool timeKnown = true;
        string? zone = null, title = null, url = null, text = null;
        LanguageTag? language = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, ReportMembers, ref seen, out string? member))
        {
            switch (member)
            {
                case "id": id = Id(ref r, s => new ReportId(s)); break;
                case "publisher": publisher = Id(ref r, s => new SourceId(s)); break;
                case "published": published = PublishedValue(ref r, out publishedDay); break;
                case "timeZone": zone = String(ref r); break;
                case "publishedTimeKnown": timeKnown = Bool(ref r); break;
                case "language": language = Language(ref r); break;
                case "title": title = String(ref r); break;
                case "url": url = OptionalString(ref r); break;
                case "text": text = OptionalString(ref r); break;
                default: Extension(ref r, ref extensions); break;
            }
            Pop();
        }
        const string needs = "id, publisher, published, language and title";
        Required(ref r, id, "id", "report", needs);
        Required(ref r, publisher, "publisher", "report", needs);
        Required(ref r, published, "published", "report", needs);
        Required(ref r, language, "language", "report", needs);
        Required(ref r, title, "title", "report", needs);
        var when = publishedDay is { } day ? PublishedDay(ref r, zone, day) : Published(ref r, zone, published!.Value);
        Uri? address = null;
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out address))
        {
            throw Error(ref r, $"\"{Shorten(url)}\" is not an absolute URL; give it with its scheme, such as https://….");
        }
        var ext = Build(ref r, extensions);
        try
        {
            return new Report(id!.Value, publisher!.Value, when, language!.Value, title!, address, text, ext, isPublishedTimeKnown: timeKnown && publishedDay is null);
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, Reason(ex));
        }
    }

    internal NameSet Names(ref Utf8JsonReader r)
    {
        var names = List(ref r, static (x, ref y) => x.ReadName(ref y));
        if (names.Count == 0)
        {
            throw Error(ref r, "\"names\" is empty; give at least the primary name.");
        }
        var set = new NameSet(names[0], names.GetRange(1, names.Count - 1));
        ScratchList<Name>.Return(names);
        return set;
    }

    private Name ReadName(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a name object");
        string? text = null;
        LanguageTag? language = null;
        NameUse use = NameUse.Label;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, NameMembers, ref seen, out string? member))
        {
            switch (member)
            {
                case "text": text = String(ref r); break;
                case "language": language = r.TokenType == JsonTokenType.Null ? null : Language(ref r); break;
                case "use": use = Enum<NameUse>(ref r); break;
                default: Extension(ref r, ref extensions); break;
            }
            Pop();
        }
        Required(ref r, text, "text", "name", "text");
        var ext = Build(ref r, extensions);
        try
        {
            return new Name(text!, language, use, ext);
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, Reason(ex));
        }
    }

    internal LanguageTag Language(ref Utf8JsonReader r) => Repeated(ref r, static s => new LanguageTag(s));

    internal T Id<T>(ref Utf8JsonReader r, Func<string, T> create)
        where T : struct, IEntityId
    {
        if (typeof(T) != typeof(ClaimId) && typeof(T) != typeof(EventId))
        {
            return Repeated(ref r, create);
        }
        // Claims and events are named about once each, so caching their ids would only cost.
        // A claim is named by its own id and by the lists of the entities it is about, an event by its
        // own id and by the claims about it: one string for all within a document.
        var text = claimIds is not null ? ClaimIdText(ref r, claimIds) : String(ref r);
        try
        {
            return create(text);
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, Reason(ex));
        }
    }

    /// <summary>
    /// Reads the text of a claim or event id: one string for the entity and everything that names
    /// it, found from the bytes when the id was met before.
    /// </summary>
    private string ClaimIdText(ref Utf8JsonReader r, HashSet<string> known)
    {
        if (r.TokenType == JsonTokenType.String && !r.ValueIsEscaped && !r.HasValueSequence
            && r.ValueSpan.Length <= EntityIdSyntax.MaxLength && Ascii.IsValid(r.ValueSpan))
        {
            // An id met before passed every check of String then; the model still checks its syntax.
            Span<char> chars = stackalloc char[EntityIdSyntax.MaxLength];
            Ascii.ToUtf16(r.ValueSpan, chars, out int length);
            if (known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chars[..length], out var same))
            {
                return same;
            }
        }
        var text = String(ref r);
        known.Add(text);
        return text;
    }

    internal T? OptionalId<T>(ref Utf8JsonReader r, Func<string, T> create)
        where T : struct, IEntityId =>
        r.TokenType == JsonTokenType.Null ? null : Id(ref r, create);

    internal List<T> Ids<T>(ref Utf8JsonReader r, Func<string, T> create)
        where T : struct, IEntityId
    {
        Expect(ref r, JsonTokenType.StartArray, "an array");
        var list = ScratchList<T>.Take();
        for (int index = 0; NextItem(ref r, index); index++)
        {
            list.Add(Id(ref r, create));
            Pop();
        }
        return list;
    }

    internal T Term<T>(ref Utf8JsonReader r, Func<string, T> create)
        where T : struct, IVocabularyTerm =>
        Repeated(ref r, create);

    /// <summary>
    /// Reads a short text that is likely to repeat (a term, a language tag, the id of a shared
    /// entity) and makes it into a value, which is kept with the text: the next occurrence of the
    /// same bytes gives the same value without being checked again.
    /// </summary>
    private T Repeated<T>(ref Utf8JsonReader r, Func<string, T> create)
        where T : struct
    {
        if (Known(ref r, out T value, out string text, out int slot))
        {
            return value;
        }
        try
        {
            value = create(text);
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, Reason(ex));
        }
        strings.SetParsed(slot, value);
        return value;
    }

    private void Required<T>(ref Utf8JsonReader r, T? value, string member, string entity, string needs)
    {
        if (value is null)
        {
            throw Error(ref r, $"the {entity} has no \"{member}\"; a {entity} needs {needs}.");
        }
    }
}
