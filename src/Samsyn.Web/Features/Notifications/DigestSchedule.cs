using Samsyn.Web.Infrastructure;

namespace Samsyn.Web.Features.Notifications;

/// <summary>
/// When the daily digest goes out: every day at the configured hour, Swedish time. A notification
/// joins the first digest after it was raised.
/// </summary>
public static class DigestSchedule
{
    /// <summary>The latest digest moment at or before <paramref name="now"/>.</summary>
    public static DateTimeOffset LatestDigestTime(DateTimeOffset now, int hour)
    {
        var today = SwedishTime.At(SwedishTime.DateOf(now), new TimeOnly(hour, 0));
        return today <= now ? today : SwedishTime.At(SwedishTime.DateOf(now).AddDays(-1), new TimeOnly(hour, 0));
    }

    /// <summary>Whether a notification raised at <paramref name="raisedAt"/> belongs in a digest sent at <paramref name="now"/>.</summary>
    public static bool IsDue(DateTimeOffset raisedAt, DateTimeOffset now, int hour) => raisedAt < LatestDigestTime(now, hour);
}
