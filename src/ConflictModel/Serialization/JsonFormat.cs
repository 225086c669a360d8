using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ConflictModel.Serialization;

/// <summary>What a member of the document format holds, as the schema describes it.</summary>
internal enum JsonKind
{
    /// <summary>A string (null allowed where the member is optional).</summary>
    Text,

    /// <summary>An entity id.</summary>
    Id,

    /// <summary>An array of entity ids.</summary>
    Ids,

    /// <summary>A term of an open vocabulary (or a discriminator).</summary>
    Term,

    /// <summary>One word of a closed list (the format marker, a precision, a modality…).</summary>
    Word,

    /// <summary>A BCP 47 language tag.</summary>
    Language,

    /// <summary>A JSON integer.</summary>
    Integer,

    /// <summary>A JSON number.</summary>
    Number,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A fuzzy date in its ISO 8601 text.</summary>
    Date,

    /// <summary>A validity interval in its ISO 8601 text.</summary>
    Validity,

    /// <summary>An instant with its offset.</summary>
    Instant,

    /// <summary>A time zone id.</summary>
    TimeZone,

    /// <summary>A time of day (07:00, 07, ~07:00) or a part of the day (dawn, overnight…).</summary>
    TimeOfDay,

    /// <summary>A number of people: a whole number from 2, or the word several.</summary>
    Count,

    /// <summary>One object of the format, named by <see cref="JsonMember.Child"/>.</summary>
    Object,

    /// <summary>An array of objects of the format, named by <see cref="JsonMember.Child"/>.</summary>
    Objects,
}

/// <summary>One member of an object of the document format.</summary>
/// <param name="Name">The member's JSON name.</param>
/// <param name="Kind">What it holds.</param>
/// <param name="Required">Whether every object of its kind has it.</param>
/// <param name="Child">For <see cref="JsonKind.Object"/> and <see cref="JsonKind.Objects"/>, the name of the object's description (see <see cref="JsonFormat.All"/>).</param>
internal record JsonMember(string Name, JsonKind Kind, bool Required = false, string? Child = null);

/// <summary>Reads one member's value (the reader is on it) into the fields of the object being read.</summary>
internal delegate void JsonMemberReader<TFields>(JsonDossierReader reader, ref Utf8JsonReader r, ref TFields fields);

/// <summary>Writes one member of an object, under the given name, if the object has it.</summary>
internal delegate void JsonMemberWriter<in T>(Utf8JsonWriter w, string name, T value, DossierJsonOptions options);

/// <summary>The members of an object as the reader meets them, and how they make the object.</summary>
/// <typeparam name="T">The model type.</typeparam>
internal interface IJsonFields<out T>
{
    /// <summary>
    /// Checks what the members say together, once the object is read and its required members are there
    /// (the reader is at the object's end, where such an error is reported).
    /// </summary>
    /// <exception cref="DossierFormatException">The members do not fit together.</exception>
    void Check(JsonDossierReader reader, ref Utf8JsonReader r);

    /// <summary>Makes the object from the members read and the extension data.</summary>
    /// <exception cref="ArgumentException">The model rejects the values.</exception>
    T Build(JsonDossierReader reader, ExtensionData extensions);
}

/// <summary>A member bound to the code that reads and writes it: its one entry drives the schema's member, the reader and the writer.</summary>
/// <param name="Name">The member's JSON name.</param>
/// <param name="Kind">What it holds.</param>
/// <param name="Read">Reads the value into the fields.</param>
/// <param name="Write">Writes the member when the object has it.</param>
/// <param name="Required">Whether every object of its kind has it.</param>
/// <param name="Child">For <see cref="JsonKind.Object"/> and <see cref="JsonKind.Objects"/>, the name of the object's description.</param>
internal sealed record JsonMember<T, TFields>(
    string Name, JsonKind Kind, JsonMemberReader<TFields> Read, JsonMemberWriter<T> Write, bool Required = false, string? Child = null)
    : JsonMember(Name, Kind, Required, Child);

/// <summary>
/// The description of one kind of object of the document format: its members, in the order the
/// writer writes them.
/// </summary>
internal class JsonObjectFormat
{
    internal JsonObjectFormat(string name, params JsonMember[] members)
    {
        Name = name;
        Members = members;
        Names = members.Select(m => m.Name).ToArray();
        Reader = new JsonMembers(Names);
        for (int i = 0; i < members.Length; i++)
        {
            if (members[i].Required)
            {
                RequiredMask |= 1 << i;
            }
        }
        var required = members.Where(m => m.Required).Select(m => m.Name).ToArray();
        RequiredList = required.Length switch
        {
            0 => "",
            1 => required[0],
            _ => string.Join(", ", required[..^1]) + " and " + required[^1],
        };
    }

    /// <summary>Gets the required members, one bit each by their index.</summary>
    internal int RequiredMask { get; }

    /// <summary>Gets the required members' names as an error lists them ("id, assertion and attribution").</summary>
    internal string RequiredList { get; init; }

    /// <summary>Gets the object's name: the name of its definition in schemas/conflictmodel-1.schema.json.</summary>
    internal string Name { get; }

    /// <summary>Gets the object's name as an error says it ("external reference"); by default its <see cref="Name"/>.</summary>
    internal string What { get => what ?? Name; init => what = value; }

    private readonly string? what;

    /// <summary>Gets the members, in the writer's and the reader's order.</summary>
    internal IReadOnlyList<JsonMember> Members { get; }

    /// <summary>Gets the members' names, in order; extension data may not use these keys.</summary>
    internal string[] Names { get; }

    /// <summary>Gets the members as the reader matches them.</summary>
    internal JsonMembers Reader { get; }
}

/// <summary>
/// The description of an object whose members are bound to the code that reads and writes them: the
/// reader and the writer go through <see cref="Bound"/>, so a member exists for both exactly when it
/// is listed here.
/// </summary>
/// <typeparam name="T">The model type.</typeparam>
/// <typeparam name="TFields">The members as the reader meets them.</typeparam>
internal sealed class JsonObjectFormat<T, TFields> : JsonObjectFormat
    where TFields : struct, IJsonFields<T>
{
    internal JsonObjectFormat(string name, params JsonMember<T, TFields>[] members)
        : base(name, members)
    {
        Bound = members;
    }

    /// <summary>Gets the members with their reading and writing, in the writer's order.</summary>
    internal JsonMember<T, TFields>[] Bound { get; }
}

/// <summary>
/// An object of the format whose members depend on a discriminator (an assertion's type, a figure
/// value's shape): the built-in kinds, each with its own description, and all their members together
/// in one list, which is what the reader recognizes.
/// </summary>
internal sealed class JsonVariants
{
    private readonly Dictionary<string, int> masks = new(StringComparer.Ordinal);

    internal JsonVariants(string name, string discriminator, params (string Value, JsonObjectFormat Format)[] variants)
    {
        Name = name;
        Discriminator = discriminator;
        Variants = variants;
        var union = new List<string>();
        foreach (var (_, format) in variants)
        {
            union.AddRange(format.Names.Where(n => !union.Contains(n)));
        }
        Members = new JsonMembers(union.ToArray());
        foreach (var (value, format) in variants)
        {
            masks.Add(value, format.Names.Aggregate(0, (mask, n) => mask | (1 << Members.Find(n))));
        }
    }

    /// <summary>Gets the name of the definition in the schema.</summary>
    internal string Name { get; }

    /// <summary>Gets the member that says which kind the object is.</summary>
    internal string Discriminator { get; }

    /// <summary>Gets the built-in kinds: the discriminator's value and the members of that kind.</summary>
    internal IReadOnlyList<(string Value, JsonObjectFormat Format)> Variants { get; }

    /// <summary>Gets every member of every built-in kind, the discriminator first, as the reader recognizes them.</summary>
    internal JsonMembers Members { get; }

    /// <summary>The members of one built-in kind, one bit each by their number in <see cref="Members"/>.</summary>
    internal int Mask(string value) => masks[value];
}

/// <summary>
/// The document format, one description per object: the single list of members from which the
/// reader's member tables and the writer's reserved names are made, and which the contract test holds
/// against the JSON Schema (schemas/conflictmodel-1.schema.json) and against what the writer writes and
/// the reader reads. Each object with a fixed list of members binds each member to its reading and
/// writing (<see cref="JsonObjectFormat{T, TFields}"/>), so a member added to its description exists
/// for the reader and the writer at once; the order of a description is the order the writer writes.
/// The objects are described in JsonFormat.Entities.cs (actors, alliances, relations, places, sources,
/// reports, names), JsonFormat.Claims.cs (claims and what they hold, figures) and JsonFormat.Events.cs.
/// The dossier itself and the objects whose members depend on a discriminator (<see cref="Assertion"/>,
/// <see cref="FigureValue"/>) are described here; the reader and the writer name their members in a
/// <c>switch</c> of their own.
/// </summary>
internal static partial class JsonFormat
{
    internal static readonly JsonObjectFormat Dossier = new("dossier",
        new("format", JsonKind.Word, Required: true),
        new("version", JsonKind.Integer, Required: true),
        new("actors", JsonKind.Objects, Child: "actor"),
        new("alliances", JsonKind.Objects, Child: "alliance"),
        new("relations", JsonKind.Objects, Child: "relation"),
        new("places", JsonKind.Objects, Child: "place"),
        new("sources", JsonKind.Objects, Child: "source"),
        new("reports", JsonKind.Objects, Child: "report"),
        new("claims", JsonKind.Objects, Child: "claim"),
        new("events", JsonKind.Objects, Child: "event"));

    internal static readonly JsonVariants Assertion = new("assertion", "type",
        (JsonNames.EventAssertion, new("eventAssertion",
            Discriminator("type"),
            new("event", JsonKind.Id, Required: true))),
        (JsonNames.ParticipationAssertion, new("participationAssertion",
            Discriminator("type"),
            new("event", JsonKind.Id, Required: true),
            new("actor", JsonKind.Id, Required: true),
            new("role", JsonKind.Term, Required: true))),
        (JsonNames.ControlChangeAssertion, new("controlChangeAssertion",
            Discriminator("type"),
            new("place", JsonKind.Id, Required: true),
            new("from", JsonKind.Id),
            new("to", JsonKind.Id),
            new("when", JsonKind.Date),
            new("event", JsonKind.Id))),
        (JsonNames.ControlAssertion, new("controlAssertion",
            Discriminator("type"),
            new("place", JsonKind.Id, Required: true),
            new("controller", JsonKind.Id),
            new("asOf", JsonKind.Date, Required: true))),
        (JsonNames.FigureAssertion, new("figureAssertion",
            Discriminator("type"),
            new("figure", JsonKind.Object, Required: true, Child: "figure"),
            new("event", JsonKind.Id),
            new("place", JsonKind.Id),
            new("partOf", JsonKind.Id))),
        (JsonNames.MembershipAssertion, new("membershipAssertion",
            Discriminator("type"),
            new("alliance", JsonKind.Id, Required: true),
            new("actor", JsonKind.Id, Required: true),
            new("role", JsonKind.Term, Required: true))),
        (JsonNames.RelationAssertion, new("relationAssertion",
            Discriminator("type"),
            new("relation", JsonKind.Id, Required: true))),
        (JsonNames.StatementAssertion, new("statementAssertion",
            Discriminator("type"),
            new("summary", JsonKind.Text, Required: true),
            new("about", JsonKind.Ids),
            new("places", JsonKind.Ids))));

    internal static readonly JsonVariants FigureValue = new("figureValue", "shape",
        (JsonNames.Exact, new("exactValue", Discriminator("shape"), new("value", JsonKind.Number, Required: true))),
        (JsonNames.AtLeast, new("atLeastValue", Discriminator("shape"), new("minimum", JsonKind.Number, Required: true))),
        (JsonNames.AtMost, new("atMostValue", Discriminator("shape"), new("maximum", JsonKind.Number, Required: true))),
        (JsonNames.Approximate, new("approximateValue", Discriminator("shape"), new("value", JsonKind.Number, Required: true))),
        (JsonNames.Range, new("rangeValue", Discriminator("shape"),
            new("low", JsonKind.Number, Required: true),
            new("high", JsonKind.Number, Required: true))),
        (JsonNames.Estimate, new("estimateValue", Discriminator("shape"),
            new("low", JsonKind.Number, Required: true),
            new("best", JsonKind.Number, Required: true),
            new("high", JsonKind.Number, Required: true))));

    /// <summary>Every object of the format with a fixed list of members, by name.</summary>
    internal static readonly IReadOnlyDictionary<string, JsonObjectFormat> All;

    /// <summary>Every object whose members depend on a discriminator, by name.</summary>
    internal static readonly IReadOnlyDictionary<string, JsonVariants> AllVariants;

    // The descriptions are fields of the several files of this class, whose initializers run in no set order
    // between files: the catalogues are made after all of them, here.
    static JsonFormat()
    {
        All = new[]
        {
            Dossier, Name, Actor, Alliance, Membership, Relation, Place, Codes, RelativeLocation, Source, Report, Claim, Attribution, Relay,
            Quote, Wording, Figure, FigureSubject, Event, Participant, Outcome, ExternalReference,
        }
        .Concat(Assertion.Variants.Select(v => v.Format)).Concat(FigureValue.Variants.Select(v => v.Format))
        .ToDictionary(f => f.Name, StringComparer.Ordinal);
        AllVariants = new[] { Assertion, FigureValue }.ToDictionary(v => v.Name, StringComparer.Ordinal);
    }

    private static JsonMember Discriminator(string name) => new(name, JsonKind.Word, Required: true);
}
