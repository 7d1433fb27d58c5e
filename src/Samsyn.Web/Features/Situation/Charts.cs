namespace Samsyn.Web.Features.Situation;

/// <summary>A line (or step) chart of values over time; the page shows the same values in a table.</summary>
public sealed record LineChartModel(
    string Id, string Title, string Summary, IReadOnlyList<(DateTimeOffset At, double Value)> Points, DateTimeOffset From, DateTimeOffset To,
    string Unit, bool Step = false, IReadOnlyList<string>? LevelNames = null);

/// <summary>Stacked bars per day: how many organisations at each level, and how many without a current report.</summary>
public sealed record StackChartModel(string Id, string Title, string Summary, IReadOnlyList<HistoryDay> Days, int Organisations);
