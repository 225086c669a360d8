using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ConflictModel.Serialization;

internal sealed partial class JsonDossierReader
{
    internal ConflictEvent ReadEvent(ref Utf8JsonReader r) => ReadObject(ref r, JsonFormat.Event, "an event object");

    internal Participant ReadParticipant(ref Utf8JsonReader r) => ReadObject(ref r, JsonFormat.Participant, "a participant object");

    internal ControlChange ReadOutcome(ref Utf8JsonReader r) => ReadObject(ref r, JsonFormat.Outcome, "an outcome object");

    internal ExternalReference ReadExternalReference(ref Utf8JsonReader r) => ReadObject(ref r, JsonFormat.ExternalReference, "an external reference object");
}
