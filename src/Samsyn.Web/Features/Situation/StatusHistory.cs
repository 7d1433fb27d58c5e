using Samsyn.Web.Infrastructure;

namespace Samsyn.Web.Features.Situation;

/// <summary>
/// One day of an area's history: how many organisations stood at each level at the end of the day,
/// and each key figure summed (counts add up) and averaged (percentages do not) over the current reports.
/// </summary>
public sealed record HistoryDay(
    DateOnly Date, IReadOnlyDictionary<StatusLevel, int> PerLevel, int WithoutCurrentReport,
    IReadOnlyDictionary<string, decimal> FigureTotals, IReadOnlyDictionary<string, decimal> FigureAverages);

/// <summary>One point of an organisation's own history.</summary>
public sealed record HistoryPoint(DateTimeOffset ReportedAt, StatusLevel Level, bool NeedsHelp, IReadOnlyDictionary<string, decimal> Figures);

/// <summary>
/// The situation over time. For an area, each day is read as the board stood at the end of that
/// day (Swedish time): an organisation counts at the level of its latest report, unless that report
/// was stale by then, and the key figures of current reports are summed per figure.
/// </summary>
public static class StatusHistory
{
    public static IReadOnlyList<HistoryDay> Daily(
        IReadOnlyCollection<BoardOrganisation> organisations, IReadOnlyCollection<ReportSnapshot> reports, DateOnly from, DateOnly to, TimeSpan staleAfter)
    {
        var days = new List<HistoryDay>();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            var endOfDay = SwedishTime.At(date.AddDays(1), TimeOnly.MinValue).AddTicks(-1);
            var board = StatusBoard.Build(organisations, reports, endOfDay, staleAfter);
            var current = board.Where(e => e is { Latest: not null, Stale: false }).Select(e => e.Latest!).ToList();
            days.Add(new HistoryDay(date,
                Enum.GetValues<StatusLevel>().ToDictionary(l => l, l => current.Count(r => r.Level == l)),
                board.Count - current.Count,
                current.SelectMany(r => r.Figures).GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.Sum(f => f.Value)),
                current.SelectMany(r => r.Figures).GroupBy(f => f.Key).ToDictionary(g => g.Key, g => decimal.Round(g.Average(f => f.Value), 1, MidpointRounding.AwayFromZero))));
        }
        return days;
    }

    /// <summary>An organisation's reports in time order.</summary>
    public static IReadOnlyList<HistoryPoint> Points(IEnumerable<ReportSnapshot> reports) =>
        [.. reports.OrderBy(r => r.ReportedAt).ThenBy(r => r.Id).Select(r => new HistoryPoint(r.ReportedAt, r.Level, r.NeedsHelp, r.Figures))];
}
