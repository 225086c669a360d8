using System;
using System.Collections.Generic;

namespace ConflictModel;

/// <summary>The role of an actor in an <see cref="Alliance"/>.</summary>
/// <remarks>
/// An open vocabulary: the static fields are the well-known terms, and a host application may
/// create its own with the constructor (see <see cref="VocabularySyntax"/>). Terms compare
/// ordinally by their text. This type is immutable and thread-safe.
/// </remarks>
public readonly record struct MembershipRole : IVocabularyTerm
{
    /// <summary>Initializes a term from its text.</summary>
    /// <param name="value">The term; see <see cref="VocabularySyntax"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a well-formed term.</exception>
    public MembershipRole(string value) => Value = VocabularySyntax.Check(value, "membership role");

    /// <inheritdoc />
    public string Value { get; }

    /// <summary>Leads the alliance (the United States in the US-led coalition).</summary>
    public static readonly MembershipRole Leader = new("leader");

    /// <summary>Takes part in the alliance.</summary>
    public static readonly MembershipRole Member = new("member");

    /// <summary>Backs the alliance with arms, money or advice without fighting in it.</summary>
    public static readonly MembershipRole Backer = new("backer");

    /// <summary>Provides air power to the alliance (Russian aviation for the Syrian regime).</summary>
    public static readonly MembershipRole AirSupport = new("air-support");

    /// <summary>Fights as an auxiliary force under another member's command (the "forces supplétives").</summary>
    public static readonly MembershipRole Auxiliary = new("auxiliary");

    /// <summary>Gets the well-known terms of this vocabulary.</summary>
    public static IReadOnlyList<MembershipRole> WellKnown { get; } = [Leader, Member, Backer, AirSupport, Auxiliary];

    /// <summary>Gets a value indicating whether this term is one of <see cref="WellKnown"/>.</summary>
    public bool IsWellKnown => ((IList<MembershipRole>)WellKnown).Contains(this);

    /// <summary>Returns the text of the term.</summary>
    /// <returns>The text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
