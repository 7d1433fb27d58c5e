using Samsyn.Web.Features.Meetings.Calendar;

namespace Samsyn.UnitTests.Features.Meetings.Calendar;

public sealed class SwedishCalendarTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static DateOnly Named(int year, string name) =>
        SwedishCalendar.Holidays(year).Single(h => h.Name == name).Date;

    private static IEnumerable<int> AllYears => Enumerable.Range(SwedishCalendar.FirstYear, SwedishCalendar.LastYear - SwedishCalendar.FirstYear + 1);

    /// <summary>
    /// Easter Sunday from published tables, each checked against python-dateutil's easter() and Gauss's
    /// algorithm. 1954, 1981, 2049 and 2076 are the years where Gauss's exceptions apply.
    /// </summary>
    [Theory]
    [InlineData(1900, 4, 15)]
    [InlineData(1943, 4, 25)]
    [InlineData(1954, 4, 18)]
    [InlineData(1981, 4, 19)]
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    [InlineData(2049, 4, 18)]
    [InlineData(2076, 4, 19)]
    [InlineData(2100, 3, 28)]
    [InlineData(2200, 4, 6)]
    public void Easter_Sunday_is_the_published_date(int year, int month, int day)
    {
        SwedishCalendar.EasterSunday(year).ShouldBe(D(year, month, day));
        Named(year, "Påskdagen").ShouldBe(D(year, month, day));
    }

    /// <summary>Gauss's Easter algorithm with its two exceptions: a second, independent computus.</summary>
    private static DateOnly GaussEaster(int year)
    {
        var a = year % 19;
        var b = year % 4;
        var c = year % 7;
        var k = year / 100;
        var p = ((8 * k) + 13) / 25;
        var q = k / 4;
        var m = (15 - p + k - q) % 30;
        var n = (4 + k - q) % 7;
        var d = ((19 * a) + m) % 30;
        var e = ((2 * b) + (4 * c) + (6 * d) + n) % 7;
        if (d == 29 && e == 6) return D(year, 4, 19);
        if (d == 28 && e == 6 && ((11 * m) + 11) % 30 < 19) return D(year, 4, 18);
        return D(year, 3, 22).AddDays(d + e);
    }

    [Fact]
    public void Easter_agrees_with_Gauss_algorithm_for_every_year_1900_to_2200()
    {
        var differences = AllYears.Where(y => SwedishCalendar.EasterSunday(y) != GaussEaster(y))
            .Select(y => $"{y}: {SwedishCalendar.EasterSunday(y)} vs {GaussEaster(y)}").ToList();
        differences.ShouldBeEmpty();
    }

    [Fact]
    public void Easter_is_a_Sunday_between_22_March_and_25_April_every_year()
    {
        foreach (var year in AllYears)
        {
            var easter = SwedishCalendar.EasterSunday(year);
            easter.DayOfWeek.ShouldBe(DayOfWeek.Sunday, $"{year}");
            easter.ShouldBeInRange(D(year, 3, 22), D(year, 4, 25), $"{year}");
        }
    }

    [Fact]
    public void Moveable_feasts_of_2026_follow_Easter()
    {
        Named(2026, "Långfredagen").ShouldBe(D(2026, 4, 3));
        Named(2026, "Påskdagen").ShouldBe(D(2026, 4, 5));
        Named(2026, "Annandag påsk").ShouldBe(D(2026, 4, 6));
        Named(2026, "Kristi himmelsfärdsdag").ShouldBe(D(2026, 5, 14));
        Named(2026, "Pingstdagen").ShouldBe(D(2026, 5, 24));
    }

    [Fact]
    public void Moveable_feasts_fall_on_their_weekdays_every_year()
    {
        foreach (var year in AllYears)
        {
            var easter = SwedishCalendar.EasterSunday(year);
            Named(year, "Långfredagen").ShouldBe(easter.AddDays(-2), $"{year}");
            Named(year, "Annandag påsk").ShouldBe(easter.AddDays(1), $"{year}");
            Named(year, "Kristi himmelsfärdsdag").DayOfWeek.ShouldBe(DayOfWeek.Thursday, $"{year}");
            Named(year, "Kristi himmelsfärdsdag").ShouldBe(easter.AddDays(39), $"{year}");
            Named(year, "Pingstdagen").ShouldBe(easter.AddDays(49), $"{year}");
        }
    }

    [Theory]
    [InlineData(2020, 19)]
    [InlineData(2021, 25)]
    [InlineData(2022, 24)]
    [InlineData(2024, 21)]
    [InlineData(2025, 20)]
    [InlineData(2026, 19)]
    [InlineData(2027, 25)]
    public void Midsummer_eve_and_day_are_the_Friday_and_Saturday_in_the_window(int year, int eveDay)
    {
        Named(year, "Midsommarafton").ShouldBe(D(year, 6, eveDay));
        Named(year, "Midsommardagen").ShouldBe(D(year, 6, eveDay + 1));
    }

    [Fact]
    public void Midsummer_is_a_Friday_19_to_25_June_and_the_Saturday_after_every_year()
    {
        foreach (var year in AllYears)
        {
            var eve = Named(year, "Midsommarafton");
            eve.DayOfWeek.ShouldBe(DayOfWeek.Friday, $"{year}");
            eve.ShouldBeInRange(D(year, 6, 19), D(year, 6, 25), $"{year}");
            Named(year, "Midsommardagen").ShouldBe(eve.AddDays(1), $"{year}");
        }
    }

    [Theory]
    [InlineData(2020, 10, 31)]
    [InlineData(2021, 11, 6)]
    [InlineData(2024, 11, 2)]
    [InlineData(2025, 11, 1)]
    [InlineData(2026, 10, 31)]
    [InlineData(2027, 11, 6)]
    public void All_Saints_Day_is_the_Saturday_between_31_October_and_6_November(int year, int month, int day) =>
        Named(year, "Alla helgons dag").ShouldBe(D(year, month, day));

    [Fact]
    public void All_Saints_Day_is_a_Saturday_in_its_window_every_year()
    {
        foreach (var year in AllYears)
        {
            var day = Named(year, "Alla helgons dag");
            day.DayOfWeek.ShouldBe(DayOfWeek.Saturday, $"{year}");
            day.ShouldBeInRange(D(year, 10, 31), D(year, 11, 6), $"{year}");
        }
    }

    [Theory]
    [InlineData("Nyårsdagen", 1, 1)]
    [InlineData("Trettondedag jul", 1, 6)]
    [InlineData("Första maj", 5, 1)]
    [InlineData("Julafton", 12, 24)]
    [InlineData("Juldagen", 12, 25)]
    [InlineData("Annandag jul", 12, 26)]
    [InlineData("Nyårsafton", 12, 31)]
    public void Fixed_days_are_on_their_dates(string name, int month, int day)
    {
        foreach (var year in new[] { 1900, 1950, 2004, 2005, 2026, 2027, 2100, 2200 })
            Named(year, name).ShouldBe(D(year, month, day), $"{year}");
    }

    [Fact]
    public void National_day_is_a_holiday_from_2005_and_Whit_Monday_until_2004()
    {
        var y2004 = SwedishCalendar.Holidays(2004);
        y2004.ShouldContain(h => h.Name == "Annandag pingst" && h.Date == D(2004, 5, 31) && h.IsPublicHoliday);
        y2004.ShouldNotContain(h => h.Name == "Sveriges nationaldag");

        var y2005 = SwedishCalendar.Holidays(2005);
        y2005.ShouldContain(h => h.Name == "Sveriges nationaldag" && h.Date == D(2005, 6, 6) && h.IsPublicHoliday);
        y2005.ShouldNotContain(h => h.Name == "Annandag pingst");

        SwedishCalendar.IsWorkingDay(D(2004, 6, 7)).ShouldBeTrue("6 June 2004 was a Sunday; Monday 7 June an ordinary day");
        SwedishCalendar.IsWorkingDay(D(2004, 5, 31)).ShouldBeFalse("annandag pingst 2004");
        SwedishCalendar.IsWorkingDay(D(2005, 5, 16)).ShouldBeTrue("annandag pingst 2005 was no longer a holiday");
        SwedishCalendar.IsWorkingDay(D(2025, 6, 6)).ShouldBeFalse("the national day 2025 was a Friday");
    }

    [Fact]
    public void Eves_are_non_working_days_but_not_public_holidays()
    {
        var eves = SwedishCalendar.Holidays(2026).Where(h => !h.IsPublicHoliday).Select(h => h.Name).ToList();
        eves.ShouldBe(["Midsommarafton", "Julafton", "Nyårsafton"]);
        SwedishCalendar.IsWorkingDay(D(2026, 6, 19)).ShouldBeFalse("midsommarafton, a Friday");
        SwedishCalendar.IsWorkingDay(D(2026, 12, 24)).ShouldBeFalse("julafton, a Thursday");
        SwedishCalendar.IsWorkingDay(D(2026, 12, 31)).ShouldBeFalse("nyårsafton, a Thursday");
    }

    [Fact]
    public void Every_year_has_thirteen_public_holidays_and_three_eves()
    {
        foreach (var year in AllYears)
        {
            var holidays = SwedishCalendar.Holidays(year);
            holidays.Count(h => h.IsPublicHoliday).ShouldBe(13, $"{year}");
            holidays.Count(h => !h.IsPublicHoliday).ShouldBe(3, $"{year}");
            holidays.ShouldAllBe(h => h.Date.Year == year);
        }
    }

    [Fact]
    public void Holidays_come_in_date_order_every_year()
    {
        foreach (var year in AllYears)
        {
            var dates = SwedishCalendar.Holidays(year).Select(h => h.Date).ToList();
            dates.ShouldBe(dates.Order().ToList(), $"{year}");
        }
    }

    [Fact]
    public void The_holidays_of_2026_in_order()
    {
        SwedishCalendar.Holidays(2026).Select(h => $"{h.Date:yyyy-MM-dd} {h.Name}").ShouldBe(
        [
            "2026-01-01 Nyårsdagen",
            "2026-01-06 Trettondedag jul",
            "2026-04-03 Långfredagen",
            "2026-04-05 Påskdagen",
            "2026-04-06 Annandag påsk",
            "2026-05-01 Första maj",
            "2026-05-14 Kristi himmelsfärdsdag",
            "2026-05-24 Pingstdagen",
            "2026-06-06 Sveriges nationaldag",
            "2026-06-19 Midsommarafton",
            "2026-06-20 Midsommardagen",
            "2026-10-31 Alla helgons dag",
            "2026-12-24 Julafton",
            "2026-12-25 Juldagen",
            "2026-12-26 Annandag jul",
            "2026-12-31 Nyårsafton",
        ]);
    }

    [Fact]
    public void Ascension_on_the_first_of_May_is_listed_with_both_names()
    {
        // Easter 2008 was 23 March, so Kristi himmelsfärdsdag fell on Första maj.
        var first = SwedishCalendar.Holidays(2008).Where(h => h.Date == D(2008, 5, 1)).Select(h => h.Name).ToList();
        first.ShouldBe(["Första maj", "Kristi himmelsfärdsdag"], ignoreOrder: true);
        SwedishCalendar.IsWorkingDay(D(2008, 5, 1)).ShouldBeFalse();
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(2200)]
    public void First_and_last_year_are_supported(int year) =>
        SwedishCalendar.Holidays(year).ShouldNotBeEmpty();

    [Theory]
    [InlineData(1899)]
    [InlineData(2201)]
    [InlineData(0)]
    [InlineData(-1)]
    public void Years_outside_1900_to_2200_are_refused(int year) =>
        Should.Throw<ArgumentOutOfRangeException>(() => SwedishCalendar.Holidays(year)).ParamName.ShouldBe("year");

    [Fact]
    public void Holiday_name_is_given_for_holidays_and_eves_only()
    {
        SwedishCalendar.HolidayName(D(2026, 4, 5)).ShouldBe("Påskdagen");
        SwedishCalendar.HolidayName(D(2026, 12, 24)).ShouldBe("Julafton");
        SwedishCalendar.HolidayName(D(2026, 4, 30)).ShouldBeNull("Valborgsmässoafton is an ordinary day");
        SwedishCalendar.HolidayName(D(2026, 1, 5)).ShouldBeNull("Trettondagsafton is an ordinary day");
        SwedishCalendar.HolidayName(D(1899, 12, 25)).ShouldBeNull("outside the calendar's years");
    }

    [Theory]
    [InlineData(2026, 11, 24, true)]  // an ordinary Tuesday
    [InlineData(2026, 11, 28, false)] // Saturday
    [InlineData(2026, 11, 29, false)] // Sunday
    [InlineData(2026, 4, 3, false)]   // Långfredagen
    [InlineData(2026, 4, 6, false)]   // Annandag påsk
    [InlineData(2026, 5, 1, false)]   // Första maj, a Friday
    [InlineData(2026, 5, 14, false)]  // Kristi himmelsfärdsdag
    [InlineData(2026, 5, 15, true)]   // the Friday after, a "klämdag" but a working day
    [InlineData(2026, 1, 6, false)]   // Trettondedag jul, a Tuesday
    [InlineData(2026, 1, 5, true)]    // Trettondagsafton
    [InlineData(2026, 4, 30, true)]   // Valborgsmässoafton
    [InlineData(2026, 12, 23, true)]
    [InlineData(2026, 12, 24, false)] // Julafton
    [InlineData(2026, 12, 25, false)] // Juldagen
    [InlineData(2026, 12, 31, false)] // Nyårsafton
    [InlineData(2027, 1, 1, false)]   // Nyårsdagen
    [InlineData(2026, 6, 19, false)]  // Midsommarafton
    [InlineData(2027, 6, 25, false)]  // Midsommarafton
    [InlineData(2027, 6, 24, true)]
    public void Working_days_are_weekdays_that_are_no_holiday_or_eve(int year, int month, int day, bool working) =>
        SwedishCalendar.IsWorkingDay(D(year, month, day)).ShouldBe(working);

    [Fact]
    public void Next_and_previous_working_day_skip_weekends_holidays_and_eves()
    {
        SwedishCalendar.NextWorkingDay(D(2026, 11, 27)).ShouldBe(D(2026, 11, 30), "Friday to Monday");
        SwedishCalendar.PreviousWorkingDay(D(2026, 11, 30)).ShouldBe(D(2026, 11, 27), "Monday to Friday");
        SwedishCalendar.NextWorkingDay(D(2026, 12, 23)).ShouldBe(D(2026, 12, 28), "past julafton, juldagen and the weekend");
        SwedishCalendar.NextWorkingDay(D(2026, 12, 30)).ShouldBe(D(2027, 1, 4), "past nyårsafton, nyårsdagen and the weekend, into the next year");
        SwedishCalendar.PreviousWorkingDay(D(2027, 1, 4)).ShouldBe(D(2026, 12, 30));
        SwedishCalendar.PreviousWorkingDay(D(2026, 4, 7)).ShouldBe(D(2026, 4, 2), "back over Easter");
    }

    [Fact]
    public void Working_days_before_skip_a_weekend()
    {
        var monday = D(2026, 11, 30);
        SwedishCalendar.WorkingDaysBefore(monday, 0).ShouldBe(monday);
        SwedishCalendar.WorkingDaysBefore(monday, 1).ShouldBe(D(2026, 11, 27));
        SwedishCalendar.WorkingDaysBefore(monday, 3).ShouldBe(D(2026, 11, 25));
        SwedishCalendar.WorkingDaysBefore(monday, 5).ShouldBe(D(2026, 11, 23));
    }

    [Fact]
    public void Working_days_before_skip_Easter()
    {
        // Tuesday after Easter 2026: Monday is annandag påsk, Friday långfredagen.
        var tuesday = D(2026, 4, 7);
        SwedishCalendar.WorkingDaysBefore(tuesday, 1).ShouldBe(D(2026, 4, 2));
        SwedishCalendar.WorkingDaysBefore(tuesday, 3).ShouldBe(D(2026, 3, 31));
        SwedishCalendar.WorkingDaysBefore(tuesday, 4).ShouldBe(D(2026, 3, 30));
    }

    [Theory]
    [InlineData(2026, 1, 1, 2026, 1)]
    [InlineData(2027, 1, 1, 2026, 53)]
    [InlineData(2024, 12, 30, 2025, 1)]
    [InlineData(2021, 1, 3, 2020, 53)]
    [InlineData(2026, 6, 29, 2026, 27)]
    [InlineData(2026, 8, 9, 2026, 32)]
    [InlineData(2026, 11, 24, 2026, 48)]
    public void Iso_weeks_follow_ISO_8601(int year, int month, int day, int weekYear, int week)
    {
        SwedishCalendar.IsoWeek(D(year, month, day)).ShouldBe(week);
        SwedishCalendar.IsoWeekYear(D(year, month, day)).ShouldBe(weekYear);
    }

    [Fact]
    public void Monday_of_an_iso_week()
    {
        SwedishCalendar.MondayOfIsoWeek(2026, 1).ShouldBe(D(2025, 12, 29));
        SwedishCalendar.MondayOfIsoWeek(2026, 27).ShouldBe(D(2026, 6, 29));
        SwedishCalendar.MondayOfIsoWeek(2027, 27).ShouldBe(D(2027, 7, 5));
        SwedishCalendar.MondayOfIsoWeek(2026, 53).ShouldBe(D(2026, 12, 28));
    }
}
