using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace ConflictModel.Tests.Serialization.Generators;

/// <summary>Dates, fuzzy dates of every precision (reversed ranges included), validity intervals with open ends, and zoned instants.</summary>
internal static class TimeGen
{
    /// <summary>IANA zones with whole-hour, half-hour and 45-minute offsets, daylight saving on both hemispheres, and the UTC aliases.</summary>
    private static readonly string[] Zones =
    [
        "Asia/Beirut", "Asia/Damascus", "Asia/Baghdad", "Europe/Paris", "Europe/London", "America/New_York", "Asia/Kolkata",
        "Asia/Kathmandu", "Asia/Tehran", "Australia/Lord_Howe", "Pacific/Chatham", "Africa/Cairo", "America/St_Johns",
        "Etc/GMT+3", "Etc/GMT-14", "UTC", "Etc/UTC",
    ];

    /// <summary>
    /// Days in years 1-9998, where every precision can be written and read back; at least 40 days
    /// from the ends, so that ranges built around them stay inside years 1-9999.
    /// </summary>
    internal static Gen<LocalDate> Date { get; } = Gen.Frequency(
        (6, Between(new LocalDate(1990, 1, 1), new LocalDate(2030, 12, 31))),
        (1, Between(new LocalDate(1, 2, 15), new LocalDate(9998, 12, 24))),
        (1, Gen.Elements(new LocalDate(1, 2, 15), new LocalDate(2020, 12, 31), new LocalDate(2016, 2, 29), new LocalDate(9998, 12, 24))));

    internal static Gen<FuzzyDate> FuzzyDate { get; } = Gen.OneOf(
        Date.Select(ConflictModel.FuzzyDate.OnDay),
        Gen.Zip(Date, Gen.Choose(-40, 40)).Select(t => ConflictModel.FuzzyDate.Between(t.Item1, t.Item1.PlusDays(t.Item2))),
        Date.Select(d => ConflictModel.FuzzyDate.FromParts(d, d, DatePrecision.DayRange)),
        Date.Select(ConflictModel.FuzzyDate.InWeekOf),
        Date.Select(d => ConflictModel.FuzzyDate.InMonth(new YearMonth(d.Year, d.Month))),
        Date.Select(d => ConflictModel.FuzzyDate.InYear(d.Year)));

    internal static Gen<FuzzyDate?> OptionalFuzzyDate { get; } =
        Gen.Frequency((1, Gen.Constant<FuzzyDate?>(null)), (2, FuzzyDate.Select(d => (FuzzyDate?)d)));

    /// <summary>Intervals open at either end, at both, closed, and reversed.</summary>
    internal static Gen<ValidityInterval> Validity { get; } =
        from start in Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (3, Date.Select(d => (LocalDate?)d)))
        from end in Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (3, Date.Select(d => (LocalDate?)d)))
        select new ValidityInterval(start, end);

    /// <summary>Publication instants between 1970 and 2040, to the nanosecond, in IANA zones and in fixed offsets.</summary>
    internal static Gen<ZonedDateTime> Published { get; } =
        from seconds in Gen.Choose(0, int.MaxValue - 1)
        from nanos in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, 999_999_999)), (1, Gen.Choose(0, 999).Select(ms => ms * 1_000_000)))
        from zone in Gen.Frequency(
            (3, Gen.Elements(Zones).Select(id => DateTimeZoneProviders.Tzdb[id])),
            (2, Gen.Choose(-12 * 4, 14 * 4).Select(quarters => DateTimeZone.ForOffset(Offset.FromSeconds(quarters * 15 * 60)))),
            (1, Gen.Choose(-18 * 60, 18 * 60).Select(minutes => DateTimeZone.ForOffset(Offset.FromSeconds(minutes * 60)))))
        select Instant.FromUnixTimeSeconds(seconds).PlusNanoseconds(nanos).InZone(zone);

    private static Gen<LocalDate> Between(LocalDate first, LocalDate last) =>
        Gen.Choose(0, Period.DaysBetween(first, last)).Select(first.PlusDays);
}
