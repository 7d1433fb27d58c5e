namespace Samsyn.Web.Features.Notifications;

/// <summary>When digests and reminders go out (Swedish time).</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>The hour of the daily digest email (default 07).</summary>
    public int DigestHour { get; set; } = 7;

    /// <summary>The hour reminders are raised on the day they are due (default 08).</summary>
    public int ReminderHour { get; set; } = 8;

    /// <summary>How often the reminder scan runs; 0 turns the background scan off.</summary>
    public int ReminderPollMinutes { get; set; } = 5;
}
