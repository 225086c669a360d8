using System;
using System.Diagnostics.Contracts;

namespace ConflictModel;

/// <summary>
/// Who speaks: an NGO monitor (OSDH), a party's statement (an army communiqué), an
/// intergovernmental organisation (the UN), a news agency (AFP), a correspondent, a named
/// official (Emmanuel Macron), or an anonymous source with a described affiliation.
/// </summary>
/// <remarks>
/// <para><see cref="Organization"/> links a person or channel to the body it belongs to (the
/// OSDH's director to the OSDH, an AFP correspondent to AFP): two sources under one organisation
/// are not independent of each other.</para>
/// <para>A source may stand for several people the report does not tell apart ("multiple rebel
/// sources", "local residents": <see cref="Count"/>), and say what they are without speaking for
/// anyone: <see cref="Role"/> (a fighter, a commander, residents), <see cref="MemberOf"/> (the
/// actor they belong to) and <see cref="Place"/> (where they are).</para>
/// <para>This type is immutable and thread-safe; the "with" methods return new instances.</para>
/// </remarks>
public sealed record Source
{
    /// <summary>Initializes a source.</summary>
    /// <param name="id">The source's id.</param>
    /// <param name="names">The source's names.</param>
    /// <param name="kind">The source's kind.</param>
    /// <param name="reliability">The Admiralty grade of the source; <see cref="Reliability.F"/> when it cannot be judged.</param>
    /// <param name="isPartyToConflict">True when the source speaks for a party to the conflict, so that what it says of its own side is self-reported.</param>
    /// <param name="speaksFor">The actor the source speaks for, or null.</param>
    /// <param name="organization">The organisation the source belongs to, or null when it stands alone.</param>
    /// <param name="affiliation">For an anonymous source, its affiliation as described ("une source auprès des milices prorégime"); otherwise null or a note.</param>
    /// <param name="extensions">Host data and members this library does not know, kept as raw JSON; null for none.</param>
    /// <param name="role">The standing of the person or people who speak (member, commander, resident…), or null.</param>
    /// <param name="memberOf">The actor the person or people belong to without speaking for it, or null.</param>
    /// <param name="place">The place the person or people are in or from ("residents of Dioura"), or null.</param>
    /// <param name="count">How many people the source stands for, or null for one voice.</param>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is null.</exception>
    /// <exception cref="ArgumentException">An id or the kind is the default value, the grade is undefined, or <paramref name="affiliation"/> is blank.</exception>
    public Source(SourceId id, NameSet names, SourceKind kind, Reliability reliability = Reliability.F, bool isPartyToConflict = false,
        ActorId? speaksFor = null, SourceId? organization = null, string? affiliation = null,
        ExtensionData? extensions = null, SourceRole? role = null, ActorId? memberOf = null, PlaceId? place = null, SourceCount? count = null)
    {
        Id = Checks.Id(id);
        Names = Preconditions.CheckNotNull(names);
        Kind = Checks.Term(kind);
        Reliability = Preconditions.CheckDefined(reliability);
        IsPartyToConflict = isPartyToConflict;
        SpeaksFor = Checks.OptionalId(speaksFor);
        Organization = Checks.OptionalId(organization);
        Affiliation = Checks.OptionalText(affiliation);
        Role = role is { } r ? Checks.Term(r) : null;
        MemberOf = Checks.OptionalId(memberOf);
        Place = Checks.OptionalId(place);
        Count = count is { IsUnstated: true } c && c != SourceCount.Several ? throw new ArgumentException(
            "The default SourceCount is not a count; use SourceCount.Several or SourceCount.Of.", nameof(count)) : count;
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>Gets the source's id.</summary>
    public SourceId Id { get; }

    /// <summary>Gets the source's names.</summary>
    public NameSet Names { get; private init; }

    /// <summary>Gets the source's kind.</summary>
    public SourceKind Kind { get; }

    /// <summary>Gets the Admiralty grade of the source.</summary>
    public Reliability Reliability { get; private init; }

    /// <summary>Gets a value indicating whether the source speaks for a party to the conflict.</summary>
    public bool IsPartyToConflict { get; }

    /// <summary>Gets the actor the source speaks for, or null.</summary>
    public ActorId? SpeaksFor { get; }

    /// <summary>Gets the organisation the source belongs to, or null.</summary>
    public SourceId? Organization { get; }

    /// <summary>Gets the described affiliation of an anonymous source, or null.</summary>
    public string? Affiliation { get; }

    /// <summary>Gets the standing of the person or people who speak, or null.</summary>
    public SourceRole? Role { get; }

    /// <summary>Gets the actor the person or people belong to without speaking for it, or null.</summary>
    public ActorId? MemberOf { get; }

    /// <summary>Gets the place the person or people are in or from, or null.</summary>
    public PlaceId? Place { get; }

    /// <summary>Gets how many people the source stands for, or null when it is one voice.</summary>
    public SourceCount? Count { get; }

    /// <summary>Returns a copy with another reliability grade.</summary>
    /// <param name="reliability">The new grade.</param>
    /// <returns>A new source.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reliability"/> is undefined.</exception>
    [Pure]
    public Source WithReliability(Reliability reliability) => this with { Reliability = Preconditions.CheckDefined(reliability) };

    /// <summary>Returns a copy with other names.</summary>
    /// <param name="names">The new names.</param>
    /// <returns>A new source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is null.</exception>
    [Pure]
    public Source WithNames(NameSet names) => this with { Names = Preconditions.CheckNotNull(names) };

    /// <summary>Gets host data and members this library does not know, kept as raw JSON.</summary>
    public ExtensionData Extensions { get; private init; }

    /// <summary>Returns a copy with other extension data.</summary>
    /// <param name="extensions">The new extension data.</param>
    /// <returns>A new source.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="extensions"/> is null.</exception>
    [Pure]
    public Source WithExtensions(ExtensionData extensions) => this with { Extensions = Preconditions.CheckNotNull(extensions) };

    /// <summary>Returns the source's id and primary name.</summary>
    /// <returns>Such as <c>osdh (OSDH)</c>.</returns>
    public override string ToString() => $"{Id} ({Names})";
}
