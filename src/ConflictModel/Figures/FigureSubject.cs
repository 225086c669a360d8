using System;

namespace ConflictModel;

/// <summary>
/// Whose people a <see cref="Figure"/> counts: an actor ("at least 43 members of the Jaish
/// al-Izza faction"), a side ("30 pro-government fighters", an alliance of the dossier), or a
/// group the report names without an actor ("civilians", "insurgents").
/// </summary>
/// <remarks>
/// <para>Exactly one of <see cref="Actor"/>, <see cref="Side"/> and <see cref="Group"/> is set.
/// A figure without a subject counts everybody: "73 people were killed" is the total that "43
/// insurgents" and "30 pro-government fighters" break down. Figures with different subjects count
/// different people, so they never contradict one another; link a part to its total with
/// <see cref="FigureAssertion.PartOf"/> to have validation check that the parts fit.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record FigureSubject
{
    private FigureSubject(ActorId? actor, AllianceId? side, PeopleGroup? group)
    {
        Actor = actor;
        Side = side;
        Group = group;
    }

    /// <summary>Gets the actor whose people are counted, or null.</summary>
    public ActorId? Actor { get; }

    /// <summary>Gets the alliance whose people are counted, or null.</summary>
    public AllianceId? Side { get; }

    /// <summary>Gets the group of people counted, or null.</summary>
    public PeopleGroup? Group { get; }

    /// <summary>Gets the members of the object in a document that the format does not define, kept as they were read.</summary>
    public ExtensionData Extensions { get; internal init; } = ExtensionData.Empty;

    /// <summary>Returns a copy with other extension data.</summary>
    /// <param name="extensions">The extension data.</param>
    /// <returns>The copy, or this instance when the extension data is the same.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extensions"/> is null.</exception>
    public FigureSubject WithExtensions(ExtensionData extensions) =>
        ReferenceEquals(Preconditions.CheckNotNull(extensions), Extensions) ? this : this with { Extensions = extensions };

    /// <summary>Creates the subject of a figure that counts an actor's people.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is the default value.</exception>
    public static FigureSubject OfActor(ActorId actor) => new(Checks.Id(actor), null, null);

    /// <summary>Creates the subject of a figure that counts the people of a side, an alliance of the dossier.</summary>
    /// <param name="side">The alliance.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentException"><paramref name="side"/> is the default value.</exception>
    public static FigureSubject OfSide(AllianceId side) => new(null, Checks.Id(side), null);

    /// <summary>Creates the subject of a figure that counts a group of people the report names without an actor.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentException"><paramref name="group"/> is the default value.</exception>
    public static FigureSubject OfGroup(PeopleGroup group) => new(null, null, Checks.Term(group));

    /// <summary>Gets the id this subject refers to, or null for a group.</summary>
    internal IEntityId? Reference => Actor is { } actor ? actor : Side is { } side ? side : null;

    /// <summary>Returns the subject as a short text.</summary>
    /// <returns>Such as <c>actor jaish-al-izza</c>, <c>side pro-government</c> or <c>civilians</c>.</returns>
    public override string ToString() =>
        Actor is { } actor ? $"actor {actor}" : Side is { } side ? $"side {side}" : Group.GetValueOrDefault().ToString();
}
