using System.Globalization;
using NodaTime;

namespace ConflictModel.Validation.Rules;

/// <summary>Dates as the time rules write them in messages: ISO 8601, whatever the culture.</summary>
internal static class TimeText
{
    internal static string Of(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Writes when something was, with its earliest day: <c>on 2017-11-09</c>, <c>in 2017-12 (month), from 2017-12-01 at the earliest</c>.</summary>
    internal static string From(FuzzyDate date) =>
        date.Precision == DatePrecision.Day ? "on " + date : $"in {date}, from {Of(date.Start)} at the earliest";

    /// <summary>Writes when something was, with its latest day: <c>on 2017-11-09</c>, <c>in 2017-11 (month), by 2017-11-30 at the latest</c>.</summary>
    internal static string Until(FuzzyDate date) =>
        date.Precision == DatePrecision.Day ? "on " + date : $"in {date}, by {Of(date.End)} at the latest";

    /// <summary>Returns the event the assertion places in time, or null when it names none.</summary>
    internal static EventId? EventOf(ClaimAssertion assertion) => assertion switch
    {
        EventAssertion a => a.Event,
        ParticipationAssertion a => a.Event,
        ControlChangeAssertion a => a.Event,
        FigureAssertion a => a.Event,
        _ => null,
    };
}
