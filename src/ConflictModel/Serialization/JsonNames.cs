using System.Collections.Generic;

namespace ConflictModel.Serialization;

/// <summary>The fixed words of the document format: its marker, version and discriminators.</summary>
internal static class JsonNames
{
    internal const string Format = "conflictmodel";
    internal const string NdjsonFormat = "conflictmodel-ndjson";
    internal const int Version = 1;

    /// <summary>The NDJSON format version written: 2 adds claim lines. Version 1 is still read.</summary>
    internal const int NdjsonVersion = 2;

    /// <summary>The member that makes a line of an NDJSON stream a claim line, in version 2.</summary>
    internal const string ClaimLine = "claim";

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
