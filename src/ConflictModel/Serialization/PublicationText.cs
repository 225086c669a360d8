using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Serialization;

/// <summary>
/// The text of a publication instant with its offset: RFC 3339 (<c>2017-11-09T19:30:00+02:00</c>),
/// or, for the rare offsets with seconds (local mean time before 1911, such as Paris's
/// +00:09:21), ISO 8601 with the seconds of the offset, which RFC 3339 would drop.
/// </summary>
internal static class PublicationText
{
    private static readonly OffsetDateTimePattern WithOffsetSeconds =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm:ss>");

    internal static string Format(OffsetDateTime value) =>
        (value.Offset.Seconds % 60 == 0 ? OffsetDateTimePattern.Rfc3339 : WithOffsetSeconds).Format(value);

    private static readonly LocalDatePattern Day = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");

    /// <summary>Reads a publication whose day alone is known: 2018-11-09 (years 0001 to 9999).</summary>
    internal static bool TryParseDay(string text, out LocalDate day)
    {
        day = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-' || text.StartsWith("0000", System.StringComparison.Ordinal))
        {
            return false;
        }
        var result = Day.Parse(text);
        if (!result.Success)
        {
            return false;
        }
        day = result.Value;
        return true;
    }

    internal static ParseResult<OffsetDateTime> Parse(string text)
    {
        // NodaTime reads the hour 24 as the end of the day; RFC 3339 allows hours 00-23 only, and
        // writing it back would give another text (the next day at 00:00).
        if (text.Length > 12 && text[10] == 'T' && text[11] == '2' && text[12] == '4')
        {
            return ParseResult<OffsetDateTime>.ForException(() => new System.FormatException("The hour 24 is not allowed; RFC 3339 hours are 00-23."));
        }
        var result = OffsetDateTimePattern.Rfc3339.Parse(text);
        return result.Success ? result : WithOffsetSeconds.Parse(text) is { Success: true } seconds ? seconds : result;
    }
}
