namespace ConflictModel;

/// <summary>The event a built-in assertion names, read without boxing its references.</summary>
internal static class AssertionEvent
{
    /// <summary>
    /// Finds the event a built-in assertion names: each names at most one. For a host's assertion
    /// it answers false, and the caller goes through <see cref="ClaimAssertion.References"/>.
    /// </summary>
    /// <param name="assertion">An assertion.</param>
    /// <param name="named">The event the assertion names, or null when it names none.</param>
    /// <returns>True when the assertion is one of the library's own.</returns>
    internal static bool TryBuiltIn(ClaimAssertion assertion, out EventId? named)
    {
        switch (assertion)
        {
            case EventAssertion a:
                named = a.Event;
                return true;
            case ParticipationAssertion a:
                named = a.Event;
                return true;
            case ControlChangeAssertion a:
                named = a.Event;
                return true;
            case FigureAssertion a:
                named = a.Event;
                return true;
            case ControlAssertion or MembershipAssertion or RelationAssertion or StatementAssertion or UnrecognizedAssertion:
                named = null;
                return true;
            default:
                named = null;
                return false;
        }
    }
}
