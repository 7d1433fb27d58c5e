using System.Globalization;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Infrastructure;

namespace Samsyn.UnitTests.Features.Notifications;

public sealed class DigestScheduleTests
{
    private const int Seven = 7;

    private static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    [Theory]
    [InlineData("2027-01-15T05:59:00Z", "2027-01-14T06:00:00Z")] // 06:59 in winter: still yesterday's digest
    [InlineData("2027-01-15T06:00:00Z", "2027-01-15T06:00:00Z")] // exactly 07:00
    [InlineData("2027-01-15T06:00:01Z", "2027-01-15T06:00:00Z")]
    [InlineData("2027-01-15T22:59:00Z", "2027-01-15T06:00:00Z")] // 23:59
    [InlineData("2027-01-14T23:05:00Z", "2027-01-14T06:00:00Z")] // 00:05 on the 15th in Sweden, still the 14th in UTC
    [InlineData("2027-07-01T04:59:00Z", "2027-06-30T05:00:00Z")] // 06:59 in summer
    [InlineData("2027-07-01T05:00:00Z", "2027-07-01T05:00:00Z")] // 07:00 in summer
    [InlineData("2027-06-30T22:30:00Z", "2027-06-30T05:00:00Z")] // 00:30 on 1 July in Sweden
    public void LatestDigestTime_is_the_last_seven_oclock_in_Sweden_at_or_before_now(string now, string expected)
    {
        DigestSchedule.LatestDigestTime(Utc(now), Seven).ShouldBe(Utc(expected));
    }

    [Theory]
    [InlineData("2027-03-28T04:30:00Z", "2027-03-27T06:00:00Z")] // 06:30 summer time: Saturday's digest, sent in winter time
    [InlineData("2027-03-28T05:00:00Z", "2027-03-28T05:00:00Z")] // 07:00 summer time is 05:00Z
    [InlineData("2027-03-28T05:30:00Z", "2027-03-28T05:00:00Z")]
    [InlineData("2027-03-29T04:59:00Z", "2027-03-28T05:00:00Z")]
    public void LatestDigestTime_follows_the_Swedish_clock_on_the_day_summer_time_starts(string now, string expected)
    {
        DigestSchedule.LatestDigestTime(Utc(now), Seven).ShouldBe(Utc(expected));
    }

    [Theory]
    [InlineData("2027-10-31T00:30:00Z", "2027-10-30T05:00:00Z")] // the first 02:30
    [InlineData("2027-10-31T01:30:00Z", "2027-10-30T05:00:00Z")] // the second 02:30
    [InlineData("2027-10-31T05:30:00Z", "2027-10-30T05:00:00Z")] // 06:30 winter time: not yet 07:00
    [InlineData("2027-10-31T06:00:00Z", "2027-10-31T06:00:00Z")] // 07:00 winter time is 06:00Z
    [InlineData("2027-11-01T05:59:00Z", "2027-10-31T06:00:00Z")]
    public void LatestDigestTime_follows_the_Swedish_clock_on_the_day_summer_time_ends(string now, string expected)
    {
        DigestSchedule.LatestDigestTime(Utc(now), Seven).ShouldBe(Utc(expected));
    }

    [Theory]
    [InlineData(0, "2027-01-14T23:30:00Z", "2027-01-14T23:00:00Z")] // 00:30 on the 15th: tonight's midnight digest
    [InlineData(0, "2027-01-14T22:59:00Z", "2027-01-13T23:00:00Z")] // 23:59 on the 14th
    [InlineData(23, "2027-01-15T22:00:00Z", "2027-01-15T22:00:00Z")]
    [InlineData(23, "2027-01-15T21:59:00Z", "2027-01-14T22:00:00Z")]
    [InlineData(2, "2027-03-28T00:30:00Z", "2027-03-27T01:00:00Z")] // 01:30 before the spring change
    [InlineData(2, "2027-03-28T01:30:00Z", "2027-03-28T01:00:00Z")] // 02:00 never happens; the digest goes at 03:00
    [InlineData(2, "2027-10-30T23:59:00Z", "2027-10-30T00:00:00Z")] // 01:59 summer time on the autumn change day
    [InlineData(2, "2027-10-31T01:30:00Z", "2027-10-31T00:00:00Z")] // the second 02:30: the digest went at the first 02:00
    public void LatestDigestTime_works_for_any_hour(int hour, string now, string expected)
    {
        DigestSchedule.LatestDigestTime(Utc(now), hour).ShouldBe(Utc(expected));
    }

    [Fact]
    public void LatestDigestTime_is_a_seven_oclock_with_none_between_it_and_now_all_year()
    {
        for (var now = Utc("2027-01-01T00:00:00Z"); now < Utc("2028-01-01T00:00:00Z"); now = now.AddMinutes(30))
        {
            var latest = DigestSchedule.LatestDigestTime(now, Seven);
            var local = SwedishTime.ToLocal(latest);

            latest.ShouldBeLessThanOrEqualTo(now, $"{now:O}");
            (local.Hour, local.Minute, local.Second).ShouldBe((Seven, 0, 0), $"{now:O}");
            SwedishTime.At(DateOnly.FromDateTime(local.DateTime).AddDays(1), new TimeOnly(Seven, 0)).ShouldBeGreaterThan(now, $"{now:O}");
        }
    }

    [Theory]
    [InlineData("2027-01-15T05:59:00Z", "2027-01-15T06:00:00Z", true)]  // raised 06:59, digest at 07:00
    [InlineData("2027-01-15T06:00:00Z", "2027-01-15T06:30:00Z", false)] // raised at the very moment of the digest: the next one
    [InlineData("2027-01-15T06:00:00Z", "2027-01-16T06:00:00Z", true)]
    [InlineData("2027-01-14T09:00:00Z", "2027-01-15T05:59:00Z", false)] // raised after yesterday's digest, today's not yet due
    [InlineData("2027-01-14T09:00:00Z", "2027-01-15T06:00:00Z", true)]
    [InlineData("2027-01-14T05:00:00Z", "2027-01-15T05:59:00Z", true)]  // raised before yesterday's digest and not yet sent
    [InlineData("2027-03-28T04:30:00Z", "2027-03-28T05:00:00Z", true)]  // 06:30 and 07:00 summer time
    [InlineData("2027-03-28T05:30:00Z", "2027-03-28T05:45:00Z", false)] // 07:30 summer time, after the digest
    [InlineData("2027-10-31T05:30:00Z", "2027-10-31T05:45:00Z", false)] // 06:30 winter time: today's digest is at 06:00Z
    [InlineData("2027-10-31T05:30:00Z", "2027-10-31T06:00:00Z", true)]
    public void IsDue_when_raised_before_the_latest_digest(string raisedAt, string now, bool expected)
    {
        DigestSchedule.IsDue(Utc(raisedAt), Utc(now), Seven).ShouldBe(expected);
    }
}
