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

    /// <summary>
    /// The members of the built-in assertions, all kinds together. The reader numbers them by their
    /// position here to tell which belong to which kind; append, never reorder.
    /// </summary>
    internal static readonly string[] AssertionMembers =
        ["type", "event", "actor", "role", "place", "from", "to", "when", "controller", "asOf", "figure", "alliance", "relation", "summary", "about"];

    /// <summary>The members of the built-in figure shapes, all shapes together; numbered by position like <see cref="AssertionMembers"/>.</summary>
    internal static readonly string[] FigureValueMembers = ["shape", "value", "minimum", "maximum", "low", "best", "high"];
}
