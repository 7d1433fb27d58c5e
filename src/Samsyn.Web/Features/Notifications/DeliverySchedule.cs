namespace Samsyn.Web.Features.Notifications;

/// <summary>When a failed email is tried again: doubling from one minute (<c>Smtp:RetryBaseSeconds</c>), at most an hour apart.</summary>
public static class DeliverySchedule
{
    /// <summary>How long a sender holds a claimed message before another instance may take it over.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public static TimeSpan Backoff(int attempts) => Backoff(attempts, TimeSpan.FromMinutes(1));

    /// <summary>Doubling from <paramref name="first"/> after each failed attempt, never more than an hour.</summary>
    public static TimeSpan Backoff(int attempts, TimeSpan first) =>
        TimeSpan.FromSeconds(Math.Min(3600, first.TotalSeconds * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30))));
}
