using System.Globalization;
using Samsyn.Web.Infrastructure;

namespace Samsyn.UnitTests.Infrastructure;

public sealed class SwedishTimeTests
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1), Summer = TimeSpan.FromHours(2);

    private static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    private static TimeOnly Clock(string hhmm) => TimeOnly.Parse(hhmm, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2027-01-15", "08:00", "2027-01-15T07:00:00Z", 1)]
    [InlineData("2027-07-01", "08:00", "2027-07-01T06:00:00Z", 2)]
    [InlineData("2027-03-27", "08:00", "2027-03-27T07:00:00Z", 1)] // the Saturday before summer time starts
    [InlineData("2027-03-28", "08:00", "2027-03-28T06:00:00Z", 2)] // the day summer time starts
    [InlineData("2027-10-30", "08:00", "2027-10-30T06:00:00Z", 2)] // the Saturday before summer time ends
    [InlineData("2027-10-31", "08:00", "2027-10-31T07:00:00Z", 1)] // the day summer time ends
    [InlineData("2027-12-31", "23:59", "2027-12-31T22:59:00Z", 1)]
    [InlineData("2027-01-01", "00:00", "2026-12-31T23:00:00Z", 1)]
    public void At_is_the_moment_a_Swedish_clock_shows_the_time(string date, string time, string expectedUtc, int offsetHours)
    {
        var moment = SwedishTime.At(Day(date), Clock(time));

        moment.ShouldBe(Utc(expectedUtc));
        moment.Offset.ShouldBe(TimeSpan.FromHours(offsetHours));
    }

    [Fact]
    public void At_moves_a_time_the_clock_skips_in_spring_forward_one_hour()
    {
        // 2027-03-28: the clock goes from 02:00 to 03:00, so 02:30 never happens; it becomes 03:30 summer time.
        var moment = SwedishTime.At(new DateOnly(2027, 3, 28), new TimeOnly(2, 30));

        moment.ShouldBe(Utc("2027-03-28T01:30:00Z"));
        moment.Offset.ShouldBe(Summer);
        moment.DateTime.ShouldBe(new DateTime(2027, 3, 28, 3, 30, 0));
    }

    [Fact]
    public void At_moves_the_start_of_the_skipped_hour_to_three_oclock()
    {
        var skipped = SwedishTime.At(new DateOnly(2027, 3, 28), new TimeOnly(2, 0));

        skipped.ShouldBe(Utc("2027-03-28T01:00:00Z"));
        skipped.ShouldBe(SwedishTime.At(new DateOnly(2027, 3, 28), new TimeOnly(3, 0)));
    }

    [Fact]
    public void At_keeps_the_last_minute_before_the_spring_change_in_winter_time()
    {
        var moment = SwedishTime.At(new DateOnly(2027, 3, 28), new TimeOnly(1, 59));

        moment.ShouldBe(Utc("2027-03-28T00:59:00Z"));
        moment.Offset.ShouldBe(Winter);
    }

    [Fact]
    public void At_takes_the_first_summer_time_moment_for_a_time_the_clock_shows_twice_in_autumn()
    {
        // 2027-10-31: the clock goes from 03:00 back to 02:00, so 02:30 happens at 00:30Z (+02:00) and at 01:30Z (+01:00).
        var moment = SwedishTime.At(new DateOnly(2027, 10, 31), new TimeOnly(2, 30));

        moment.ShouldBe(Utc("2027-10-31T00:30:00Z"));
        moment.Offset.ShouldBe(Summer);
        moment.DateTime.ShouldBe(new DateTime(2027, 10, 31, 2, 30, 0));
    }

    [Fact]
    public void At_uses_winter_time_from_three_oclock_on_the_autumn_change_day()
    {
        var moment = SwedishTime.At(new DateOnly(2027, 10, 31), new TimeOnly(3, 0));

        moment.ShouldBe(Utc("2027-10-31T02:00:00Z"));
        moment.Offset.ShouldBe(Winter);
    }

    [Theory]
    [InlineData("2027-01-15T22:59:00Z", "2027-01-15")]
    [InlineData("2027-01-15T23:00:00Z", "2027-01-16")] // midnight in Sweden while still the 15th in UTC
    [InlineData("2027-07-01T21:59:00Z", "2027-07-01")]
    [InlineData("2027-07-01T22:00:00Z", "2027-07-02")]
    [InlineData("2027-12-31T23:30:00Z", "2028-01-01")] // new year in Sweden first
    [InlineData("2027-03-27T23:30:00Z", "2027-03-28")]
    [InlineData("2027-10-31T01:30:00Z", "2027-10-31")] // the second 02:30 of the autumn change day
    public void DateOf_is_the_date_on_a_Swedish_calendar(string utc, string expected)
    {
        SwedishTime.DateOf(Utc(utc)).ShouldBe(Day(expected));
    }

    [Fact]
    public void DateOf_reads_the_instant_whatever_offset_it_is_given_in()
    {
        // 23:30 in New York on 2027-01-15 is 05:30 on the 16th in Stockholm.
        SwedishTime.DateOf(new DateTimeOffset(2027, 1, 15, 23, 30, 0, TimeSpan.FromHours(-5))).ShouldBe(new DateOnly(2027, 1, 16));
    }

    [Fact]
    public void DateOf_gives_back_the_date_At_was_given_for_every_day_and_hour_of_a_year()
    {
        for (var date = new DateOnly(2027, 1, 1); date.Year == 2027; date = date.AddDays(1))
        {
            foreach (var hour in new[] { 0, 2, 7, 8, 12, 23 })
            {
                var moment = SwedishTime.At(date, new TimeOnly(hour, 0));
                SwedishTime.DateOf(moment).ShouldBe(date, $"{date:yyyy-MM-dd} {hour:00}:00");
            }
        }
    }
}
