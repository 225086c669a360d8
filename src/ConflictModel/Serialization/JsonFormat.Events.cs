using System.Collections.Generic;
using System.Text.Json;

namespace ConflictModel.Serialization;

// The event and what it holds (participants, outcomes, external references): each member with its
// reading into the object's fields and its writing.
internal static partial class JsonFormat
{
    internal static readonly JsonObjectFormat<ConflictEvent, EventFields> Event = new("event",
        new("id", JsonKind.Id,
            static (x, ref r, ref f) => f.Id = x.Id(ref r, static s => new EventId(s)),
            static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Id.Value),
            Required: true),
        new("type", JsonKind.Term,
            static (x, ref r, ref f) => f.Type = x.Term(ref r, static s => new EventType(s)),
            static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Type.Value),
            Required: true),
        new("subType", JsonKind.Term,
            static (x, ref r, ref f) => f.SubType = r.TokenType == JsonTokenType.Null ? null : x.Term(ref r, static s => new SubEventType(s)),
            static (w, n, v, _) => JsonDossierWriter.OptionalTerm(w, n, v.SubType?.Value)),
        new("date", JsonKind.Date,
            static (x, ref r, ref f) => f.Date = x.Date(ref r),
            static (w, n, v, _) => JsonDossierWriter.Date(w, n, v.Date),
            Required: true),
        new("time", JsonKind.TimeOfDay,
            static (x, ref r, ref f) => f.Time = r.TokenType == JsonTokenType.Null ? null : x.TimeOfDay(ref r),
            static (w, n, v, _) =>
            {
                if (v.Time is { } time)
                {
                    JsonDossierWriter.Text(w, n, time.ToString());
                }
            }),
        new("place", JsonKind.Id,
            static (x, ref r, ref f) => f.Place = x.OptionalId(ref r, static s => new PlaceId(s)),
            static (w, n, v, _) => JsonDossierWriter.OptionalTerm(w, n, v.Place?.Value)),
        new("participants", JsonKind.Objects,
            static (x, ref r, ref f) => f.Participants = x.List(ref r, static (y, ref z) => y.ReadParticipant(ref z)),
            static (w, n, v, o) => JsonDossierWriter.Array(w, n, v.Participants, o, static (w, p, o) => JsonDossierWriter.Participant(w, p, o)),
            Child: "participant"),
        new("outcomes", JsonKind.Objects,
            static (x, ref r, ref f) => f.Outcomes = x.List(ref r, static (y, ref z) => y.ReadOutcome(ref z)),
            static (w, n, v, o) => JsonDossierWriter.Array(w, n, v.Outcomes, o, static (w, c, o) => JsonDossierWriter.Outcome(w, c, o)),
            Child: "outcome"),
        new("figures", JsonKind.Objects,
            static (x, ref r, ref f) => f.Figures = x.List(ref r, static (y, ref z) => y.ReadFigure(ref z)),
            static (w, n, v, o) => JsonDossierWriter.Array(w, n, v.Figures, o, static (w, g, o) => JsonDossierWriter.Figure(w, g, o)),
            Child: "figure"),
        new("claims", JsonKind.Ids,
            static (x, ref r, ref f) => f.Claims = x.Ids(ref r, static s => new ClaimId(s)),
            static (w, n, v, _) => JsonDossierWriter.Ids(w, n, v.Claims)),
        new("description", JsonKind.Text,
            static (x, ref r, ref f) => f.Description = x.OptionalString(ref r),
            static (w, n, v, _) => JsonDossierWriter.Optional(w, n, v.Description)),
        new("externalReferences", JsonKind.Objects,
            static (x, ref r, ref f) => f.ExternalReferences = x.List(ref r, static (y, ref z) => y.ReadExternalReference(ref z)),
            static (w, n, v, o) => JsonDossierWriter.Array(w, n, v.ExternalReferences, o, static (w, e, o) => JsonDossierWriter.ExternalReference(w, e, o)),
            Child: "externalReference"));

    /// <summary>An event's members as the reader meets them.</summary>
    internal struct EventFields : IJsonFields<ConflictEvent>
    {
        internal EventId? Id;
        internal EventType? Type;
        internal SubEventType? SubType;
        internal FuzzyDate? Date;
        internal DayTime? Time;
        internal PlaceId? Place;
        internal List<Participant>? Participants;
        internal List<ControlChange>? Outcomes;
        internal List<Figure>? Figures;
        internal List<ClaimId>? Claims;
        internal string? Description;
        internal List<ExternalReference>? ExternalReferences;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly ConflictEvent Build(JsonDossierReader reader, ExtensionData extensions)
        {
            var e = new ConflictEvent(Id!.Value, Type!.Value, Date!.Value, Place, SubType, Participants, Outcomes, Figures, Claims,
                Description, ExternalReferences, extensions, Time);
            ScratchList<Participant>.Return(Participants);
            ScratchList<ControlChange>.Return(Outcomes);
            ScratchList<Figure>.Return(Figures);
            ScratchList<ClaimId>.Return(Claims);
            ScratchList<ExternalReference>.Return(ExternalReferences);
            return e;
        }
    }

    internal static readonly JsonObjectFormat<Participant, ParticipantFields> Participant = new("participant",
        new("actor", JsonKind.Id,
            static (x, ref r, ref f) => f.Actor = x.Id(ref r, static s => new ActorId(s)),
            static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Actor.Value),
            Required: true),
        new("role", JsonKind.Term,
            static (x, ref r, ref f) => f.Role = x.Term(ref r, static s => new ParticipantRole(s)),
            static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Role.Value),
            Required: true));

    /// <summary>A participant's members as the reader meets them.</summary>
    internal struct ParticipantFields : IJsonFields<Participant>
    {
        internal ActorId? Actor;
        internal ParticipantRole? Role;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly Participant Build(JsonDossierReader reader, ExtensionData extensions) =>
            reader.Participant(Actor!.Value, Role!.Value, extensions);
    }

    internal static readonly JsonObjectFormat<ControlChange, OutcomeFields> Outcome = new("outcome",
        new("place", JsonKind.Id,
            static (x, ref r, ref f) => f.Place = x.Id(ref r, static s => new PlaceId(s)),
            static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Place.Value),
            Required: true),
        new("from", JsonKind.Id,
            static (x, ref r, ref f) => f.From = x.OptionalId(ref r, static s => new ActorId(s)),
            static (w, n, v, _) => JsonDossierWriter.OptionalTerm(w, n, v.From?.Value)),
        new("to", JsonKind.Id,
            static (x, ref r, ref f) => f.To = x.OptionalId(ref r, static s => new ActorId(s)),
            static (w, n, v, _) => JsonDossierWriter.OptionalTerm(w, n, v.To?.Value)))
    {
        RequiredList = "a place",
    };

    /// <summary>An outcome's members as the reader meets them.</summary>
    internal struct OutcomeFields : IJsonFields<ControlChange>
    {
        internal PlaceId? Place;
        internal ActorId? From;
        internal ActorId? To;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly ControlChange Build(JsonDossierReader reader, ExtensionData extensions) => new(Place!.Value, From, To, extensions);
    }

    internal static readonly JsonObjectFormat<ExternalReference, ExternalReferenceFields> ExternalReference = new("externalReference",
        new("scheme", JsonKind.Term,
            static (x, ref r, ref f) => f.Scheme = x.RepeatedString(ref r),
            static (w, n, v, _) => JsonDossierWriter.Text(w, n, v.Scheme),
            Required: true),
        new("value", JsonKind.Text,
            static (x, ref r, ref f) => f.Value = x.String(ref r),
            static (w, n, v, _) => JsonDossierWriter.Text(w, n, v.Value),
            Required: true))
    {
        What = "external reference",
    };

    /// <summary>An external reference's members as the reader meets them.</summary>
    internal struct ExternalReferenceFields : IJsonFields<ExternalReference>
    {
        internal string? Scheme;
        internal string? Value;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly ExternalReference Build(JsonDossierReader reader, ExtensionData extensions) => new(Scheme!, Value!, extensions);
    }
}
