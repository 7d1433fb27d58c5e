using System.Globalization;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Infrastructure;

namespace Samsyn.UnitTests.Features.Notifications;

public sealed class ReminderTimesTests
{
    private const int Eight = 8;

    private static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    /// <summary>Days off written out by hand for 2027 and early 2028, so the tests do not lean on the calendar under test.</summary>
    private static readonly DateOnly[] HolidaysAndEves =
    [
        new(2026, 12, 31), new(2027, 1, 1), new(2027, 1, 6), new(2027, 3, 26), new(2027, 3, 28), new(2027, 3, 29), new(2027, 5, 1), new(2027, 5, 6),
        new(2027, 5, 16), new(2027, 6, 6), new(2027, 6, 25), new(2027, 6, 26), new(2027, 11, 6), new(2027, 12, 24), new(2027, 12, 25),
        new(2027, 12, 26), new(2027, 12, 31), new(2028, 1, 1), new(2028, 1, 6),
    ];

    private static bool IsDayOff(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || HolidaysAndEves.Contains(date);

    [Theory]
    [InlineData("2027-01-18", "2027-01-15T07:00:00Z")] // Monday: Friday 08:00 winter time
    [InlineData("2027-01-19", "2027-01-18T07:00:00Z")] // Tuesday: Monday
    [InlineData("2027-03-30", "2027-03-25T07:00:00Z")] // Tuesday after Easter Monday: Maundy Thursday, still winter time
    [InlineData("2027-03-29", "2027-03-25T07:00:00Z")] // Easter Monday itself
    [InlineData("2027-03-31", "2027-03-30T06:00:00Z")] // Wednesday after Easter: Tuesday, now summer time
    [InlineData("2027-06-15", "2027-06-14T06:00:00Z")] // Tuesday in summer
    [InlineData("2027-06-28", "2027-06-24T06:00:00Z")] // Monday after midsummer: Thursday before midsummer eve
    [InlineData("2027-11-01", "2027-10-29T06:00:00Z")] // Monday after the autumn change: Friday, still summer time
    [InlineData("2027-11-02", "2027-11-01T07:00:00Z")] // Tuesday after the autumn change: Monday, winter time
    [InlineData("2027-12-27", "2027-12-23T07:00:00Z")] // Monday after Christmas: Thursday before Christmas Eve
    [InlineData("2028-01-03", "2027-12-30T07:00:00Z")] // Monday after New Year: Thursday before New Year's Eve
    [InlineData("2028-01-07", "2028-01-05T07:00:00Z")] // Friday after Epiphany (Thursday): Wednesday
    [InlineData("2027-05-07", "2027-05-05T06:00:00Z")] // Friday after Ascension Day: Wednesday
    public void WorkingDayBefore_is_eight_oclock_Swedish_time_on_the_last_working_day_before(string date, string expected)
    {
        var reminder = ReminderTimes.WorkingDayBefore(Day(date), Eight);

        reminder.ShouldBe(Utc(expected));
    }

    [Fact]
    public void WorkingDayBefore_a_Monday_meeting_is_on_Friday_morning_in_local_time()
    {
        var reminder = SwedishTime.ToLocal(ReminderTimes.WorkingDayBefore(new DateOnly(2027, 9, 13), Eight));

        reminder.DateTime.ShouldBe(new DateTime(2027, 9, 10, 8, 0, 0));
        reminder.DayOfWeek.ShouldBe(DayOfWeek.Friday);
    }

    [Fact]
    public void WorkingDayBefore_is_the_closest_working_day_at_eight_local_for_every_day_of_a_year()
    {
        for (var date = new DateOnly(2027, 1, 1); date.Year == 2027; date = date.AddDays(1))
        {
            var local = SwedishTime.ToLocal(ReminderTimes.WorkingDayBefore(date, Eight));
            var day = DateOnly.FromDateTime(local.DateTime);

            (local.Hour, local.Minute).ShouldBe((Eight, 0), $"{date:yyyy-MM-dd}");
            day.ShouldBeLessThan(date, $"{date:yyyy-MM-dd}");
            IsDayOff(day).ShouldBeFalse($"{date:yyyy-MM-dd} gave {day:yyyy-MM-dd}");
            for (var between = day.AddDays(1); between < date; between = between.AddDays(1))
                IsDayOff(between).ShouldBeTrue($"{date:yyyy-MM-dd} skipped working day {between:yyyy-MM-dd}");
        }
    }

    [Theory]
    [InlineData("2027-01-15", "2027-01-15T07:00:00Z")] // a working Friday: that morning
    [InlineData("2027-07-01", "2027-07-01T06:00:00Z")] // a working Thursday in summer time
    [InlineData("2027-01-16", "2027-01-15T07:00:00Z")] // Saturday: Friday
    [InlineData("2027-01-17", "2027-01-15T07:00:00Z")] // Sunday: Friday
    [InlineData("2027-03-26", "2027-03-25T07:00:00Z")] // Good Friday: Maundy Thursday
    [InlineData("2027-03-28", "2027-03-25T07:00:00Z")] // Easter Sunday, the day summer time starts: Maundy Thursday in winter time
    [InlineData("2027-06-25", "2027-06-24T06:00:00Z")] // Midsummer Eve: Thursday
    [InlineData("2027-12-24", "2027-12-23T07:00:00Z")] // Christmas Eve: the 23rd
    [InlineData("2027-12-31", "2027-12-30T07:00:00Z")] // New Year's Eve: the 30th
    public void MorningOf_is_that_morning_or_the_working_day_before_a_day_off(string date, string expected)
    {
        ReminderTimes.MorningOf(Day(date), Eight).ShouldBe(Utc(expected));
    }

    [Theory]
    [InlineData("2027-01-20", 2, "2027-01-18T07:00:00Z")] // Wednesday: Monday
    [InlineData("2027-01-18", 2, "2027-01-14T07:00:00Z")] // Monday: Thursday
    [InlineData("2027-03-31", 2, "2027-03-25T07:00:00Z")] // Wednesday after Easter: Tuesday, then Maundy Thursday
    [InlineData("2027-03-30", 2, "2027-03-24T07:00:00Z")] // Tuesday after Easter: Thursday, then Wednesday
    [InlineData("2027-06-28", 2, "2027-06-23T06:00:00Z")] // Monday after midsummer: Thursday, then Wednesday
    [InlineData("2027-12-27", 3, "2027-12-21T07:00:00Z")] // Monday after Christmas: 23rd, 22nd, 21st
    [InlineData("2027-01-18", 1, "2027-01-15T07:00:00Z")]
    public void WorkingDaysBefore_counts_only_working_days(string date, int workingDays, string expected)
    {
        ReminderTimes.WorkingDaysBefore(Day(date), workingDays, Eight).ShouldBe(Utc(expected));
    }

    [Fact]
    public void WorkingDaysBefore_one_day_is_the_same_as_WorkingDayBefore()
    {
        for (var date = new DateOnly(2027, 1, 1); date.Year == 2027; date = date.AddDays(1))
            ReminderTimes.WorkingDaysBefore(date, 1, Eight).ShouldBe(ReminderTimes.WorkingDayBefore(date, Eight), $"{date:yyyy-MM-dd}");
    }

    [Theory]
    [InlineData(7, "2027-01-15T06:00:00Z")]
    [InlineData(9, "2027-01-15T08:00:00Z")]
    [InlineData(0, "2027-01-14T23:00:00Z")]
    public void The_hour_is_Swedish_time(int hour, string expected)
    {
        ReminderTimes.WorkingDayBefore(new DateOnly(2027, 1, 18), hour).ShouldBe(Utc(expected));
    }
}
