using System.Collections.Generic;
using System.Text.Json;

namespace ConflictModel.Serialization;

// The objects whose members depend on a discriminator: the built-in assertion types and figure shapes,
// each kind with its members, their reading into the kind's fields and their writing. The discriminator
// itself is added to every kind by JsonVariants.
internal static partial class JsonFormat
{
    /// <summary>The built-in assertion types, by their <c>type</c>.</summary>
    internal static readonly JsonVariants<ClaimAssertion> Assertion = new("assertion", "type", "assertion",
        new JsonVariant<ClaimAssertion, EventAssertion, EventAssertionFields>(JsonNames.EventAssertion, "eventAssertion",
        [
            new("event", JsonKind.Id,
                static (x, ref r, ref f) => f.Event = x.OptionalId(ref r, static s => new EventId(s)),
                static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Event.Value),
                Required: true),
            new("when", JsonKind.Date,
                static (x, ref r, ref f) => f.When = r.TokenType == JsonTokenType.Null ? null : x.Date(ref r),
                static (w, n, v, _) => JsonDossierWriter.Date(w, n, v.When)),
        ]),
        new JsonVariant<ClaimAssertion, ParticipationAssertion, ParticipationAssertionFields>(JsonNames.ParticipationAssertion, "participationAssertion",
            new("event", JsonKind.Id,
                static (x, ref r, ref f) => f.Event = x.OptionalId(ref r, static s => new EventId(s)),
                static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Event.Value),
                Required: true),
            new("actor", JsonKind.Id,
                static (x, ref r, ref f) => f.Actor = x.Id(ref r, static s => new ActorId(s)),
                static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Actor.Value),
                Required: true),
            new("role", JsonKind.Term,
                static (x, ref r, ref f) => f.Role = x.RepeatedString(ref r),
                static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Role.Value),
                Required: true)),
        new JsonVariant<ClaimAssertion, ControlChangeAssertion, ControlChangeAssertionFields>(JsonNames.ControlChangeAssertion, "controlChangeAssertion",
            new("place", JsonKind.Id,
                static (x, ref r, ref f) => f.Place = x.OptionalId(ref r, static s => new PlaceId(s)),
                static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Place.Value),
                Required: true),
            new("from", JsonKind.Id,
                static (x, ref r, ref f) => f.From = x.OptionalId(ref r, static s => new ActorId(s)),
                static (w, n, v, _) => JsonDossierWriter.OptionalTerm(w, n, v.From?.Value)),
            new("to", JsonKind.Id,
                static (x, ref r, ref f) => f.To = x.OptionalId(ref r, static s => new ActorId(s)),
                static (w, n, v, _) => JsonDossierWriter.OptionalTerm(w, n, v.To?.Value)),
            new("when", JsonKind.Date,
                static (x, ref r, ref f) => f.When = r.TokenType == JsonTokenType.Null ? null : x.Date(ref r),
                static (w, n, v, _) => JsonDossierWriter.Date(w, n, v.When)),
            new("event", JsonKind.Id,
                static (x, ref r, ref f) => f.Event = x.OptionalId(ref r, static s => new EventId(s)),
                static (w, n, v, _) => JsonDossierWriter.OptionalTerm(w, n, v.Event?.Value))),
        new JsonVariant<ClaimAssertion, ControlAssertion, ControlAssertionFields>(JsonNames.ControlAssertion, "controlAssertion",
            new("place", JsonKind.Id,
                static (x, ref r, ref f) => f.Place = x.OptionalId(ref r, static s => new PlaceId(s)),
                static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Place.Value),
                Required: true),
            new("controller", JsonKind.Id,
                static (x, ref r, ref f) => f.Controller = x.OptionalId(ref r, static s => new ActorId(s)),
                static (w, n, v, _) => JsonDossierWriter.OptionalTerm(w, n, v.Controller?.Value)),
            new("asOf", JsonKind.Date,
                static (x, ref r, ref f) => f.AsOf = x.Date(ref r),
                static (w, n, v, _) => JsonDossierWriter.Date(w, n, v.AsOf),
                Required: true)),
        new JsonVariant<ClaimAssertion, FigureAssertion, FigureAssertionFields>(JsonNames.FigureAssertion, "figureAssertion",
            new("figure", JsonKind.Object,
                static (x, ref r, ref f) => f.Figure = x.ReadFigure(ref r),
                static (w, n, v, o) =>
                {
                    w.WritePropertyName(n);
                    JsonDossierWriter.Figure(w, v.Figure, o);
                },
                Required: true, Child: "figure"),
            new("event", JsonKind.Id,
                static (x, ref r, ref f) => f.Event = x.OptionalId(ref r, static s => new EventId(s)),
                static (w, n, v, _) => JsonDossierWriter.OptionalTerm(w, n, v.Event?.Value)),
            new("place", JsonKind.Id,
                static (x, ref r, ref f) => f.Place = x.OptionalId(ref r, static s => new PlaceId(s)),
                static (w, n, v, _) => JsonDossierWriter.OptionalTerm(w, n, v.Place?.Value)),
            new("partOf", JsonKind.Id,
                static (x, ref r, ref f) => f.PartOf = x.OptionalId(ref r, static s => new ClaimId(s)),
                static (w, n, v, _) => JsonDossierWriter.OptionalTerm(w, n, v.PartOf?.Value))),
        new JsonVariant<ClaimAssertion, MembershipAssertion, MembershipAssertionFields>(JsonNames.MembershipAssertion, "membershipAssertion",
            new("alliance", JsonKind.Id,
                static (x, ref r, ref f) => f.Alliance = x.Id(ref r, static s => new AllianceId(s)),
                static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Alliance.Value),
                Required: true),
            new("actor", JsonKind.Id,
                static (x, ref r, ref f) => f.Actor = x.Id(ref r, static s => new ActorId(s)),
                static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Actor.Value),
                Required: true),
            new("role", JsonKind.Term,
                static (x, ref r, ref f) => f.Role = x.RepeatedString(ref r),
                static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Role.Value),
                Required: true)),
        new JsonVariant<ClaimAssertion, RelationAssertion, RelationAssertionFields>(JsonNames.RelationAssertion, "relationAssertion",
        [
            new("relation", JsonKind.Id,
                static (x, ref r, ref f) => f.Relation = x.Id(ref r, static s => new RelationId(s)),
                static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Relation.Value),
                Required: true),
        ]),
        new JsonVariant<ClaimAssertion, StatementAssertion, StatementAssertionFields>(JsonNames.StatementAssertion, "statementAssertion",
            new("summary", JsonKind.Text,
                static (x, ref r, ref f) => f.Summary = x.String(ref r),
                static (w, n, v, _) => JsonDossierWriter.Text(w, n, v.Summary),
                Required: true),
            new("about", JsonKind.Ids,
                static (x, ref r, ref f) => f.About = x.Ids(ref r, static s => new ActorId(s)),
                static (w, n, v, _) => JsonDossierWriter.Ids(w, n, v.About)),
            new("places", JsonKind.Ids,
                static (x, ref r, ref f) => f.Places = x.Ids(ref r, static s => new PlaceId(s)),
                static (w, n, v, _) => JsonDossierWriter.Ids(w, n, v.Places))));

    /// <summary>An event assertion's members as the reader meets them.</summary>
    internal struct EventAssertionFields : IJsonFields<EventAssertion>
    {
        internal EventId? Event;
        internal FuzzyDate? When;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly EventAssertion Build(JsonDossierReader reader, ExtensionData extensions) =>
            new(Event!.Value, When) { Extensions = extensions };
    }

    /// <summary>A participation assertion's members as the reader meets them.</summary>
    internal struct ParticipationAssertionFields : IJsonFields<ParticipationAssertion>
    {
        internal EventId? Event;
        internal ActorId? Actor;
        internal string? Role;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly ParticipationAssertion Build(JsonDossierReader reader, ExtensionData extensions) =>
            new(Event!.Value, Actor!.Value, new ParticipantRole(Role!)) { Extensions = extensions };
    }

    /// <summary>A control change assertion's members as the reader meets them.</summary>
    internal struct ControlChangeAssertionFields : IJsonFields<ControlChangeAssertion>
    {
        internal PlaceId? Place;
        internal ActorId? From;
        internal ActorId? To;
        internal FuzzyDate? When;
        internal EventId? Event;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly ControlChangeAssertion Build(JsonDossierReader reader, ExtensionData extensions) =>
            new(Place!.Value, From, To, When, Event) { Extensions = extensions };
    }

    /// <summary>A control assertion's members as the reader meets them.</summary>
    internal struct ControlAssertionFields : IJsonFields<ControlAssertion>
    {
        internal PlaceId? Place;
        internal ActorId? Controller;
        internal FuzzyDate? AsOf;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly ControlAssertion Build(JsonDossierReader reader, ExtensionData extensions) =>
            new(Place!.Value, Controller, AsOf!.Value) { Extensions = extensions };
    }

    /// <summary>A figure assertion's members as the reader meets them.</summary>
    internal struct FigureAssertionFields : IJsonFields<FigureAssertion>
    {
        internal Figure? Figure;
        internal EventId? Event;
        internal PlaceId? Place;
        internal ClaimId? PartOf;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly FigureAssertion Build(JsonDossierReader reader, ExtensionData extensions) =>
            new(Figure!, Event, Place, PartOf) { Extensions = extensions };
    }

    /// <summary>A membership assertion's members as the reader meets them.</summary>
    internal struct MembershipAssertionFields : IJsonFields<MembershipAssertion>
    {
        internal AllianceId? Alliance;
        internal ActorId? Actor;
        internal string? Role;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly MembershipAssertion Build(JsonDossierReader reader, ExtensionData extensions) =>
            new(Alliance!.Value, Actor!.Value, new MembershipRole(Role!)) { Extensions = extensions };
    }

    /// <summary>A relation assertion's members as the reader meets them.</summary>
    internal struct RelationAssertionFields : IJsonFields<RelationAssertion>
    {
        internal RelationId? Relation;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly RelationAssertion Build(JsonDossierReader reader, ExtensionData extensions) =>
            new(Relation!.Value) { Extensions = extensions };
    }

    /// <summary>A statement assertion's members as the reader meets them.</summary>
    internal struct StatementAssertionFields : IJsonFields<StatementAssertion>
    {
        internal string? Summary;
        internal List<ActorId>? About;
        internal List<PlaceId>? Places;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly StatementAssertion Build(JsonDossierReader reader, ExtensionData extensions)
        {
            // The assertion copies the lists; they go back to be lent again.
            var statement = new StatementAssertion(Summary!, About, Places) { Extensions = extensions };
            ScratchList<ActorId>.Return(About);
            ScratchList<PlaceId>.Return(Places);
            return statement;
        }
    }

    /// <summary>The built-in shapes of a figure's value, by their <c>shape</c>.</summary>
    internal static readonly JsonVariants<FigureValue> FigureValue = new("figureValue", "shape", "figure value",
        new JsonVariant<FigureValue, ExactCount, ExactFields>(JsonNames.Exact, "exactValue",
        [
            new("value", JsonKind.Number,
                static (x, ref r, ref f) => f.Value = x.Decimal(ref r),
                static (w, n, v, _) => w.WriteNumber(n, v.Value),
                Required: true),
        ]),
        new JsonVariant<FigureValue, AtLeastCount, AtLeastFields>(JsonNames.AtLeast, "atLeastValue",
        [
            new("minimum", JsonKind.Number,
                static (x, ref r, ref f) => f.Minimum = x.Decimal(ref r),
                static (w, n, v, _) => w.WriteNumber(n, v.Minimum),
                Required: true),
        ]),
        new JsonVariant<FigureValue, AtMostCount, AtMostFields>(JsonNames.AtMost, "atMostValue",
        [
            new("maximum", JsonKind.Number,
                static (x, ref r, ref f) => f.Maximum = x.Decimal(ref r),
                static (w, n, v, _) => w.WriteNumber(n, v.Maximum),
                Required: true),
        ]),
        new JsonVariant<FigureValue, ApproximateCount, ApproximateFields>(JsonNames.Approximate, "approximateValue",
        [
            new("value", JsonKind.Number,
                static (x, ref r, ref f) => f.Value = x.Decimal(ref r),
                static (w, n, v, _) => w.WriteNumber(n, v.Value),
                Required: true),
        ]),
        new JsonVariant<FigureValue, CountRange, RangeFields>(JsonNames.Range, "rangeValue",
            new("low", JsonKind.Number,
                static (x, ref r, ref f) => f.Low = x.Decimal(ref r),
                static (w, n, v, _) => w.WriteNumber(n, v.Low),
                Required: true),
            new("high", JsonKind.Number,
                static (x, ref r, ref f) => f.High = x.Decimal(ref r),
                static (w, n, v, _) => w.WriteNumber(n, v.High),
                Required: true)),
        new JsonVariant<FigureValue, CountEstimate, EstimateFields>(JsonNames.Estimate, "estimateValue",
            new("low", JsonKind.Number,
                static (x, ref r, ref f) => f.Low = x.Decimal(ref r),
                static (w, n, v, _) => w.WriteNumber(n, v.Low),
                Required: true),
            new("best", JsonKind.Number,
                static (x, ref r, ref f) => f.Best = x.Decimal(ref r),
                static (w, n, v, _) => w.WriteNumber(n, v.BestEstimate),
                Required: true),
            new("high", JsonKind.Number,
                static (x, ref r, ref f) => f.High = x.Decimal(ref r),
                static (w, n, v, _) => w.WriteNumber(n, v.High),
                Required: true)));

    /// <summary>An exact figure value as the reader meets it.</summary>
    internal struct ExactFields : IJsonFields<ExactCount>
    {
        internal decimal? Value;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly ExactCount Build(JsonDossierReader reader, ExtensionData extensions) => new(Value!.Value) { Extensions = extensions };
    }

    /// <summary>A lower bound as the reader meets it.</summary>
    internal struct AtLeastFields : IJsonFields<AtLeastCount>
    {
        internal decimal? Minimum;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly AtLeastCount Build(JsonDossierReader reader, ExtensionData extensions) => new(Minimum!.Value) { Extensions = extensions };
    }

    /// <summary>An upper bound as the reader meets it.</summary>
    internal struct AtMostFields : IJsonFields<AtMostCount>
    {
        internal decimal? Maximum;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly AtMostCount Build(JsonDossierReader reader, ExtensionData extensions) => new(Maximum!.Value) { Extensions = extensions };
    }

    /// <summary>An approximate figure value as the reader meets it.</summary>
    internal struct ApproximateFields : IJsonFields<ApproximateCount>
    {
        internal decimal? Value;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly ApproximateCount Build(JsonDossierReader reader, ExtensionData extensions) => new(Value!.Value) { Extensions = extensions };
    }

    /// <summary>A range as the reader meets it.</summary>
    internal struct RangeFields : IJsonFields<CountRange>
    {
        internal decimal? Low;
        internal decimal? High;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly CountRange Build(JsonDossierReader reader, ExtensionData extensions) => new(Low!.Value, High!.Value) { Extensions = extensions };
    }

    /// <summary>An estimate with its bounds as the reader meets it.</summary>
    internal struct EstimateFields : IJsonFields<CountEstimate>
    {
        internal decimal? Low;
        internal decimal? Best;
        internal decimal? High;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly CountEstimate Build(JsonDossierReader reader, ExtensionData extensions) =>
            new(Low!.Value, Best!.Value, High!.Value) { Extensions = extensions };
    }
}
