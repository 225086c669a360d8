using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using NodaTime;

namespace ConflictModel.Serialization;

internal sealed partial class JsonDossierReader
{
    internal Actor ReadActor(ref Utf8JsonReader r) => ReadObject(ref r, JsonFormat.Actor, "an actor object");

    internal Alliance ReadAlliance(ref Utf8JsonReader r) => ReadObject(ref r, JsonFormat.Alliance, "an alliance object");

    internal Membership ReadMembership(ref Utf8JsonReader r) => ReadObject(ref r, JsonFormat.Membership, "a membership object");

    internal ActorRelation ReadRelation(ref Utf8JsonReader r) => ReadObject(ref r, JsonFormat.Relation, "a relation object");

    internal Place ReadPlace(ref Utf8JsonReader r) => ReadObject(ref r, JsonFormat.Place, "a place object");

    internal PlaceCodes ReadCodes(ref Utf8JsonReader r) => ReadObject(ref r, JsonFormat.Codes, "a codes object");

    internal RelativeLocation ReadRelativeLocation(ref Utf8JsonReader r) => ReadObject(ref r, JsonFormat.RelativeLocation, "a relative location object");

    internal Source ReadSource(ref Utf8JsonReader r) => ReadObject(ref r, JsonFormat.Source, "a source object");

    internal Report ReadReport(ref Utf8JsonReader r) => ReadObject(ref r, JsonFormat.Report, "a report object");

    /// <summary>Reads a GeoNames id: a whole number.</summary>
    internal long GeoNamesId(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.Number, "a GeoNames id, a whole number");
        return r.TryGetInt64(out long g) ? g : throw Error(ref r, "a GeoNames id is a whole number.");
    }

    /// <summary>Reads a distance in kilometres: a finite number.</summary>
    internal double Distance(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.Number, "a distance in kilometres");
        return r.TryGetDouble(out double d) && double.IsFinite(d) ? d
            : throw Error(ref r, $"the number {Raw(ref r)} is out of range for a distance in kilometres.");
    }

    /// <summary>Reads an Admiralty reliability grade, a letter from A to F.</summary>
    internal Reliability Reliability(ref Utf8JsonReader r)
    {
        var grade = String(ref r);
        return grade is { Length: 1 } && grade[0] is >= 'A' and <= 'F' ? (Reliability)(grade[0] - 'A' + 1)
            : throw Error(ref r, $"\"{Shorten(grade)}\" is not an Admiralty reliability grade; use a letter from A to F (F: cannot be judged).");
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

    private Name ReadName(ref Utf8JsonReader r) => ReadObject(ref r, JsonFormat.Name, "a name object");

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
    private string ClaimIdText(ref Utf8JsonReader r, ClaimIdTexts known)
    {
        if (r.TokenType == JsonTokenType.String && !r.ValueIsEscaped && !r.HasValueSequence
            && r.ValueSpan.Length <= EntityIdSyntax.MaxLength && Ascii.IsValid(r.ValueSpan))
        {
            // An id met before passed every check of String then; the model still checks its syntax.
            if (known.Find(r.ValueSpan) is { } same)
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
}
