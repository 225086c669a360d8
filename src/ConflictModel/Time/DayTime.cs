using System;
using System.Globalization;
using NodaTime;

namespace ConflictModel;

/// <summary>
/// The time of day of an event, known to some precision: a minute ("07:30"), an hour ("07"), an
/// approximate time ("~07:00", "around 7 a.m."), or a named part of the day ("dawn", "overnight").
/// </summary>
/// <remarks>
/// <para>It goes with a date (<see cref="ConflictEvent.Time"/> beside <see cref="ConflictEvent.Date"/>),
/// in the local time of the place. Its text is the one the document format uses:
/// <c>HH:mm</c> for a minute, <c>HH</c> for an hour, <c>~HH:mm</c> for an approximate time, or the name of a part of the day in lower case (<c>dawn</c>, <c>morning</c>, <c>midday</c>,
/// <c>afternoon</c>, <c>evening</c>, <c>night</c>, <c>overnight</c>).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly record struct DayTime
{
    // Minutes since midnight (0-1439) for a time, the part of the day for a part; 4 bytes in all.
    private readonly short minutes;
    private readonly byte precision;
    private readonly byte part;

    private DayTime(int minutes, TimePrecision precision, PartOfDay part)
    {
        this.minutes = (short)minutes;
        this.precision = (byte)precision;
        this.part = (byte)part;
    }

    /// <summary>Gets how precisely the time is known; 0 for the default value, which is no time.</summary>
    public TimePrecision Precision => (TimePrecision)precision;

    /// <summary>Gets the time, or null for a part of the day.</summary>
    public LocalTime? Time => Precision is TimePrecision.Minute or TimePrecision.Hour or TimePrecision.Around
        ? new LocalTime(minutes / 60, minutes % 60) : null;

    /// <summary>Gets the part of the day, or null for a time.</summary>
    public PartOfDay? Part => Precision == TimePrecision.PartOfDay ? (PartOfDay)part : null;

    /// <summary>Gets the earliest time of day the event may have, by the precision's convention.</summary>
    /// <remarks>For <see cref="PartOfDay.Night"/> and <see cref="PartOfDay.Overnight"/> the start is on the first day and the end on the next.</remarks>
    public LocalTime Start => Bounds().Start;

    /// <summary>Gets the latest time of day the event may have, by the precision's convention.</summary>
    public LocalTime End => Bounds().End;

    /// <summary>Gets a value indicating whether the time reaches into the next day (night and overnight).</summary>
    public bool CrossesMidnight => Part is PartOfDay.Night or PartOfDay.Overnight;

    /// <summary>Creates a time known to the minute.</summary>
    /// <param name="time">The time; seconds and below are dropped.</param>
    /// <returns>The time of day.</returns>
    public static DayTime At(LocalTime time) => new(time.Hour * 60 + time.Minute, TimePrecision.Minute, 0);

    /// <summary>Creates a time known to the hour.</summary>
    /// <param name="hour">The hour, 0 to 23.</param>
    /// <returns>The time of day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hour"/> is not in [0-23].</exception>
    public static DayTime AtHour(int hour) => new(CheckHour(hour) * 60, TimePrecision.Hour, 0);

    /// <summary>Creates an approximate time ("around 7 a.m."): the hour before and the hour after.</summary>
    /// <param name="time">The time given; seconds and below are dropped.</param>
    /// <returns>The time of day.</returns>
    public static DayTime Around(LocalTime time) => new(time.Hour * 60 + time.Minute, TimePrecision.Around, 0);

    /// <summary>Creates a part of the day.</summary>
    /// <param name="part">The part of the day.</param>
    /// <returns>The time of day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="part"/> is not defined.</exception>
    public static DayTime During(PartOfDay part) => new(0, TimePrecision.PartOfDay, Preconditions.CheckDefined(part));

    /// <summary>Parses the text of a time of day (see the remarks of <see cref="DayTime"/>).</summary>
    /// <param name="text">The text, such as <c>07:30</c>, <c>07</c>, <c>~07:00</c> or <c>dawn</c>.</param>
    /// <param name="time">The time of day, or the default value.</param>
    /// <returns>True when the text is well formed.</returns>
    public static bool TryParse(string? text, out DayTime time)
    {
        time = default;
        if (text is null || text.Length is 0 or > 9)
        {
            return false;
        }
        foreach (var candidate in Enum.GetValues<PartOfDay>())
        {
            if (text == Name(candidate))
            {
                time = During(candidate);
                return true;
            }
        }
        bool around = text[0] == '~';
        var digits = around ? text.AsSpan(1) : text.AsSpan();
        if (digits.Length is not (2 or 5) || (around && digits.Length != 5) || !TwoDigits(digits, out int hour) || hour > 23)
        {
            return false;
        }
        int minute = 0;
        if (digits.Length == 5 && (digits[2] != ':' || !TwoDigits(digits[3..], out minute) || minute > 59))
        {
            return false;
        }
        var precision = around ? TimePrecision.Around : digits.Length == 5 ? TimePrecision.Minute : TimePrecision.Hour;
        time = new DayTime(hour * 60 + minute, precision, 0);
        return true;
    }

    /// <summary>Parses the text of a time of day.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The time of day.</returns>
    /// <exception cref="FormatException">The text is not well formed; the message lists the accepted forms.</exception>
    public static DayTime Parse(string text) => TryParse(text, out var time) ? time : throw new FormatException(
        $"\"{Truncate(text)}\" is not a time of day: expected HH:mm, HH, ~HH:mm, or dawn, morning, midday, afternoon, evening, night, overnight.");

    /// <summary>Returns the text of the time of day, as the document format writes it.</summary>
    /// <returns>Such as <c>07:30</c>, <c>07</c>, <c>~07:00</c> or <c>dawn</c>; empty for the default value.</returns>
    public override string ToString() => Precision switch
    {
        TimePrecision.Minute => Clock(),
        TimePrecision.Hour => (minutes / 60).ToString("00", CultureInfo.InvariantCulture),
        TimePrecision.Around => "~" + Clock(),
        TimePrecision.PartOfDay => Name((PartOfDay)part),
        _ => string.Empty,
    };

    private string Clock() => string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}");

    private (LocalTime Start, LocalTime End) Bounds()
    {
        var at = new LocalTime(minutes / 60, minutes % 60);
        return Precision switch
        {
            TimePrecision.Minute => (at, at.PlusSeconds(59)),
            TimePrecision.Hour => (at, at.PlusMinutes(59).PlusSeconds(59)),
            TimePrecision.Around => (minutes < 60 ? LocalTime.Midnight : at.PlusHours(-1), minutes >= 23 * 60 ? LocalTime.MaxValue : at.PlusHours(1)),
            TimePrecision.PartOfDay => (PartOfDay)part switch
            {
                PartOfDay.Dawn => (new LocalTime(4, 0), new LocalTime(7, 59, 59)),
                PartOfDay.Morning => (new LocalTime(5, 0), new LocalTime(11, 59, 59)),
                PartOfDay.Midday => (new LocalTime(11, 0), new LocalTime(13, 59, 59)),
                PartOfDay.Afternoon => (new LocalTime(12, 0), new LocalTime(17, 59, 59)),
                PartOfDay.Evening => (new LocalTime(17, 0), new LocalTime(22, 59, 59)),
                _ => (new LocalTime(20, 0), new LocalTime(5, 59, 59)),
            },
            _ => (LocalTime.Midnight, LocalTime.MaxValue),
        };
    }

    private static string Name(PartOfDay part) => part switch
    {
        PartOfDay.Dawn => "dawn",
        PartOfDay.Morning => "morning",
        PartOfDay.Midday => "midday",
        PartOfDay.Afternoon => "afternoon",
        PartOfDay.Evening => "evening",
        PartOfDay.Night => "night",
        PartOfDay.Overnight => "overnight",
        _ => string.Empty,
    };

    private static bool TwoDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.Length < 2 || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[1]))
        {
            return false;
        }
        value = (text[0] - '0') * 10 + (text[1] - '0');
        return true;
    }

    private static int CheckHour(int hour) => hour is >= 0 and <= 23 ? hour
        : throw new ArgumentOutOfRangeException(nameof(hour), hour, "An hour of the day is in [0-23].");

    private static string Truncate(string? text) => text is null ? "(null)" : text.Length <= 20 ? text : text[..20] + "…";
}
