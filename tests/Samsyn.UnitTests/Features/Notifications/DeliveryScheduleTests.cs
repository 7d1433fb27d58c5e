using Samsyn.Web.Features.Notifications;

namespace Samsyn.UnitTests.Features.Notifications;

public sealed class DeliveryScheduleTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(4, 8)]
    [InlineData(5, 16)]
    [InlineData(6, 32)]
    [InlineData(7, 60)] // 64 would be more than an hour
    [InlineData(8, 60)]
    [InlineData(30, 60)]
    [InlineData(1000, 60)]
    [InlineData(int.MaxValue, 60)]
    public void Backoff_doubles_from_one_minute_up_to_an_hour(int attempts, int minutes)
    {
        DeliverySchedule.Backoff(attempts).ShouldBe(TimeSpan.FromMinutes(minutes));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Backoff_before_any_failed_attempt_is_one_minute(int attempts)
    {
        DeliverySchedule.Backoff(attempts).ShouldBe(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void Backoff_never_shrinks_as_attempts_grow()
    {
        for (var attempts = 1; attempts < 100; attempts++)
            DeliverySchedule.Backoff(attempts + 1).ShouldBeGreaterThanOrEqualTo(DeliverySchedule.Backoff(attempts), $"attempt {attempts}");
    }
}
