using System;
using System.Collections.Generic;
using System.Linq;

namespace ConflictModel;

/// <summary>
/// A statement worth keeping in the source's own words that is none of the other assertions:
/// a judgement, a forecast, a threat ("la victoire militaire contre l'EI serait totale dans les
/// prochains mois"). The claim's quote holds the words; <see cref="Summary"/> says it neutrally.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record StatementAssertion : ClaimAssertion
{
    /// <summary>Initializes the assertion.</summary>
    /// <param name="summary">A neutral summary of what was said.</param>
    /// <param name="about">The actors the statement is about.</param>
    /// <param name="places">The places the statement is about ("the regime wants to retake Idlib").</param>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="summary"/> is blank, or a list holds a default id.</exception>
    public StatementAssertion(string summary, IEnumerable<ActorId>? about = null, IEnumerable<PlaceId>? places = null)
    {
        Summary = Preconditions.CheckNotBlank(summary);
        About = Checks.Ids(about);
        Places = Checks.Ids(places);
    }

    /// <summary>Gets a neutral summary of what was said.</summary>
    public string Summary { get; }

    /// <summary>Gets the actors the statement is about.</summary>
    public IReadOnlyList<ActorId> About { get; }

    /// <summary>Gets the places the statement is about.</summary>
    public IReadOnlyList<PlaceId> Places { get; }

    /// <inheritdoc />
    public override string SubjectKey => Key("statement", Summary);

    /// <inheritdoc />
    public override IEnumerable<IEntityId> References => About.Cast<IEntityId>().Concat(Places.Cast<IEntityId>());

    /// <summary>Returns the summary.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => Summary;
}
