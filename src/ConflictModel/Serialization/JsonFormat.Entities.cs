using System;
using System.Collections.Generic;
using System.Text.Json;
using NodaTime;

namespace ConflictModel.Serialization;

// The entities that claims and events name (actors, alliances, relations, places, sources, reports)
// and the objects they hold: each member with its reading into the object's fields and its writing.
internal static partial class JsonFormat
{
    internal static readonly JsonObjectFormat<Name, NameFields> Name = new("name",
        new("text", JsonKind.Text,
            static (x, ref r, ref f) => f.Text = x.String(ref r),
            static (w, n, v, _) => JsonDossierWriter.Text(w, n, v.Text),
            Required: true),
        new("language", JsonKind.Language,
            static (x, ref r, ref f) => f.Language = r.TokenType == JsonTokenType.Null ? null : x.Language(ref r),
            static (w, n, v, _) => JsonDossierWriter.OptionalTerm(w, n, v.Language?.Value)),
        new("use", JsonKind.Word,
            static (x, ref r, ref f) => f.Use = x.Enum<NameUse>(ref r),
            static (w, n, v, _) =>
            {
                if (v.Use != NameUse.Label)
                {
                    JsonDossierWriter.Text(w, n, JsonEnums.Name(v.Use));
                }
            }));

    /// <summary>A name's members as the reader meets them.</summary>
    internal struct NameFields : IJsonFields<Name>
    {
        internal string? Text;
        internal LanguageTag? Language;
        internal NameUse? Use;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly Name Build(JsonDossierReader reader, ExtensionData extensions) =>
            new(Text!, Language, Use ?? NameUse.Label, extensions);
    }

    internal static readonly JsonObjectFormat<Actor, ActorFields> Actor = new("actor",
        new("id", JsonKind.Id,
            static (x, ref r, ref f) => f.Id = x.Id(ref r, static s => new ActorId(s)),
            static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Id.Value),
            Required: true),
        new("names", JsonKind.Objects,
            static (x, ref r, ref f) => f.Names = x.Names(ref r),
            static (w, n, v, o) => JsonDossierWriter.Names(w, n, v.Names, o),
            Required: true, Child: "name"),
        new("kind", JsonKind.Term,
            static (x, ref r, ref f) => f.Kind = x.Term(ref r, static s => new ActorKind(s)),
            static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Kind.Value),
            Required: true),
        new("country", JsonKind.Text,
            static (x, ref r, ref f) => f.Country = x.OptionalString(ref r),
            static (w, n, v, _) => JsonDossierWriter.Optional(w, n, v.Country)),
        new("parent", JsonKind.Id,
            static (x, ref r, ref f) => f.Parent = x.OptionalId(ref r, static s => new ActorId(s)),
            static (w, n, v, _) => JsonDossierWriter.OptionalTerm(w, n, v.Parent?.Value)),
        new("description", JsonKind.Text,
            static (x, ref r, ref f) => f.Description = x.OptionalString(ref r),
            static (w, n, v, _) => JsonDossierWriter.Optional(w, n, v.Description)));

    /// <summary>An actor's members as the reader meets them.</summary>
    internal struct ActorFields : IJsonFields<Actor>
    {
        internal ActorId? Id;
        internal NameSet? Names;
        internal ActorKind? Kind;
        internal string? Country;
        internal ActorId? Parent;
        internal string? Description;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly Actor Build(JsonDossierReader reader, ExtensionData extensions) =>
            new(Id!.Value, Names!, Kind!.Value, Country, Parent, Description, extensions);
    }

    internal static readonly JsonObjectFormat<Alliance, AllianceFields> Alliance = new("alliance",
        new("id", JsonKind.Id,
            static (x, ref r, ref f) => f.Id = x.Id(ref r, static s => new AllianceId(s)),
            static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Id.Value),
            Required: true),
        new("names", JsonKind.Objects,
            static (x, ref r, ref f) => f.Names = x.Names(ref r),
            static (w, n, v, o) => JsonDossierWriter.Names(w, n, v.Names, o),
            Required: true, Child: "name"),
        new("actor", JsonKind.Id,
            static (x, ref r, ref f) => f.Actor = x.OptionalId(ref r, static s => new ActorId(s)),
            static (w, n, v, _) => JsonDossierWriter.OptionalTerm(w, n, v.Actor?.Value)),
        new("memberships", JsonKind.Objects,
            static (x, ref r, ref f) => f.Memberships = x.List(ref r, static (y, ref z) => y.ReadMembership(ref z)),
            static (w, n, v, o) => JsonDossierWriter.Array(w, n, v.Memberships, o, static (w, m, o) => JsonDossierWriter.Membership(w, m, o)),
            Child: "membership"));

    /// <summary>An alliance's members as the reader meets them.</summary>
    internal struct AllianceFields : IJsonFields<Alliance>
    {
        internal AllianceId? Id;
        internal NameSet? Names;
        internal ActorId? Actor;
        internal List<Membership>? Memberships;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly Alliance Build(JsonDossierReader reader, ExtensionData extensions)
        {
            var alliance = new ConflictModel.Alliance(Id!.Value, Names!, Memberships, Actor, extensions);
            ScratchList<Membership>.Return(Memberships);
            return alliance;
        }
    }

    internal static readonly JsonObjectFormat<Membership, MembershipFields> Membership = new("membership",
        new("actor", JsonKind.Id,
            static (x, ref r, ref f) => f.Actor = x.Id(ref r, static s => new ActorId(s)),
            static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Actor.Value),
            Required: true),
        new("role", JsonKind.Term,
            static (x, ref r, ref f) => f.Role = x.Term(ref r, static s => new MembershipRole(s)),
            static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Role.Value),
            Required: true),
        new("validity", JsonKind.Validity,
            static (x, ref r, ref f) => f.Validity = x.Validity(ref r),
            static (w, n, v, _) => JsonDossierWriter.Validity(w, n, v.Validity)),
        new("claims", JsonKind.Ids,
            static (x, ref r, ref f) => f.Claims = x.Ids(ref r, static s => new ClaimId(s)),
            static (w, n, v, _) => JsonDossierWriter.Ids(w, n, v.Claims)));

    /// <summary>A membership's members as the reader meets them.</summary>
    internal struct MembershipFields : IJsonFields<Membership>
    {
        internal ActorId? Actor;
        internal MembershipRole? Role;
        internal ValidityInterval Validity;
        internal List<ClaimId>? Claims;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly Membership Build(JsonDossierReader reader, ExtensionData extensions)
        {
            var membership = new ConflictModel.Membership(Actor!.Value, Role!.Value, Validity, Claims, extensions);
            ScratchList<ClaimId>.Return(Claims);
            return membership;
        }
    }

    internal static readonly JsonObjectFormat<ActorRelation, RelationFields> Relation = new("relation",
        new("id", JsonKind.Id,
            static (x, ref r, ref f) => f.Id = x.Id(ref r, static s => new RelationId(s)),
            static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Id.Value),
            Required: true),
        new("subject", JsonKind.Id,
            static (x, ref r, ref f) => f.Subject = x.Id(ref r, static s => new ActorId(s)),
            static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Subject.Value),
            Required: true),
        new("kind", JsonKind.Term,
            static (x, ref r, ref f) => f.Kind = x.Term(ref r, static s => new RelationKind(s)),
            static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Kind.Value),
            Required: true),
        new("target", JsonKind.Id,
            static (x, ref r, ref f) => f.Target = x.Id(ref r, static s => new ActorId(s)),
            static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Target.Value),
            Required: true),
        new("validity", JsonKind.Validity,
            static (x, ref r, ref f) => f.Validity = x.Validity(ref r),
            static (w, n, v, _) => JsonDossierWriter.Validity(w, n, v.Validity)),
        new("claims", JsonKind.Ids,
            static (x, ref r, ref f) => f.Claims = x.Ids(ref r, static s => new ClaimId(s)),
            static (w, n, v, _) => JsonDossierWriter.Ids(w, n, v.Claims)));

    /// <summary>A relation's members as the reader meets them.</summary>
    internal struct RelationFields : IJsonFields<ActorRelation>
    {
        internal RelationId? Id;
        internal ActorId? Subject;
        internal RelationKind? Kind;
        internal ActorId? Target;
        internal ValidityInterval Validity;
        internal List<ClaimId>? Claims;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly ActorRelation Build(JsonDossierReader reader, ExtensionData extensions)
        {
            var relation = new ActorRelation(Id!.Value, Subject!.Value, Kind!.Value, Target!.Value, Validity, Claims, extensions);
            ScratchList<ClaimId>.Return(Claims);
            return relation;
        }
    }

    internal static readonly JsonObjectFormat<Place, PlaceFields> Place = new("place",
        new("id", JsonKind.Id,
            static (x, ref r, ref f) => f.Id = x.Id(ref r, static s => new PlaceId(s)),
            static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Id.Value),
            Required: true),
        new("names", JsonKind.Objects,
            static (x, ref r, ref f) => f.Names = x.Names(ref r),
            static (w, n, v, o) => JsonDossierWriter.Names(w, n, v.Names, o),
            Required: true, Child: "name"),
        new("kind", JsonKind.Term,
            static (x, ref r, ref f) => f.Kind = x.Term(ref r, static s => new PlaceKind(s)),
            static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Kind.Value),
            Required: true),
        new("parent", JsonKind.Id,
            static (x, ref r, ref f) => f.Parent = x.OptionalId(ref r, static s => new PlaceId(s)),
            static (w, n, v, _) => JsonDossierWriter.OptionalTerm(w, n, v.Parent?.Value)),
        // The point's three members are written together, when the place has a point.
        new("latitude", JsonKind.Number,
            static (x, ref r, ref f) => f.Latitude = x.Coordinate(ref r),
            static (w, n, v, _) =>
            {
                if (v.Location is { } point)
                {
                    JsonDossierWriter.Coordinate(w, n, point.Latitude);
                }
            }),
        new("longitude", JsonKind.Number,
            static (x, ref r, ref f) => f.Longitude = x.Coordinate(ref r),
            static (w, n, v, _) =>
            {
                if (v.Location is { } point)
                {
                    JsonDossierWriter.Coordinate(w, n, point.Longitude);
                }
            }),
        new("precision", JsonKind.Word,
            static (x, ref r, ref f) => f.Precision = x.Enum<SpatialPrecision>(ref r),
            static (w, n, v, _) =>
            {
                if (v.Location is not null)
                {
                    JsonDossierWriter.Text(w, n, JsonEnums.Name(v.Precision!.Value));
                }
            }),
        new("codes", JsonKind.Object,
            static (x, ref r, ref f) => f.Codes = x.ReadCodes(ref r),
            static (w, n, v, o) =>
            {
                if (v.Codes != PlaceCodes.None)
                {
                    w.WritePropertyName(n);
                    JsonDossierWriter.Codes(w, v.Codes, o);
                }
            },
            Child: "codes"),
        new("relativeTo", JsonKind.Object,
            static (x, ref r, ref f) => f.RelativeTo = r.TokenType == JsonTokenType.Null ? null : x.ReadRelativeLocation(ref r),
            static (w, n, v, o) =>
            {
                if (v.RelativeTo is { } relative)
                {
                    w.WritePropertyName(n);
                    JsonDossierWriter.RelativeLocation(w, relative, o);
                }
            },
            Child: "relativeLocation"));

    /// <summary>A place's members as the reader meets them.</summary>
    internal struct PlaceFields : IJsonFields<Place>
    {
        internal PlaceId? Id;
        internal NameSet? Names;
        internal PlaceKind? Kind;
        internal PlaceId? Parent;
        internal double? Latitude;
        internal double? Longitude;
        internal SpatialPrecision? Precision;
        internal PlaceCodes? Codes;
        internal RelativeLocation? RelativeTo;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
            if (Latitude.HasValue != Longitude.HasValue)
            {
                throw reader.Error(ref r, "the place has only one of \"latitude\" and \"longitude\"; give both, with \"precision\", or neither.");
            }
        }

        /// <inheritdoc/>
        public readonly Place Build(JsonDossierReader reader, ExtensionData extensions)
        {
            GeoPoint? point = Latitude is { } lat ? new GeoPoint(lat, Longitude!.Value) : null;
            return new(Id!.Value, Names!, Kind!.Value, Parent, point, Precision, Codes, extensions, RelativeTo);
        }
    }

    internal static readonly JsonObjectFormat<RelativeLocation, RelativeLocationFields> RelativeLocation = new("relativeLocation",
        new("of", JsonKind.Id,
            static (x, ref r, ref f) => f.Of = x.OptionalId(ref r, static s => new PlaceId(s)),
            static (w, n, v, _) => JsonDossierWriter.OptionalTerm(w, n, v.Of?.Value)),
        new("feature", JsonKind.Text,
            static (x, ref r, ref f) => f.Feature = x.OptionalString(ref r),
            static (w, n, v, _) => JsonDossierWriter.Optional(w, n, v.Feature)),
        new("distanceKm", JsonKind.Number,
            static (x, ref r, ref f) => f.Distance = x.Distance(ref r),
            static (w, n, v, _) =>
            {
                if (v.DistanceKilometres is { } distance)
                {
                    w.WriteNumber(n, distance);
                }
            }),
        new("direction", JsonKind.Word,
            static (x, ref r, ref f) => f.Direction = x.Enum<CompassPoint>(ref r),
            static (w, n, v, _) =>
            {
                if (v.Direction is { } direction)
                {
                    JsonDossierWriter.Text(w, n, JsonEnums.Name(direction));
                }
            }),
        new("approximate", JsonKind.Boolean,
            static (x, ref r, ref f) => f.Approximate = x.Bool(ref r),
            static (w, n, v, _) =>
            {
                if (v.IsApproximate)
                {
                    w.WriteBoolean(n, true);
                }
            }));

    /// <summary>A relative location's members as the reader meets them.</summary>
    internal struct RelativeLocationFields : IJsonFields<RelativeLocation>
    {
        internal PlaceId? Of;
        internal string? Feature;
        internal double? Distance;
        internal CompassPoint? Direction;
        internal bool Approximate;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly RelativeLocation Build(JsonDossierReader reader, ExtensionData extensions) =>
            new(Of, Feature, Distance, Direction, Approximate) { Extensions = extensions };
    }

    internal static readonly JsonObjectFormat<PlaceCodes, CodesFields> Codes = new("codes",
        new("iso3166", JsonKind.Text,
            static (x, ref r, ref f) => f.Iso3166 = x.OptionalString(ref r),
            static (w, n, v, _) => JsonDossierWriter.Optional(w, n, v.Iso3166)),
        new("geoNamesId", JsonKind.Integer,
            static (x, ref r, ref f) => f.GeoNamesId = x.GeoNamesId(ref r),
            static (w, n, v, _) =>
            {
                if (v.GeoNamesId is { } geoNames)
                {
                    w.WriteNumber(n, geoNames);
                }
            }),
        new("pCode", JsonKind.Text,
            static (x, ref r, ref f) => f.PCode = x.OptionalString(ref r),
            static (w, n, v, _) => JsonDossierWriter.Optional(w, n, v.PCode)));

    /// <summary>A place's codes as the reader meets them.</summary>
    internal struct CodesFields : IJsonFields<PlaceCodes>
    {
        internal string? Iso3166;
        internal long? GeoNamesId;
        internal string? PCode;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly PlaceCodes Build(JsonDossierReader reader, ExtensionData extensions) => new(Iso3166, GeoNamesId, PCode, extensions);
    }

    internal static readonly JsonObjectFormat<Source, SourceFields> Source = new("source",
        new("id", JsonKind.Id,
            static (x, ref r, ref f) => f.Id = x.Id(ref r, static s => new SourceId(s)),
            static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Id.Value),
            Required: true),
        new("names", JsonKind.Objects,
            static (x, ref r, ref f) => f.Names = x.Names(ref r),
            static (w, n, v, o) => JsonDossierWriter.Names(w, n, v.Names, o),
            Required: true, Child: "name"),
        new("kind", JsonKind.Term,
            static (x, ref r, ref f) => f.Kind = x.Term(ref r, static s => new SourceKind(s)),
            static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Kind.Value),
            Required: true),
        new("reliability", JsonKind.Word,
            static (x, ref r, ref f) => f.Reliability = x.Reliability(ref r),
            static (w, n, v, _) => JsonDossierWriter.Text(w, n, v.Reliability.ToString())),
        new("isPartyToConflict", JsonKind.Boolean,
            static (x, ref r, ref f) => f.IsPartyToConflict = x.Bool(ref r),
            static (w, n, v, _) =>
            {
                if (v.IsPartyToConflict)
                {
                    w.WriteBoolean(n, true);
                }
            }),
        new("speaksFor", JsonKind.Id,
            static (x, ref r, ref f) => f.SpeaksFor = x.OptionalId(ref r, static s => new ActorId(s)),
            static (w, n, v, _) => JsonDossierWriter.OptionalTerm(w, n, v.SpeaksFor?.Value)),
        new("organization", JsonKind.Id,
            static (x, ref r, ref f) => f.Organization = x.OptionalId(ref r, static s => new SourceId(s)),
            static (w, n, v, _) => JsonDossierWriter.OptionalTerm(w, n, v.Organization?.Value)),
        new("affiliation", JsonKind.Text,
            static (x, ref r, ref f) => f.Affiliation = x.OptionalString(ref r),
            static (w, n, v, _) => JsonDossierWriter.Optional(w, n, v.Affiliation)),
        new("role", JsonKind.Term,
            static (x, ref r, ref f) => f.Role = r.TokenType == JsonTokenType.Null ? null : x.Term(ref r, static s => new SourceRole(s)),
            static (w, n, v, _) => JsonDossierWriter.OptionalTerm(w, n, v.Role?.Value)),
        new("memberOf", JsonKind.Id,
            static (x, ref r, ref f) => f.MemberOf = x.OptionalId(ref r, static s => new ActorId(s)),
            static (w, n, v, _) => JsonDossierWriter.OptionalTerm(w, n, v.MemberOf?.Value)),
        new("place", JsonKind.Id,
            static (x, ref r, ref f) => f.Place = x.OptionalId(ref r, static s => new PlaceId(s)),
            static (w, n, v, _) => JsonDossierWriter.OptionalTerm(w, n, v.Place?.Value)),
        new("count", JsonKind.Count,
            static (x, ref r, ref f) => f.Count = r.TokenType == JsonTokenType.Null ? null : x.Count(ref r),
            static (w, n, v, _) =>
            {
                if (v.Count is { } count)
                {
                    if (count.Number is { } number)
                    {
                        w.WriteNumber(n, number);
                    }
                    else
                    {
                        JsonDossierWriter.Text(w, n, "several");
                    }
                }
            }));

    /// <summary>A source's members as the reader meets them.</summary>
    internal struct SourceFields : IJsonFields<Source>
    {
        internal SourceId? Id;
        internal NameSet? Names;
        internal SourceKind? Kind;
        internal Reliability? Reliability;
        internal bool IsPartyToConflict;
        internal ActorId? SpeaksFor;
        internal SourceId? Organization;
        internal string? Affiliation;
        internal SourceRole? Role;
        internal ActorId? MemberOf;
        internal PlaceId? Place;
        internal SourceCount? Count;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly Source Build(JsonDossierReader reader, ExtensionData extensions) =>
            new(Id!.Value, Names!, Kind!.Value, Reliability ?? ConflictModel.Reliability.F, IsPartyToConflict, SpeaksFor, Organization,
                Affiliation, extensions, Role, MemberOf, Place, Count);
    }

    internal static readonly JsonObjectFormat<Report, ReportFields> Report = new("report",
        new("id", JsonKind.Id,
            static (x, ref r, ref f) => f.Id = x.Id(ref r, static s => new ReportId(s)),
            static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Id.Value),
            Required: true),
        new("publisher", JsonKind.Id,
            static (x, ref r, ref f) => f.Publisher = x.Id(ref r, static s => new SourceId(s)),
            static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Publisher.Value),
            Required: true),
        new("published", JsonKind.Instant,
            static (x, ref r, ref f) => f.Published = x.PublishedValue(ref r, out f.PublishedDay),
            static (w, n, v, _) => JsonDossierWriter.Published(w, n, v.Published.ToOffsetDateTime()),
            Required: true),
        new("timeZone", JsonKind.TimeZone,
            static (x, ref r, ref f) => f.TimeZone = x.String(ref r),
            static (w, n, v, _) =>
            {
                if (v.Published.Zone.Id != DateTimeZone.ForOffset(v.Published.Offset).Id)
                {
                    JsonDossierWriter.Text(w, n, v.Published.Zone.Id);
                }
            }),
        new("publishedTimeKnown", JsonKind.Boolean,
            static (x, ref r, ref f) => f.PublishedTimeKnown = x.Bool(ref r),
            static (w, n, v, _) =>
            {
                if (!v.IsPublishedTimeKnown)
                {
                    // The start of the day, which an earlier reader takes for the instant; this reader knows the day alone is known.
                    w.WriteBoolean(n, false);
                }
            }),
        new("language", JsonKind.Language,
            static (x, ref r, ref f) => f.Language = x.Language(ref r),
            static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Language.Value),
            Required: true),
        new("title", JsonKind.Text,
            static (x, ref r, ref f) => f.Title = x.String(ref r),
            static (w, n, v, _) => JsonDossierWriter.Text(w, n, v.Title),
            Required: true),
        new("url", JsonKind.Text,
            static (x, ref r, ref f) => f.Url = x.OptionalString(ref r),
            static (w, n, v, _) => JsonDossierWriter.Optional(w, n, v.Url?.OriginalString)),
        new("text", JsonKind.Text,
            static (x, ref r, ref f) => f.Text = x.OptionalString(ref r),
            static (w, n, v, _) => JsonDossierWriter.Optional(w, n, v.Text)));

    /// <summary>A report's members as the reader meets them, and what they make together.</summary>
    internal struct ReportFields : IJsonFields<Report>
    {
        internal ReportId? Id;
        internal SourceId? Publisher;
        internal OffsetDateTime? Published;
        internal LocalDate? PublishedDay;
        internal string? TimeZone;
        internal bool? PublishedTimeKnown;
        internal LanguageTag? Language;
        internal string? Title;
        internal string? Url;
        internal string? Text;
        private ZonedDateTime when;
        private Uri? address;

        /// <inheritdoc/>
        public void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
            when = PublishedDay is { } day ? reader.PublishedDay(ref r, TimeZone, day) : reader.Published(ref r, TimeZone, Published!.Value);
            if (Url is not null && !Uri.TryCreate(Url, UriKind.Absolute, out address))
            {
                throw reader.Error(ref r, $"\"{JsonDossierReader.Shorten(Url)}\" is not an absolute URL; give it with its scheme, such as https://….");
            }
        }

        /// <inheritdoc/>
        public readonly Report Build(JsonDossierReader reader, ExtensionData extensions) =>
            new(Id!.Value, Publisher!.Value, when, Language!.Value, Title!, address, Text, extensions,
                isPublishedTimeKnown: (PublishedTimeKnown ?? true) && PublishedDay is null);
    }
}
