using System.Collections.Generic;

namespace ConflictModel.Serialization;

/// <summary>The fixed words of the document format: its marker, version and discriminators.</summary>
internal static class JsonNames
{
    internal const string Format = "conflictmodel";
    internal const string NdjsonFormat = "conflictmodel-ndjson";
    internal const int Version = 1;

    internal const string EventAssertion = "event";
    internal const string ParticipationAssertion = "participation";
    internal const string ControlChangeAssertion = "control-change";
    internal const string ControlAssertion = "control";
    internal const string FigureAssertion = "figure";
    internal const string MembershipAssertion = "membership";
    internal const string RelationAssertion = "relation";
    internal const string StatementAssertion = "statement";

    internal const string Exact = "exact";
    internal const string AtLeast = "at-least";
    internal const string AtMost = "at-most";
    internal const string Approximate = "approximate";
    internal const string Range = "range";
    internal const string Estimate = "estimate";

    internal static readonly IReadOnlyCollection<string> AssertionTypes =
    [
        EventAssertion, ParticipationAssertion, ControlChangeAssertion, ControlAssertion,
        FigureAssertion, MembershipAssertion, RelationAssertion, StatementAssertion,
    ];

    internal static readonly IReadOnlyCollection<string> FigureShapes = [Exact, AtLeast, AtMost, Approximate, Range, Estimate];
}
