namespace Samsyn.Web.Features.Notifications;

/// <summary>When a failed email is tried again: doubling from one minute, at most an hour apart.</summary>
public static class DeliverySchedule
{
    /// <summary>How long a sender holds a claimed message before another instance may take it over.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Math.Max(0, attempts - 1))));
}
