using System.Collections.Generic;
using System.Linq;

namespace ConflictModel;

/// <summary>
/// Asserts who controlled a place at a time ("l'EI contrôle au moins un champ pétrolier", "l'EI
/// contrôle la localité de Rawa"); a null controller asserts that nobody held it.
/// </summary>
/// <remarks>
/// Two such assertions about the same place whose dates may coincide agree when they name the
/// same controller and contradict otherwise. This type is immutable and thread-safe.
/// </remarks>
public sealed record ControlAssertion : ClaimAssertion
{
    /// <summary>Initializes the assertion.</summary>
    /// <param name="place">The place.</param>
    /// <param name="controller">The actor in control, or null for nobody.</param>
    /// <param name="asOf">When the control held.</param>
    /// <exception cref="System.ArgumentException">An id is the default value.</exception>
    public ControlAssertion(PlaceId place, ActorId? controller, FuzzyDate asOf)
    {
        Place = Checks.Id(place);
        Controller = Checks.OptionalId(controller);
        AsOf = asOf;
    }

    /// <summary>Gets the place.</summary>
    public PlaceId Place { get; }

    /// <summary>Gets the actor in control, or null for nobody.</summary>
    public ActorId? Controller { get; }

    /// <summary>Gets when the control held.</summary>
    public FuzzyDate AsOf { get; }

    /// <inheritdoc />
    public override string SubjectKey => Key("control", Place);

    /// <inheritdoc />
    public override IEnumerable<IEntityId> References => new IEntityId?[] { Place, Controller }.OfType<IEntityId>();

    /// <inheritdoc />
    public override AssertionComparison CompareWith(ClaimAssertion other) => Preconditions.CheckNotNull(other) switch
    {
        ControlAssertion c when c.Place == Place && c.AsOf.Overlaps(AsOf) =>
            c.Controller == Controller ? AssertionComparison.Agrees : AssertionComparison.Contradicts,
        _ => AssertionComparison.Unrelated,
    };

    /// <summary>Returns a description of the assertion.</summary>
    /// <returns>Such as <c>is controlled rawa on 2017-11-09</c>.</returns>
    public override string ToString() => $"{Controller?.ToString() ?? "nobody"} controlled {Place} on {AsOf}";
}
