using System.Collections.Generic;
using System.Text.Json;

namespace ConflictModel.Serialization;

internal sealed partial class JsonDossierReader
{
    private ConflictEvent ReadEvent(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "an event object");
        EventId? id = null;
        EventType? type = null;
        SubEventType? subType = null;
        FuzzyDate? date = null;
        PlaceId? place = null;
        List<Participant>? participants = null;
        List<ControlChange>? outcomes = null;
        List<Figure>? figures = null;
        List<ClaimId>? claims = null;
        List<ExternalReference>? references = null;
        string? description = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, out var name))
        {
            switch (name)
            {
                case "id": Once(ref r, ref seen, 0, name); id = Id(ref r, s => new EventId(s)); break;
                case "type": Once(ref r, ref seen, 1, name); type = Term(ref r, s => new EventType(s)); break;
                case "subType": Once(ref r, ref seen, 2, name); subType = r.TokenType == JsonTokenType.Null ? null : Term(ref r, s => new SubEventType(s)); break;
                case "date": Once(ref r, ref seen, 3, name); date = Date(ref r); break;
                case "place": Once(ref r, ref seen, 4, name); place = OptionalId(ref r, s => new PlaceId(s)); break;
                case "participants": Once(ref r, ref seen, 5, name); participants = List(ref r, ReadParticipant); break;
                case "outcomes": Once(ref r, ref seen, 6, name); outcomes = List(ref r, ReadOutcome); break;
                case "figures": Once(ref r, ref seen, 7, name); figures = List(ref r, ReadFigure); break;
                case "claims": Once(ref r, ref seen, 8, name); claims = Ids(ref r, s => new ClaimId(s)); break;
                case "description": Once(ref r, ref seen, 9, name); description = OptionalString(ref r); break;
                case "externalReferences": Once(ref r, ref seen, 10, name); references = List(ref r, ReadExternalReference); break;
                default: Extension(ref r, name, ref extensions); break;
            }
            Pop();
        }
        const string needs = "id, type and date";
        Required(ref r, id, "id", "event", needs);
        Required(ref r, type, "type", "event", needs);
        Required(ref r, date, "date", "event", needs);
        var ext = Build(ref r, extensions);
        return Create(ref r, () => new ConflictEvent(id!.Value, type!.Value, date!.Value, place, subType, participants, outcomes, figures, claims,
            description, references, ext));
    }

    private Participant ReadParticipant(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "a participant object");
        ActorId? actor = null;
        ParticipantRole? role = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, out var name))
        {
            switch (name)
            {
                case "actor": Once(ref r, ref seen, 0, name); actor = Id(ref r, s => new ActorId(s)); break;
                case "role": Once(ref r, ref seen, 1, name); role = Term(ref r, s => new ParticipantRole(s)); break;
                default: Extension(ref r, name, ref extensions); break;
            }
            Pop();
        }
        Required(ref r, actor, "actor", "participant", "actor and role");
        Required(ref r, role, "role", "participant", "actor and role");
        var ext = Build(ref r, extensions);
        return new Participant(actor!.Value, role!.Value, ext);
    }

    private ControlChange ReadOutcome(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject, "an outcome object");
        PlaceId? place = null;
        ActorId? from = null, to = null;
        List<KeyValuePair<string, JsonElement>>? extensions = null;
        int seen = 0;
        while (NextMember(ref r, out var name))
        {
            switch (name)
            {
                case "place": Once(ref r, ref seen, 0, name); place = Id(ref r, s => new PlaceId(s)); break;
                case "from": Once(ref r, ref seen, 1, name); from = OptionalId(ref r, s => new ActorId(s)); break;
                case "to": Once(ref r, ref seen, 2, name); to = OptionalId(ref r, s => new ActorId(s)); break;
                default: Extension(ref r, name, ref extensions); break;
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
        while (NextMember(ref r, out var name))
        {
            switch (name)
            {
                case "scheme": Once(ref r, ref seen, 0, name); scheme = String(ref r); break;
                case "value": Once(ref r, ref seen, 1, name); value = String(ref r); break;
                default: Extension(ref r, name, ref extensions); break;
            }
            Pop();
        }
        Required(ref r, scheme, "scheme", "external reference", "scheme and value");
        Required(ref r, value, "value", "external reference", "scheme and value");
        var ext = Build(ref r, extensions);
        return Create(ref r, () => new ExternalReference(scheme!, value!, ext));
    }
}
