using System;
using System.Collections.Generic;

namespace ConflictModel;

/// <summary>
/// What a claim asserts: that an event happened (<see cref="EventAssertion"/>), that an actor took
/// part in it (<see cref="ParticipationAssertion"/>), that control of a place changed
/// (<see cref="ControlChangeAssertion"/>) or who held it (<see cref="ControlAssertion"/>), a figure
/// (<see cref="FigureAssertion"/>), a membership (<see cref="MembershipAssertion"/>), a relation
/// (<see cref="RelationAssertion"/>), or a statement worth keeping in the source's words
/// (<see cref="StatementAssertion"/>).
/// </summary>
/// <remarks>
/// <para>A host application may derive its own assertions and register them with the serializer.
/// Overriding <see cref="SubjectKey"/> and <see cref="CompareWith"/> lets the dossier's queries
/// find what corroborates or contradicts them; <see cref="References"/> lets validation check
/// their ids.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public abstract record ClaimAssertion
{
    /// <summary>Initializes the base of an assertion.</summary>
    protected ClaimAssertion()
    {
    }

    /// <summary>Gets members of the document this library does not know, or a host's data, kept as raw JSON.</summary>
    public ExtensionData Extensions { get; internal init; } = ExtensionData.Empty;

    /// <summary>Returns a copy with other extension data.</summary>
    /// <param name="extensions">The new extension data.</param>
    /// <returns>A new assertion of the same kind, or this instance when <paramref name="extensions"/> is the data it already holds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extensions"/> is null.</exception>
    [System.Diagnostics.Contracts.Pure]
    public ClaimAssertion WithExtensions(ExtensionData extensions) =>
        ReferenceEquals(Preconditions.CheckNotNull(extensions), Extensions) ? this : this with { Extensions = extensions };

    /// <summary>
    /// Gets a key that names what the assertion is about. Two assertions with the same key are
    /// about the same subject and either agree or contradict each other (see <see cref="CompareWith"/>).
    /// The default is the assertion's type and text, so that only equal assertions share a key.
    /// </summary>
    public virtual string SubjectKey => GetType().FullName + ":" + ToString();

    /// <summary>Gets the ids of the entities the assertion refers to.</summary>
    public virtual IEnumerable<IEntityId> References => [];

    /// <summary>
    /// Compares this assertion with another about the same subject. The default says that equal
    /// assertions agree and that anything else is unrelated.
    /// </summary>
    /// <param name="other">Another assertion.</param>
    /// <returns>How the two relate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public virtual AssertionComparison CompareWith(ClaimAssertion other) =>
        Equals(Preconditions.CheckNotNull(other)) ? AssertionComparison.Agrees : AssertionComparison.Unrelated;

    /// <summary>
    /// Prints nothing of the base: <see cref="SubjectKey"/> and <see cref="References"/> are derived
    /// from the assertion, and the default key is made from <see cref="object.ToString"/>, which would
    /// otherwise print the key and so call itself.
    /// </summary>
    /// <param name="builder">The builder the members are printed to.</param>
    /// <returns>False: nothing was printed.</returns>
    protected virtual bool PrintMembers(System.Text.StringBuilder builder) => false;

    /// <summary>Joins parts into a subject key.</summary>
    /// <param name="parts">The parts, each an id, term or null.</param>
    /// <returns>The key.</returns>
    protected static string Key(params object?[] parts) => string.Join("|", parts);
}
