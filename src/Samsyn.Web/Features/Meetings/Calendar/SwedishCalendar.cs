using System.Globalization;

namespace Samsyn.Web.Features.Meetings.Calendar;

/// <summary>A public holiday (helgdag) or a day that is treated as one (julafton, nyårsafton, midsommarafton).</summary>
public sealed record Holiday(DateOnly Date, string Name, bool IsPublicHoliday);

/// <summary>
/// The Swedish calendar for 1900–2200: public holidays by the law on general holidays
/// (lagen 1989:253), the eves that are non-working days in practice, working days and ISO weeks.
/// Moveable feasts follow Easter (Gregorian computus); midsummer and All Saints' Day are the
/// Saturdays in their windows. Sweden's national day is a public holiday from 2005, when
/// Whit Monday ceased to be one.
/// </summary>
public static class SwedishCalendar
{
    public const int FirstYear = 1900;
    public const int LastYear = 2200;

    /// <summary>Every holiday and non-working eve of <paramref name="year"/>, in date order.</summary>
    public static IReadOnlyList<Holiday> Holidays(int year)
    {
        if (year is < FirstYear or > LastYear)
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Året ska vara mellan {FirstYear} och {LastYear}.");
        var easter = EasterSunday(year);
        var midsummerDay = SaturdayBetween(new DateOnly(year, 6, 20));
        var list = new List<Holiday>
        {
            new(new DateOnly(year, 1, 1), "Nyårsdagen", true),
            new(new DateOnly(year, 1, 6), "Trettondedag jul", true),
            new(easter.AddDays(-2), "Långfredagen", true),
            new(easter, "Påskdagen", true),
            new(easter.AddDays(1), "Annandag påsk", true),
            new(new DateOnly(year, 5, 1), "Första maj", true),
            new(easter.AddDays(39), "Kristi himmelsfärdsdag", true),
            new(easter.AddDays(49), "Pingstdagen", true),
            new(midsummerDay.AddDays(-1), "Midsommarafton", false),
            new(midsummerDay, "Midsommardagen", true),
            new(SaturdayBetween(new DateOnly(year, 10, 31)), "Alla helgons dag", true),
            new(new DateOnly(year, 12, 24), "Julafton", false),
            new(new DateOnly(year, 12, 25), "Juldagen", true),
            new(new DateOnly(year, 12, 26), "Annandag jul", true),
            new(new DateOnly(year, 12, 31), "Nyårsafton", false),
        };
        if (year >= 2005) list.Add(new(new DateOnly(year, 6, 6), "Sveriges nationaldag", true));
        else list.Add(new(easter.AddDays(50), "Annandag pingst", true));
        return [.. list.OrderBy(h => h.Date).ThenByDescending(h => h.IsPublicHoliday)];
    }

    /// <summary>The name of the holiday or non-working eve on <paramref name="date"/>, or null.</summary>
    public static string? HolidayName(DateOnly date) =>
        date.Year is < FirstYear or > LastYear ? null : Holidays(date.Year).FirstOrDefault(h => h.Date == date)?.Name;

    /// <summary>Monday–Friday that is neither a public holiday nor julafton, nyårsafton or midsommarafton.</summary>
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && HolidayName(date) is null;

    public static DateOnly NextWorkingDay(DateOnly date)
    {
        var d = date.AddDays(1);
        while (!IsWorkingDay(d)) d = d.AddDays(1);
        return d;
    }

    public static DateOnly PreviousWorkingDay(DateOnly date)
    {
        var d = date.AddDays(-1);
        while (!IsWorkingDay(d)) d = d.AddDays(-1);
        return d;
    }

    /// <summary>The working day <paramref name="count"/> working days before <paramref name="date"/>.</summary>
    public static DateOnly WorkingDaysBefore(DateOnly date, int count)
    {
        for (var i = 0; i < count; i++) date = PreviousWorkingDay(date);
        return date;
    }

    public static int IsoWeek(DateOnly date) => ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue));

    public static int IsoWeekYear(DateOnly date) => ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue));

    /// <summary>The Monday of ISO week <paramref name="week"/> of <paramref name="isoYear"/>.</summary>
    public static DateOnly MondayOfIsoWeek(int isoYear, int week) =>
        DateOnly.FromDateTime(ISOWeek.ToDateTime(isoYear, week, DayOfWeek.Monday));

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The Saturday in the seven days starting at <paramref name="first"/>.</summary>
    private static DateOnly SaturdayBetween(DateOnly first) =>
        first.AddDays(((int)DayOfWeek.Saturday - (int)first.DayOfWeek + 7) % 7);
}
