using System;
using System.Collections.Generic;
using System.Linq;

namespace ConflictModel;

/// <summary>
/// Asserts a figure, about an event, a place, or the whole conflict ("il a fait plus de 330.000
/// morts", "quelque 120.00 personnes déplacées selon l'ONU").
/// </summary>
/// <remarks>
/// <para>Two figure assertions are about the same subject when they count the same thing (kind,
/// whose people, over which period) for the same event and place; they agree when their counts are
/// compatible and contradict when they are not, provided their dates may coincide (or either has
/// none). A breakdown ("at least 43 insurgents and 30 pro-government fighters" of "73 killed")
/// gives each part its <see cref="Figure.Subject"/>, so no part contradicts the total or another
/// part; <see cref="PartOf"/> links each part to the claim of its total, and validation checks
/// that the parts fit in it.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record FigureAssertion : ClaimAssertion
{
    /// <summary>Initializes the assertion.</summary>
    /// <param name="figure">The figure.</param>
    /// <param name="event">The event the figure belongs to, or null.</param>
    /// <param name="place">The place the figure covers, or null.</param>
    /// <param name="partOf">The claim whose figure this one breaks down (the total), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    public FigureAssertion(Figure figure, EventId? @event = null, PlaceId? place = null, ClaimId? partOf = null)
    {
        Figure = Preconditions.CheckNotNull(figure);
        this.@event = Checks.OptionalId(@event) ?? default;
        this.place = Checks.OptionalId(place) ?? default;
        PartOf = Checks.OptionalId(partOf);
    }

    /// <summary>Gets the figure.</summary>
    public Figure Figure { get; }

    /// <summary>Gets the event the figure belongs to, or null.</summary>
    public EventId? Event => @event.IsDefault ? null : @event;

    /// <summary>Gets the place the figure covers, or null.</summary>
    public PlaceId? Place => place.IsDefault ? null : place;

    /// <summary>Gets the claim whose figure this one breaks down, or null when it is not a part of another.</summary>
    /// <remarks>
    /// The total is a claim, not a figure, because parts and total are often given by different
    /// sources or reports: validation (CM6010, CM6011) checks that the parts of one total, from
    /// any claims of fact, count the same thing for the same event and do not add up to more than it.
    /// </remarks>
    public ClaimId? PartOf { get; }

    // The optional ids are kept as the non-null ids, whose default value stands for none: 8 bytes
    // each instead of 16.
    private readonly EventId @event;
    private readonly PlaceId place;

    /// <inheritdoc />
    public override string SubjectKey => Figure.Subject is null && Figure.Period is null
        ? Key("figure", Figure.Kind, Event, Place)
        : Key("figure", Figure.Kind, Event, Place, Figure.Subject, Figure.Period);

    /// <inheritdoc />
    public override IEnumerable<IEntityId> References =>
        new IEntityId?[] { Event, Place, Figure.Subject?.Reference, PartOf }.OfType<IEntityId>();

    /// <inheritdoc />
    public override AssertionComparison CompareWith(ClaimAssertion other)
    {
        Preconditions.CheckNotNull(other);
        // The same subject key, compared by its parts rather than by making both texts.
        if (other is not FigureAssertion f || f.Figure.Kind != Figure.Kind || f.Event != Event || f.Place != Place
            || f.Figure.Subject != Figure.Subject || f.Figure.Period != Figure.Period)
        {
            return AssertionComparison.Unrelated;
        }
        if (Figure.AsOf is { } a && f.Figure.AsOf is { } b && !a.Overlaps(b))
        {
            return AssertionComparison.Unrelated;
        }
        return Figure.Value.IsCompatibleWith(f.Figure.Value) ? AssertionComparison.Agrees : AssertionComparison.Contradicts;
    }

    /// <summary>Returns a description of the assertion.</summary>
    /// <returns>Such as <c>about 120,000 displaced (displacement-deir-ezzor)</c>.</returns>
    public override string ToString() => Figure + (Event is { } e ? $" ({e})" : string.Empty) + (Place is { } p ? $" in {p}" : string.Empty);
}
