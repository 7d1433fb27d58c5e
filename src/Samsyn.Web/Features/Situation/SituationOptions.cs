namespace Samsyn.Web.Features.Situation;

/// <summary>Settings of the situation picture.</summary>
public sealed class SituationOptions
{
    public const string Section = "Situation";

    /// <summary>A report older than this is marked stale on the board (default 24 hours).</summary>
    public double StaleAfterHours { get; set; } = 24;

    /// <summary>How often the board page refreshes itself, in seconds (default 60).</summary>
    public int BoardRefreshSeconds { get; set; } = 60;

    public TimeSpan StaleAfter => TimeSpan.FromHours(StaleAfterHours);
}
