namespace Samsyn.Web.Features.Notifications;

public enum SmtpSecurity { None, StartTls, SslOnConnect }

/// <summary>Email delivery. Without <see cref="Host"/> no email is sent and notifications stay in-app.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;
    public string From { get; set; } = "samsyn@localhost";
    public string FromName { get; set; } = "Samsyn";

    /// <summary>The public address of Samsyn, for the links in the emails.</summary>
    public string BaseUrl { get; set; } = "http://localhost:5080";

    public int PollSeconds { get; set; } = 10;
    public int BatchSize { get; set; } = 20;
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait before the first retry, doubled after each failure up to an hour (default 60 seconds).</summary>
    public int RetryBaseSeconds { get; set; } = 60;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
