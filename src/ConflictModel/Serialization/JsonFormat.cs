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
internal delegate void JsonMemberWriter<in T>(Utf8JsonWriter w, JsonEncodedText name, T value, DossierJsonOptions options);

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
    : JsonMember(Name, Kind, Required, Child)
{
    /// <summary>Gets the name encoded once, so that writing it does not transcode and check it for every object.</summary>
    internal JsonEncodedText EncodedName { get; } = JsonEncodedText.Encode(Name);
}

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
internal class JsonVariants
{
    private readonly Dictionary<string, int> masks = new(StringComparer.Ordinal);

    private protected JsonVariants(string name, string discriminator, params (string Value, JsonObjectFormat Format)[] variants)
    {
        Name = name;
        Discriminator = discriminator;
        DiscriminatorUtf8 = System.Text.Encoding.UTF8.GetBytes(discriminator);
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

    /// <summary>Gets <see cref="Discriminator"/> in UTF-8, as the reader meets it.</summary>
    internal byte[] DiscriminatorUtf8 { get; }

    /// <summary>Gets the built-in kinds: the discriminator's value and the members of that kind.</summary>
    internal IReadOnlyList<(string Value, JsonObjectFormat Format)> Variants { get; }

    /// <summary>Gets every member of every built-in kind, the discriminator first, as the reader recognizes them.</summary>
    internal JsonMembers Members { get; }

    /// <summary>The members of one built-in kind, one bit each by their number in <see cref="Members"/>.</summary>
    internal int Mask(string value) => masks[value];
}

/// <summary>
/// An object whose members depend on a discriminator, each built-in kind bound to the code that reads
/// and writes its members (<see cref="JsonVariant{TBase, T, TFields}"/>). The discriminator is the
/// first member of every kind: it is added here, once, not listed by each kind.
/// </summary>
/// <typeparam name="TBase">The model's base type (<see cref="ClaimAssertion"/>, <see cref="ConflictModel.FigureValue"/>).</typeparam>
internal sealed class JsonVariants<TBase> : JsonVariants
    where TBase : class
{
    private readonly Dictionary<string, JsonVariant<TBase>> byValue = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, JsonVariant<TBase>> byType = [];
    /// <summary>For each member of <see cref="JsonVariants.Members"/>, a kind that has it.</summary>
    private readonly JsonVariant<TBase>[] owners;

    /// <param name="name">The name of the definition in the schema.</param>
    /// <param name="discriminator">The member that says which kind the object is.</param>
    /// <param name="what">How an error names the object after its kind ("assertion": the "event" assertion).</param>
    /// <param name="variants">The built-in kinds, in the schema's order.</param>
    internal JsonVariants(string name, string discriminator, string what, params JsonVariant<TBase>[] variants)
        : base(name, discriminator, variants.Select(v => (v.Value, v.Bind(discriminator, what))).ToArray())
    {
        What = what;
        owners = new JsonVariant<TBase>[Members.Names.Length];
        foreach (var variant in variants)
        {
            variant.Place(Members, Mask(variant.Value));
            byValue.Add(variant.Value, variant);
            byType.Add(variant.ModelType, variant);
            foreach (var member in variant.Format.Names)
            {
                owners[Members.Find(member)] ??= variant;
            }
        }
    }

    /// <summary>Gets how an error names the object ("assertion", "figure value").</summary>
    internal string What { get; }

    /// <summary>Finds the built-in kind a discriminator names; null for a kind the format does not define.</summary>
    internal JsonVariant<TBase>? Find(string value) => byValue.TryGetValue(value, out var variant) ? variant : null;

    /// <summary>Finds the built-in kind of a model object; null for a type the format does not define.</summary>
    internal JsonVariant<TBase>? Find(Type type) => byType.TryGetValue(type, out var variant) ? variant : null;

    /// <summary>
    /// Reads the value of a member of another kind than the object's, as the kind that has it reads
    /// it: a wrong value is refused at the member, a right one at the object's end.
    /// </summary>
    /// <param name="reader">The reader.</param>
    /// <param name="r">The reader, on the value.</param>
    /// <param name="member">The member's index in <see cref="JsonVariants.Members"/>.</param>
    internal void ReadForeign(JsonDossierReader reader, ref Utf8JsonReader r, int member) => owners[member].ReadAlone(reader, ref r, member);
}

/// <summary>One built-in kind of an object whose members depend on a discriminator.</summary>
/// <typeparam name="TBase">The model's base type.</typeparam>
internal abstract class JsonVariant<TBase>
    where TBase : class
{
    private protected JsonVariant(string value, Type modelType)
    {
        Value = value;
        ModelType = modelType;
    }

    /// <summary>Gets the discriminator's value for this kind.</summary>
    internal string Value { get; }

    /// <summary>Gets the model type of this kind.</summary>
    internal Type ModelType { get; }

    /// <summary>Gets the description of this kind's members, the discriminator first.</summary>
    internal abstract JsonObjectFormat Format { get; }

    /// <summary>Gets, for each member of the family (<see cref="JsonVariants.Members"/>), its index in <see cref="Format"/>, or -1 when this kind does not have it.</summary>
    internal int[] Own { get; private set; } = [];

    /// <summary>Gets this kind's members, one bit each by their index in <see cref="JsonVariants.Members"/>.</summary>
    internal int Mask { get; private set; }

    /// <summary>Makes the description, the discriminator first; called once, by the family.</summary>
    internal abstract JsonObjectFormat Bind(string discriminator, string what);

    /// <summary>Places this kind's members among the family's; called once, by the family.</summary>
    internal void Place(JsonMembers family, int mask)
    {
        Own = family.Names.Select(n => System.Array.IndexOf(Format.Names, n)).ToArray();
        Mask = mask;
    }

    /// <summary>Reads an object of this kind, the reader after the discriminator when it came first.</summary>
    internal abstract TBase Read(JsonDossierReader reader, ref Utf8JsonReader r, JsonVariants<TBase> family, bool first);

    /// <summary>Writes the members of an object of this kind, the discriminator first.</summary>
    internal abstract void Write(Utf8JsonWriter w, TBase value, DossierJsonOptions options);

    /// <summary>Reads one member's value, as this kind reads it, into nothing.</summary>
    internal abstract void ReadAlone(JsonDossierReader reader, ref Utf8JsonReader r, int member);
}

/// <summary>
/// One built-in kind bound to the code that reads and writes its members, as an object with a fixed
/// list of members is (<see cref="JsonObjectFormat{T, TFields}"/>): a member exists for the reader and
/// the writer exactly when this kind lists it.
/// </summary>
/// <typeparam name="TBase">The model's base type.</typeparam>
/// <typeparam name="T">The model type of this kind.</typeparam>
/// <typeparam name="TFields">The members as the reader meets them.</typeparam>
internal sealed class JsonVariant<TBase, T, TFields> : JsonVariant<TBase>
    where TBase : class
    where T : TBase
    where TFields : struct, IJsonFields<T>
{
    private readonly string name;
    private readonly JsonMember<T, TFields>[] members;
    private JsonObjectFormat<T, TFields>? format;

    /// <param name="value">The discriminator's value.</param>
    /// <param name="name">The name of this kind's definition in the schema.</param>
    /// <param name="members">The members besides the discriminator, in the writer's order.</param>
    internal JsonVariant(string value, string name, params JsonMember<T, TFields>[] members)
        : base(value, typeof(T))
    {
        this.name = name;
        this.members = members;
    }

    /// <inheritdoc/>
    internal override JsonObjectFormat Format => Bound;

    /// <summary>Gets the description with each member's reading and writing.</summary>
    internal JsonObjectFormat<T, TFields> Bound => format ?? throw new InvalidOperationException($"The kind \"{Value}\" is not part of a family yet.");

    /// <inheritdoc/>
    internal override JsonObjectFormat Bind(string discriminator, string what)
    {
        // The discriminator is read before the other members (the reader needs it to choose the kind)
        // and is the same for every object of the kind: its entry reads nothing and writes the value.
        string value = Value;
        var kind = new JsonMember<T, TFields>(discriminator, JsonKind.Word,
            static (_, ref _, ref _) => { },
            (w, n, _, _) => JsonDossierWriter.Text(w, n, value),
            Required: true);
        var required = members.Where(m => m.Required).Select(m => m.Name).ToArray();
        format = new JsonObjectFormat<T, TFields>(name, [kind, .. members])
        {
            What = $"\"{value}\" {what}",
            // An error names what the kind needs besides the discriminator, which the object has.
            RequiredList = required.Length switch
            {
                0 => "",
                1 => required[0],
                _ => string.Join(", ", required[..^1]) + " and " + required[^1],
            },
        };
        return format;
    }

    /// <inheritdoc/>
    internal override TBase Read(JsonDossierReader reader, ref Utf8JsonReader r, JsonVariants<TBase> family, bool first) =>
        reader.ReadVariant(ref r, family, this, first);

    /// <inheritdoc/>
    internal override void Write(Utf8JsonWriter w, TBase value, DossierJsonOptions options)
    {
        var item = (T)value;
        foreach (var member in Bound.Bound)
        {
            member.Write(w, member.EncodedName, item, options);
        }
    }

    /// <inheritdoc/>
    internal override void ReadAlone(JsonDossierReader reader, ref Utf8JsonReader r, int member)
    {
        var scratch = default(TFields);
        Bound.Bound[Own[member]].Read(reader, ref r, ref scratch);
    }
}

/// <summary>
/// The document format, one description per object: the single list of members from which the
/// reader's member tables and the writer's reserved names are made, and which the contract test holds
/// against the JSON Schema (schemas/conflictmodel-1.schema.json) and against what the writer writes and
/// the reader reads. Each object binds each member to its reading and writing
/// (<see cref="JsonObjectFormat{T, TFields}"/>; for each built-in kind of an object whose members depend
/// on a discriminator, <see cref="JsonVariant{TBase, T, TFields}"/>), so a member added to its
/// description exists for the reader and the writer at once; the order of a description is the order
/// the writer writes.
/// The objects are described in JsonFormat.Entities.cs (actors, alliances, relations, places, sources,
/// reports, names), JsonFormat.Claims.cs (claims and what they hold, figures), JsonFormat.Events.cs and
/// JsonFormat.Variants.cs (the objects whose members depend on a discriminator, <see cref="Assertion"/>
/// and <see cref="FigureValue"/>, each built-in kind bound as the other objects are); the dossier itself
/// is described here.
/// </summary>
internal static partial class JsonFormat
{
    /// <summary>The dossier, the document's root: each member with its reading into <see cref="DossierFields"/> and its writing.</summary>
    internal static readonly JsonObjectFormat<DossierDocument, DossierFields> Dossier = new("dossier",
        new("format", JsonKind.Word,
            static (x, ref r, ref f) =>
            {
                f.Format = x.String(ref r);
                if (f.Format != f.ExpectedFormat)
                {
                    throw x.Error(ref r, $"\"format\" is \"{JsonDossierReader.Shorten(f.Format)}\"; this library reads documents whose format is \"{f.ExpectedFormat}\".");
                }
            },
            static (w, n, d, _) => JsonDossierWriter.Text(w, n, d.Format),
            Required: true),
        new("version", JsonKind.Integer,
            static (x, ref r, ref f) =>
            {
                f.Version = x.Int(ref r, 1, int.MaxValue);
                if (f.Version > JsonDossierReader.LatestVersion(f.ExpectedFormat))
                {
                    throw x.Error(ref r, $"version {f.Version} is not supported; this library reads {JsonDossierReader.Versions(f.ExpectedFormat)}.");
                }
            },
            static (w, n, d, _) => w.WriteNumber(n, d.Events ? JsonNames.Version : JsonNames.NdjsonVersion),
            Required: true),
        new("actors", JsonKind.Objects,
            static (x, ref r, ref f) => x.Items(ref r, f.Builder, static (y, ref z, b) => b.Add(y.ReadActor(ref z))),
            static (w, n, d, o) => JsonDossierWriter.Array(w, n, d.Dossier.Actors, o, static (w, a, o) => JsonDossierWriter.Actor(w, a, o), always: true),
            Child: "actor"),
        new("alliances", JsonKind.Objects,
            static (x, ref r, ref f) => x.Items(ref r, f.Builder, static (y, ref z, b) => b.Add(y.ReadAlliance(ref z))),
            static (w, n, d, o) => JsonDossierWriter.Array(w, n, d.Dossier.Alliances, o, static (w, a, o) => JsonDossierWriter.Alliance(w, a, o), always: true),
            Child: "alliance"),
        new("relations", JsonKind.Objects,
            static (x, ref r, ref f) => x.Items(ref r, f.Builder, static (y, ref z, b) => b.Add(y.ReadRelation(ref z))),
            static (w, n, d, o) => JsonDossierWriter.Array(w, n, d.Dossier.Relations, o, static (w, r, o) => JsonDossierWriter.Relation(w, r, o), always: true),
            Child: "relation"),
        new("places", JsonKind.Objects,
            static (x, ref r, ref f) => x.Items(ref r, f.Builder, static (y, ref z, b) => b.Add(y.ReadPlace(ref z))),
            static (w, n, d, o) => JsonDossierWriter.Array(w, n, d.Dossier.Places, o, static (w, p, o) => JsonDossierWriter.Place(w, p, o), always: true),
            Child: "place"),
        new("sources", JsonKind.Objects,
            static (x, ref r, ref f) => x.Items(ref r, f.Builder, static (y, ref z, b) => b.Add(y.ReadSource(ref z))),
            static (w, n, d, o) => JsonDossierWriter.Array(w, n, d.Dossier.Sources, o, static (w, s, o) => JsonDossierWriter.Source(w, s, o), always: true),
            Child: "source"),
        new("reports", JsonKind.Objects,
            static (x, ref r, ref f) => x.Items(ref r, f.Builder, static (y, ref z, b) => b.Add(y.ReadReport(ref z))),
            static (w, n, d, o) => JsonDossierWriter.Array(w, n, d.Dossier.Reports, o, static (w, r, o) => JsonDossierWriter.Report(w, r, o), always: true),
            Child: "report"),
        new("claims", JsonKind.Objects,
            static (x, ref r, ref f) => x.Items(ref r, f.Builder, static (y, ref z, b) => b.Add(y.ReadClaim(ref z))),
            static (w, n, d, o) =>
            {
                // An NDJSON header holds claims only when asked: they normally have lines of their own.
                if (d.Claims)
                {
                    JsonDossierWriter.Array(w, n, d.Dossier.Claims, o, static (w, c, o) => JsonDossierWriter.Claim(w, c, o), always: d.Events);
                }
            },
            Child: "claim"),
        new("events", JsonKind.Objects,
            static (x, ref r, ref f) =>
            {
                if (!f.Events)
                {
                    throw x.Error(ref r, "the header holds \"events\"; in NDJSON each event is a line of its own after the header.");
                }
                x.Items(ref r, f.Builder, static (y, ref z, b) => b.Add(y.ReadEvent(ref z)));
            },
            static (w, n, d, o) =>
            {
                if (d.Events)
                {
                    JsonDossierWriter.Array(w, n, d.Dossier.Events, o, static (w, e, o) => JsonDossierWriter.Event(w, e, o), always: true);
                }
            },
            Child: "event"));

    /// <summary>
    /// A dossier as a document holds it: the dossier, and how the document holds it (a whole document,
    /// or the header of an NDJSON stream under its own format marker, without events).
    /// </summary>
    /// <param name="Dossier">The dossier.</param>
    /// <param name="Format">The format marker.</param>
    /// <param name="Events">Whether the document holds the events (a whole document) or not (an NDJSON header).</param>
    /// <param name="Claims">Whether the document holds the claims.</param>
    internal readonly record struct DossierDocument(ConflictModel.Dossier Dossier, string Format, bool Events, bool Claims);

    /// <summary>A dossier's members as the reader meets them; the reader sets what the document must be before the first.</summary>
    internal struct DossierFields : IJsonFields<DossierDocument>
    {
        /// <summary>The builder the entities are added to as they are read.</summary>
        internal DossierBuilder Builder;
        /// <summary>The format marker the document must carry.</summary>
        internal string ExpectedFormat;
        /// <summary>Whether the document may hold events (not an NDJSON header).</summary>
        internal bool Events;
        internal string? Format;
        internal int? Version;

        /// <summary>Says which members are missing, in words of its own: a dossier without them is not a document of the format at all.</summary>
        public readonly void Check(JsonDossierReader reader, ref Utf8JsonReader r)
        {
            if (Format is null)
            {
                throw reader.Error(ref r, $"the object has no \"format\"; a dossier starts with \"format\": \"{ExpectedFormat}\", \"version\": {JsonNames.Version}.");
            }
            if (Version is null)
            {
                throw reader.Error(ref r, $"the object has no \"version\"; this library reads {JsonDossierReader.Versions(ExpectedFormat)}.");
            }
        }

        /// <inheritdoc/>
        public readonly DossierDocument Build(JsonDossierReader reader, ExtensionData extensions)
        {
            Builder.Extensions = extensions;
            return new(Builder.Build(), Format!, Events, Claims: true);
        }
    }

    /// <summary>Every object of the format with a fixed list of members, by name.</summary>
    internal static readonly IReadOnlyDictionary<string, JsonObjectFormat> All;

    /// <summary>Every object whose members depend on a discriminator, by name.</summary>
    internal static readonly IReadOnlyDictionary<string, JsonVariants> AllVariants;

    // The descriptions are fields of the several files of this class, whose initializers run in no set order
    // between files: the catalogues are made after all of them, here.
    static JsonFormat()
    {
        All = new JsonObjectFormat[]
        {
            Dossier, Name, Actor, Alliance, Membership, Relation, Place, Codes, RelativeLocation, Source, Report, Claim, Attribution, Relay,
            Quote, Wording, Figure, FigureSubject, Event, Participant, Outcome, ExternalReference,
        }
        .Concat(Assertion.Variants.Select(v => v.Format)).Concat(FigureValue.Variants.Select(v => v.Format))
        .ToDictionary(f => f.Name, StringComparer.Ordinal);
        AllVariants = new JsonVariants[] { Assertion, FigureValue }.ToDictionary(v => v.Name, StringComparer.Ordinal);
    }
}
