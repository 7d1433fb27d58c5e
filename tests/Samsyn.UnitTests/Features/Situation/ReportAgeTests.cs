using Samsyn.Web.Features.Situation;

namespace Samsyn.UnitTests.Features.Situation;

/// <summary>The age of a report on the board, in Swedish, at and around each boundary.</summary>
public sealed class ReportAgeTests
{
    private static TimeSpan Age(int hours = 0, int minutes = 0, int seconds = 0) => new(hours, minutes, seconds);

    [Fact]
    public void Under_two_minutes_is_just_now()
    {
        ReportAge.Text(TimeSpan.Zero).ShouldBe("nyss");
        ReportAge.Text(Age(minutes: 1, seconds: 59)).ShouldBe("nyss");
        ReportAge.Text(TimeSpan.FromMinutes(2) - TimeSpan.FromTicks(1)).ShouldBe("nyss");
    }

    [Fact]
    public void From_two_minutes_the_minutes_are_counted()
    {
        ReportAge.Text(Age(minutes: 2)).ShouldBe("för 2 minuter sedan");
        ReportAge.Text(Age(minutes: 20, seconds: 59)).ShouldBe("för 20 minuter sedan");
        ReportAge.Text(Age(minutes: 59, seconds: 59)).ShouldBe("för 59 minuter sedan");
    }

    [Fact]
    public void From_one_hour_to_two_it_is_one_hour_in_the_singular()
    {
        ReportAge.Text(Age(hours: 1)).ShouldBe("för 1 timme sedan");
        ReportAge.Text(Age(hours: 1, minutes: 59, seconds: 59)).ShouldBe("för 1 timme sedan");
    }

    [Fact]
    public void From_two_hours_to_two_days_the_hours_are_counted()
    {
        ReportAge.Text(Age(hours: 2)).ShouldBe("för 2 timmar sedan");
        ReportAge.Text(Age(hours: 3, minutes: 59)).ShouldBe("för 3 timmar sedan");
        ReportAge.Text(Age(hours: 24)).ShouldBe("för 24 timmar sedan");
        ReportAge.Text(Age(hours: 47, minutes: 59, seconds: 59)).ShouldBe("för 47 timmar sedan");
    }

    [Fact]
    public void From_48_hours_the_days_are_counted()
    {
        ReportAge.Text(Age(hours: 48)).ShouldBe("för 2 dagar sedan");
        ReportAge.Text(Age(hours: 71, minutes: 59)).ShouldBe("för 2 dagar sedan");
        ReportAge.Text(Age(hours: 72)).ShouldBe("för 3 dagar sedan");
        ReportAge.Text(TimeSpan.FromDays(30)).ShouldBe("för 30 dagar sedan");
    }
}
