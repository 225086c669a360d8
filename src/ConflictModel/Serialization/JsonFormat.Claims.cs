using System.Collections.Generic;
using System.Text.Json;

namespace ConflictModel.Serialization;

// The claim and what it holds (attribution, relays, quote, wording) and figures: each member with its
// reading into the object's fields and its writing.
internal static partial class JsonFormat
{
    /// <summary>The claim: each member with its reading into <see cref="ClaimFields"/> and its writing.</summary>
    internal static readonly JsonObjectFormat<Claim, ClaimFields> Claim = new("claim",
        new("id", JsonKind.Id,
            static (x, ref r, ref f) => f.Id = x.Id(ref r, static s => new ClaimId(s)),
            static (w, n, c, _) => JsonDossierWriter.Term(w, n, c.Id.Value),
            Required: true),
        new("assertion", JsonKind.Object,
            static (x, ref r, ref f) => f.Assertion = x.ReadAssertion(ref r),
            static (w, n, c, o) =>
            {
                w.WritePropertyName(n);
                JsonDossierWriter.Assertion(w, c.Assertion, o);
            },
            Required: true, Child: "assertion"),
        new("attribution", JsonKind.Object,
            static (x, ref r, ref f) => f.Attribution = x.ReadAttribution(ref r),
            static (w, n, c, o) =>
            {
                w.WritePropertyName(n);
                JsonDossierWriter.Attribution(w, c.Attribution, o);
            },
            Required: true, Child: "attribution"),
        new("report", JsonKind.Id,
            static (x, ref r, ref f) => f.Report = x.OptionalId(ref r, static s => new ReportId(s)),
            static (w, n, c, _) => JsonDossierWriter.OptionalTerm(w, n, c.Report?.Value)),
        new("quote", JsonKind.Object,
            static (x, ref r, ref f) => f.Quote = r.TokenType == JsonTokenType.Null ? null : x.ReadQuote(ref r),
            static (w, n, c, o) =>
            {
                if (c.Quote is { } quote)
                {
                    w.WritePropertyName(n);
                    JsonDossierWriter.Quote(w, quote, o);
                }
            },
            Child: "quote"),
        new("wording", JsonKind.Object,
            static (x, ref r, ref f) => f.Wording = r.TokenType == JsonTokenType.Null ? null : x.ReadWording(ref r),
            static (w, n, c, o) =>
            {
                if (c.Wording is { } wording)
                {
                    w.WritePropertyName(n);
                    JsonDossierWriter.Wording(w, wording, o);
                }
            },
            Child: "wording"),
        new("credibility", JsonKind.Integer,
            static (x, ref r, ref f) => f.Credibility = (Credibility)x.Int(ref r, 1, 6),
            static (w, n, c, _) => w.WriteNumber(n, (int)c.Credibility)),
        new("modality", JsonKind.Word,
            static (x, ref r, ref f) => f.Modality = x.Enum<Modality>(ref r),
            static (w, n, c, _) =>
            {
                if (c.Modality != Modality.Asserted)
                {
                    JsonDossierWriter.Text(w, n, JsonEnums.Name(c.Modality));
                }
            }));

    /// <summary>A claim's members as the reader meets them.</summary>
    internal struct ClaimFields : IJsonFields<Claim>
    {
        internal ClaimId? Id;
        internal ClaimAssertion? Assertion;
        internal Attribution? Attribution;
        internal ReportId? Report;
        internal Quote? Quote;
        internal Wording? Wording;
        internal Credibility? Credibility;
        internal Modality? Modality;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly Claim Build(JsonDossierReader reader, ExtensionData extensions) =>
            new(Id!.Value, Assertion!, Attribution!, Report, Quote, Wording,
                Credibility ?? ConflictModel.Credibility.CannotBeJudged, Modality ?? ConflictModel.Modality.Asserted, extensions);
    }


    internal static readonly JsonObjectFormat<Attribution, AttributionFields> Attribution = new("attribution",
        new("source", JsonKind.Id,
            static (x, ref r, ref f) => f.Source = x.Id(ref r, static s => new SourceId(s)),
            static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Source.Value),
            Required: true),
        new("mode", JsonKind.Term,
            static (x, ref r, ref f) => f.Mode = x.Term(ref r, static s => new AttributionMode(s)),
            static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Mode.Value),
            Required: true),
        new("relays", JsonKind.Objects,
            static (x, ref r, ref f) => f.Relays = x.List(ref r, static (y, ref z) => y.ReadRelay(ref z)),
            static (w, n, v, o) => JsonDossierWriter.Array(w, n, v.Relays, o, static (w, relay, o) => JsonDossierWriter.Relay(w, relay, o)),
            Child: "relay"),
        new("statedOn", JsonKind.Date,
            static (x, ref r, ref f) => f.StatedOn = r.TokenType == JsonTokenType.Null ? null : x.Date(ref r),
            static (w, n, v, _) => JsonDossierWriter.Date(w, n, v.StatedOn)));

    /// <summary>An attribution's members as the reader meets them.</summary>
    internal struct AttributionFields : IJsonFields<Attribution>
    {
        internal SourceId? Source;
        internal AttributionMode? Mode;
        internal List<Relay>? Relays;
        internal FuzzyDate? StatedOn;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly Attribution Build(JsonDossierReader reader, ExtensionData extensions)
        {
            var attribution = reader.Attribution(Source!.Value, Mode!.Value, Relays, StatedOn, extensions);
            ScratchList<Relay>.Return(Relays);
            return attribution;
        }
    }

    internal static readonly JsonObjectFormat<Relay, RelayFields> Relay = new("relay",
        new("source", JsonKind.Id,
            static (x, ref r, ref f) => f.Source = x.Id(ref r, static s => new SourceId(s)),
            static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Source.Value),
            Required: true),
        new("report", JsonKind.Id,
            static (x, ref r, ref f) => f.Report = x.OptionalId(ref r, static s => new ReportId(s)),
            static (w, n, v, _) => JsonDossierWriter.OptionalTerm(w, n, v.Report?.Value)))
    {
        RequiredList = "a source",
    };

    /// <summary>A relay's members as the reader meets them.</summary>
    internal struct RelayFields : IJsonFields<Relay>
    {
        internal SourceId? Source;
        internal ReportId? Report;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly Relay Build(JsonDossierReader reader, ExtensionData extensions) =>
            reader.Relay(Source!.Value, Report, extensions);
    }

    internal static readonly JsonObjectFormat<Quote, QuoteFields> Quote = new("quote",
        new("text", JsonKind.Text,
            static (x, ref r, ref f) => f.Text = x.String(ref r),
            static (w, n, v, _) => JsonDossierWriter.Text(w, n, v.Text),
            Required: true),
        new("language", JsonKind.Language,
            static (x, ref r, ref f) => f.Language = x.Language(ref r),
            static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Language.Value),
            Required: true),
        // The span's two members are written together, when the quote has a span.
        new("start", JsonKind.Integer,
            static (x, ref r, ref f) => f.Start = x.Int(ref r, 0, int.MaxValue),
            static (w, n, v, _) =>
            {
                if (v.Span is { } span)
                {
                    w.WriteNumber(n, span.Start);
                }
            }),
        new("length", JsonKind.Integer,
            static (x, ref r, ref f) => f.Length = x.Int(ref r, 0, int.MaxValue),
            static (w, n, v, _) =>
            {
                if (v.Span is { } span)
                {
                    w.WriteNumber(n, span.Length);
                }
            }));

    /// <summary>A quote's members as the reader meets them.</summary>
    internal struct QuoteFields : IJsonFields<Quote>
    {
        internal string? Text;
        internal LanguageTag? Language;
        internal int? Start;
        internal int? Length;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
            if (Start.HasValue != Length.HasValue)
            {
                throw reader.Error(ref r, "the quote has only one of \"start\" and \"length\"; give both to place it in the report's text, or neither.");
            }
        }

        /// <inheritdoc/>
        public readonly Quote Build(JsonDossierReader reader, ExtensionData extensions) =>
            new(Text!, Language!.Value, Start is { } s ? new TextSpan(s, Length!.Value) : null, extensions);
    }

    internal static readonly JsonObjectFormat<Wording, WordingFields> Wording = new("wording",
        new("source", JsonKind.Text,
            static (x, ref r, ref f) => f.Source = x.RepeatedString(ref r),
            static (w, n, v, _) => JsonDossierWriter.Text(w, n, v.SourceTerm),
            Required: true),
        new("neutral", JsonKind.Text,
            static (x, ref r, ref f) => f.Neutral = x.RepeatedString(ref r),
            static (w, n, v, _) => JsonDossierWriter.Text(w, n, v.NeutralTerm),
            Required: true));

    /// <summary>A wording's members as the reader meets them.</summary>
    internal struct WordingFields : IJsonFields<Wording>
    {
        internal string? Source;
        internal string? Neutral;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly Wording Build(JsonDossierReader reader, ExtensionData extensions) =>
            reader.Wording(Source!, Neutral!, extensions);
    }

    internal static readonly JsonObjectFormat<Figure, FigureFields> Figure = new("figure",
        new("kind", JsonKind.Term,
            static (x, ref r, ref f) => f.Kind = x.Term(ref r, static s => new FigureKind(s)),
            static (w, n, v, _) => JsonDossierWriter.Term(w, n, v.Kind.Value),
            Required: true),
        new("value", JsonKind.Object,
            static (x, ref r, ref f) => f.Value = x.ReadFigureValue(ref r),
            static (w, n, v, o) =>
            {
                w.WritePropertyName(n);
                JsonDossierWriter.FigureValue(w, v.Value, o);
            },
            Required: true, Child: "figureValue"),
        new("asOf", JsonKind.Date,
            static (x, ref r, ref f) => f.AsOf = r.TokenType == JsonTokenType.Null ? null : x.Date(ref r),
            static (w, n, v, _) => JsonDossierWriter.Date(w, n, v.AsOf)),
        new("text", JsonKind.Text,
            static (x, ref r, ref f) => f.Text = x.OptionalString(ref r),
            static (w, n, v, _) => JsonDossierWriter.Optional(w, n, v.Text)),
        new("subject", JsonKind.Object,
            static (x, ref r, ref f) => f.Subject = r.TokenType == JsonTokenType.Null ? null : x.ReadFigureSubject(ref r),
            static (w, n, v, o) =>
            {
                if (v.Subject is { } subject)
                {
                    w.WritePropertyName(n);
                    JsonDossierWriter.FigureSubject(w, subject, o);
                }
            },
            Child: "figureSubject"),
        new("period", JsonKind.Validity,
            static (x, ref r, ref f) => f.Period = r.TokenType == JsonTokenType.Null ? null : x.Validity(ref r),
            static (w, n, v, _) =>
            {
                if (v.Period is { } period)
                {
                    JsonDossierWriter.Text(w, n, FuzzyDateText.Format(period));
                }
            }));

    /// <summary>A figure's members as the reader meets them.</summary>
    internal struct FigureFields : IJsonFields<Figure>
    {
        internal FigureKind? Kind;
        internal FigureValue? Value;
        internal FuzzyDate? AsOf;
        internal string? Text;
        internal FigureSubject? Subject;
        internal ValidityInterval? Period;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
        }

        /// <inheritdoc/>
        public readonly Figure Build(JsonDossierReader reader, ExtensionData extensions) =>
            reader.Figure(Kind!.Value, Value!, AsOf, Text, Subject, Period, extensions);
    }

    /// <summary>Whom a figure counts: exactly one of an actor, a side (an alliance) or a group of people.</summary>
    internal static readonly JsonObjectFormat<FigureSubject, FigureSubjectFields> FigureSubject = new("figureSubject",
        new("actor", JsonKind.Id,
            static (x, ref r, ref f) =>
            {
                FigureSubjectFields.First(x, ref r, f.Subject);
                f.Subject = ConflictModel.FigureSubject.OfActor(x.Id(ref r, static s => new ActorId(s)));
            },
            static (w, n, v, _) =>
            {
                if (v.Actor is { } actor)
                {
                    JsonDossierWriter.Text(w, n, actor.Value);
                }
            }),
        new("side", JsonKind.Id,
            static (x, ref r, ref f) =>
            {
                FigureSubjectFields.First(x, ref r, f.Subject);
                f.Subject = ConflictModel.FigureSubject.OfSide(x.Id(ref r, static s => new AllianceId(s)));
            },
            static (w, n, v, _) =>
            {
                if (v.Side is { } side)
                {
                    JsonDossierWriter.Text(w, n, side.Value);
                }
            }),
        new("group", JsonKind.Term,
            static (x, ref r, ref f) =>
            {
                FigureSubjectFields.First(x, ref r, f.Subject);
                f.Subject = ConflictModel.FigureSubject.OfGroup(x.Term(ref r, static s => new PeopleGroup(s)));
            },
            static (w, n, v, _) =>
            {
                if (v.Group is { } group)
                {
                    JsonDossierWriter.Text(w, n, group.Value);
                }
            }));

    /// <summary>A figure subject as the reader meets it: the one member it has.</summary>
    internal struct FigureSubjectFields : IJsonFields<FigureSubject>
    {
        internal FigureSubject? Subject;

        /// <inheritdoc/>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
            if (Subject is null)
            {
                throw reader.Error(ref r, "the figure subject has none of actor, side and group; give one.");
            }
        }

        /// <inheritdoc/>
        public readonly FigureSubject Build(JsonDossierReader reader, ExtensionData extensions) =>
            extensions.IsEmpty ? Subject! : Subject! with { Extensions = extensions };

        /// <summary>Rejects a second subject, before its value is read.</summary>
        internal static void First(JsonDossierReader reader, ref Utf8JsonReader r, FigureSubject? before)
        {
            if (before is not null)
            {
                throw reader.Error(ref r, "a figure subject is one of actor, side and group; give only one.");
            }
        }
    }
}
