using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ConflictModel.Serialization;

internal sealed partial class JsonDossierReader
{
    private static readonly JsonMembers EventMembers = JsonFormat.Event.Reader;

    private static readonly JsonMembers ParticipantMembers = JsonFormat.Participant.Reader;

    private static readonly JsonMembers OutcomeMembers = JsonFormat.Outcome.Reader;

    private static readonly JsonMembers ExternalReferenceMembers = JsonFormat.ExternalReference.Reader;

    private ConflictEvent ReadEvent(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "an event object");
        EventId? id = null;
        EventType? type = null;
        SubEventType? subType = null;
        FuzzyDate? date = null;
        DayTime? time = null;
        PlaceId? place = null;
        List<Participant>? participants = null;
        List<ControlChange>? outcomes = null;
        List<Figure>? figures = null;
        List<ClaimId>? claims = null;
        List<ExternalReference>? references = null;
        string? description = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, EventMembers, ref seen, out string? member))
        {
            switch (member)
            {
                case "id": id = Id(ref r, s => new EventId(s)); break;
                case "type": type = Term(ref r, s => new EventType(s)); break;
                case "subType": subType = r.TokenType == JsonTokenType.Null ? null : Term(ref r, s => new SubEventType(s)); break;
                case "date": date = Date(ref r); break;
                case "time": time = r.TokenType == JsonTokenType.Null ? null : TimeOfDay(ref r); break;
                case "place": place = OptionalId(ref r, s => new PlaceId(s)); break;
                case "participants": participants = List(ref r, static (x, ref y) => x.ReadParticipant(ref y)); break;
                case "outcomes": outcomes = List(ref r, static (x, ref y) => x.ReadOutcome(ref y)); break;
                case "figures": figures = List(ref r, static (x, ref y) => x.ReadFigure(ref y)); break;
                case "claims": claims = Ids(ref r, s => new ClaimId(s)); break;
                case "description": description = OptionalString(ref r); break;
                case "externalReferences": references = List(ref r, static (x, ref y) => x.ReadExternalReference(ref y)); break;
                default: Extension(ref r, ref extensions); break;
            }
            Pop();
        }
        const string needs = "id, type and date";
        Required(ref r, id, "id", "event", needs);
        Required(ref r, type, "type", "event", needs);
        Required(ref r, date, "date", "event", needs);
        var ext = Build(ref r, extensions);
        try
        {
            var e = new ConflictEvent(id!.Value, type!.Value, date!.Value, place, subType, participants, outcomes, figures, claims,
                description, references, ext, time);
            ScratchList<Participant>.Return(participants);
            ScratchList<ControlChange>.Return(outcomes);
            ScratchList<Figure>.Return(figures);
            ScratchList<ClaimId>.Return(claims);
            ScratchList<ExternalReference>.Return(references);
            return e;
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, Reason(ex));
        }
    }

    private Participant ReadParticipant(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a participant object");
        ActorId? actor = null;
        ParticipantRole? role = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, ParticipantMembers, ref seen, out string? member))
        {
            switch (member)
            {
                case "actor": actor = Id(ref r, s => new ActorId(s)); break;
                case "role": role = Term(ref r, s => new ParticipantRole(s)); break;
                default: Extension(ref r, ref extensions); break;
            }
            Pop();
        }
        Required(ref r, actor, "actor", "participant", "actor and role");
        Required(ref r, role, "role", "participant", "actor and role");
        var ext = Build(ref r, extensions);
        return Shared(new Participant(actor!.Value, role!.Value, ext));
    }

    private ControlChange ReadOutcome(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "an outcome object");
        PlaceId? place = null;
        ActorId? from = null, to = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, OutcomeMembers, ref seen, out string? member))
        {
            switch (member)
            {
                case "place": place = Id(ref r, s => new PlaceId(s)); break;
                case "from": from = OptionalId(ref r, s => new ActorId(s)); break;
                case "to": to = OptionalId(ref r, s => new ActorId(s)); break;
                default: Extension(ref r, ref extensions); break;
            }
            Pop();
        }
        Required(ref r, place, "place", "outcome", "a place");
        var ext = Build(ref r, extensions);
        return new ControlChange(place!.Value, from, to, ext);
    }

    private ExternalReference ReadExternalReference(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "an external reference object");
        string? scheme = null, value = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, ExternalReferenceMembers, ref seen, out string? member))
        {
            switch (member)
            {
                case "scheme": scheme = RepeatedString(ref r); break;
                case "value": value = String(ref r); break;
                default: Extension(ref r, ref extensions); break;
            }
            Pop();
        }
        Required(ref r, scheme, "scheme", "external reference", "scheme and value");
        Required(ref r, value, "value", "external reference", "scheme and value");
        var ext = Build(ref r, extensions);
        try
        {
            return new ExternalReference(scheme!, value!, ext);
        }
        catch (ArgumentException ex)
        {
            throw Error(ref r, Reason(ex));
        }
    }
}
