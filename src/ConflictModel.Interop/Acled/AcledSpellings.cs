using System;
using System.Globalization;
using NodaTime;

namespace ConflictModel.Interop;

/// <summary>
/// The ways ACLED has written the same values over the years: actor categories as codes 1-8, as the codebook's plural labels
/// ("Rebel Groups") or as today's export labels ("Rebel group"); interactions as two-digit codes or as two labels joined by a
/// dash; dates as ISO, as "09 November 2017", or in the short forms of spreadsheets ("9-Nov-17"). Months are English names
/// whatever the culture of the machine.
/// </summary>
internal static class AcledSpellings
{
    /// <summary>Today's labels (the exports of 2024 onward), by code 1-8.</summary>
    private static readonly string[] CurrentLabels =
    [
        "State forces", "Rebel group", "Political militia", "Identity militia", "Rioters", "Protesters", "Civilians", "External/Other forces",
    ];

    /// <summary>Every accepted label, by code 1-8; compared without regard to case.</summary>
    private static readonly string[][] Labels =
    [
        ["State forces", "State force"],
        ["Rebel group", "Rebel groups"],
        ["Political militia", "Political militias"],
        ["Identity militia", "Identity militias"],
        ["Rioters", "Rioter"],
        ["Protesters", "Protester"],
        ["Civilians", "Civilian"],
        ["External/Other forces", "External/Other force", "External forces", "Other forces", "External/other"],
    ];

    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Today's label of a code in [1-8].</summary>
    internal static string CurrentLabel(int code) => CurrentLabels[code - 1];

    /// <summary>The code of an actor category written as a number in [0-8] or a label; 0 means no actor.</summary>
    internal static bool TryInterCode(ReadOnlySpan<char> text, out int code)
    {
        text = text.Trim();
        if (text.Length == 1 && text[0] is >= '0' and <= '8')
        {
            code = text[0] - '0';
            return true;
        }
        if (InteropText.TryParseInt(text, out code))
        {
            return code is >= 0 and <= 8;
        }
        for (int c = 0; c < Labels.Length; c++)
        {
            foreach (string label in Labels[c])
            {
                if (text.Equals(label, StringComparison.OrdinalIgnoreCase))
                {
                    code = c + 1;
                    return true;
                }
            }
        }
        code = 0;
        return false;
    }

    /// <summary>
    /// The two categories of an interaction: a two-digit code ("12"; "60" for one actor alone), or labels joined by a dash
    /// ("State forces-Rebel group") or a label followed by "only" ("Protesters only").
    /// </summary>
    internal static bool TryInteraction(ReadOnlySpan<char> text, out int first, out int second)
    {
        text = text.Trim();
        first = second = 0;
        if (text.Length == 2 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]))
        {
            first = text[0] - '0';
            second = text[1] - '0';
            return first is >= 1 and <= 8 && second <= 8;
        }
        if (text.EndsWith(" only", StringComparison.OrdinalIgnoreCase))
        {
            return TryInterCode(text[..^5], out first) && first > 0;
        }
        int dash = text.IndexOf('-');
        return dash > 0 && TryInterCode(text[..dash], out first) && first > 0 &&
            TryInterCode(text[(dash + 1)..], out second) && second > 0;
    }

    /// <summary>An interaction in the style asked for: the two-digit code or today's labels.</summary>
    internal static string Interaction(int first, int second, bool labels)
    {
        if (!labels)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{first}{second}");
        }
        return second == 0 ? CurrentLabel(first) + " only" : CurrentLabel(first) + "-" + CurrentLabel(second);
    }

    /// <summary>
    /// Reads an event date: <c>yyyy-MM-dd</c> or <c>yyyy/MM/dd</c> (a time after it is dropped), or day, month name and
    /// year separated by spaces or dashes ("09 November 2017", "9-Nov-2017", "09-Nov-17"). A two-digit year takes the century
    /// of <paramref name="yearHint"/> when that year ends with the same digits, else 1970-2069.
    /// </summary>
    /// <returns>Null when the date is read; otherwise what is wrong with it.</returns>
    internal static string? TryDate(ReadOnlySpan<char> text, ReadOnlySpan<char> yearHint, out LocalDate date)
    {
        date = default;
        text = text.Trim();
        if (text.Length >= 10 && char.IsAsciiDigit(text[0]) && text[4] is '-' or '/' && text[7] == text[4] &&
            (text.Length == 10 || text[10] is ' ' or 'T'))
        {
            return TryDigits(text[..4], out int year) && TryDigits(text.Slice(5, 2), out int month) && TryDigits(text.Slice(8, 2), out int day)
                ? Make(year, month, day, out date)
                : "it is not a date";
        }
        return TryNamedMonthDate(text, yearHint, out date);
    }

    /// <summary>Reads day, month name and year, as <see cref="TryDate"/> does; apart, so that the digits' way has no buffer to set up.</summary>
    private static string? TryNamedMonthDate(ReadOnlySpan<char> text, ReadOnlySpan<char> yearHint, out LocalDate date)
    {
        date = default;
        Span<Range> parts = stackalloc Range[4];
        int count = text.SplitAny(parts, " -", StringSplitOptions.RemoveEmptyEntries);
        if (count != 3)
        {
            return "it is not a date";
        }
        var dayText = text[parts[0]];
        var monthText = text[parts[1]];
        var yearText = text[parts[2]];
        if (dayText.Length is < 1 or > 2 || !TryDigits(dayText, out int d) || !TryMonth(monthText, out int m) ||
            yearText.Length is not (2 or 4) || !TryDigits(yearText, out int y))
        {
            return "it is not a date";
        }
        if (yearText.Length == 2)
        {
            y = TryDigits(yearHint.Trim(), out int hint) && yearHint.Trim().Length == 4 && hint % 100 == y ? hint
                : y < 70 ? 2000 + y : 1900 + y;
        }
        return Make(y, m, d, out date);
    }

    private static string? Make(int year, int month, int day, out LocalDate date)
    {
        date = default;
        if (year is < 1 or > 9999)
        {
            return string.Create(CultureInfo.InvariantCulture, $"year {year} is outside 1-9999, the years a date may have");
        }
        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return "there is no such day";
        }
        date = new LocalDate(year, month, day);
        return null;
    }

    private static bool TryMonth(ReadOnlySpan<char> text, out int month)
    {
        for (int i = 0; i < Months.Length; i++)
        {
            if (text.Equals(Months[i], StringComparison.OrdinalIgnoreCase) ||
                (text.Length >= 3 && Months[i].AsSpan().StartsWith(text, StringComparison.OrdinalIgnoreCase)))
            {
                month = i + 1;
                return true;
            }
        }
        month = 0;
        return false;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 4)
        {
            return false;
        }
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }
}
