using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using ConflictModel.Serialization;
using NodaTime;

namespace ConflictModel.Tests.Serialization;

/// <summary>
/// Dates and publication instants are written from their numbers; the texts must be those of
/// <see cref="FuzzyDateText"/> and <see cref="PublicationText"/>, which NodaTime's patterns make.
/// </summary>
public class JsonDossierWriterTest
{
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("d");

    [Fact]
    public void Date_OfEveryPrecisionAcrossTheYears_IsTheTextOfFuzzyDateText()
    {
        var random = new Random(20261207);
        var days = new List<LocalDate> { new(1, 1, 1), new(999, 12, 31), new(2017, 11, 9), new(2000, 2, 29), new(9999, 12, 31), new(9999, 12, 1) };
        for (int i = 0; i < 2000; i++)
        {
            var day = new LocalDate(random.Next(1, 10000), random.Next(1, 13), 1);
            days.Add(day.PlusDays(random.Next(0, CalendarSystem.Iso.GetDaysInMonth(day.Year, day.Month))));
        }
        foreach (var day in days)
        {
            var dates = new List<FuzzyDate> { FuzzyDate.OnDay(day), FuzzyDate.InMonth(new YearMonth(day.Year, day.Month)), FuzzyDate.InYear(day.Year) };
            if (day.Year < 9999)
            {
                dates.Add(FuzzyDate.InWeekOf(day));
                dates.Add(FuzzyDate.Between(day, day.PlusDays(3)));
            }
            foreach (var date in dates)
            {
                Written(w => JsonDossierWriter.Date(w, Name, date)).Should().Be(Expected(FuzzyDateText.Format(date)), "the date is {0}", date);
            }
        }
    }

    [Fact]
    public void Published_AtAnyOffsetAndSecond_IsTheTextOfPublicationText()
    {
        var random = new Random(20261208);
        var offsets = new[]
        {
            Offset.Zero, Offset.FromHours(2), Offset.FromHoursAndMinutes(-5, -30), Offset.FromHours(14), Offset.FromHours(-12),
            Offset.FromSeconds(-30 * 60), Offset.FromSeconds(9 * 60 + 21), Offset.FromSeconds(-(4 * 3600 + 51 * 60 + 5)),
        };
        var instants = new List<OffsetDateTime>
        {
            new(new LocalDateTime(1, 1, 1, 0, 0), Offset.Zero),
            new(new LocalDateTime(9999, 12, 31, 23, 59, 59), Offset.Zero),
            new(new LocalDateTime(2017, 11, 9, 19, 30, 0), Offset.FromHours(2)),
            new(new LocalDateTime(2017, 11, 9, 19, 30, 0).PlusMilliseconds(250), Offset.FromHours(2)),
            new(new LocalDateTime(2017, 11, 9, 19, 30, 0).PlusNanoseconds(1), Offset.Zero),
        };
        for (int i = 0; i < 2000; i++)
        {
            var day = new LocalDate(random.Next(1, 10000), random.Next(1, 13), random.Next(1, 29));
            var time = new LocalTime(random.Next(0, 24), random.Next(0, 60), random.Next(0, 60));
            instants.Add(new OffsetDateTime(day.At(time), offsets[random.Next(offsets.Length)]));
        }
        foreach (var instant in instants)
        {
            Written(w => JsonDossierWriter.Published(w, Name, instant)).Should().Be(Expected(PublicationText.Format(instant)), "the instant is {0}", instant);
        }
    }

    private static string Expected(string text) => Written(w => w.WriteString(Name, text));

    private static string Written(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            write(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
