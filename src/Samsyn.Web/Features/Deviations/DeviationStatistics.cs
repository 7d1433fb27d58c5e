using System.Globalization;
using System.Text.Json.Serialization;
using Samsyn.Web.Infrastructure;

namespace Samsyn.Web.Features.Deviations;

public enum DeviationGrouping { Process, Step, ReportingOrganisation, ConcernedOrganisation, Month }

/// <summary>
/// One counted fact: a single report (count 1, possibly several concerned organisations) or an imported aggregate
/// (its count, one concerned organisation, possibly no step).
/// </summary>
public sealed record DeviationFact(
    DateOnly Month, string ProcessCode, string ProcessName, string? StepCode, string? StepName,
    int ReportingOrganisationId, string ReportingOrganisationName, IReadOnlyList<(int Id, string Name)> Concerned, int Count, bool Imported);

/// <summary>One row of the statistics: the key (and, by grouping, its parts), a name, the count and how much of it was imported.</summary>
public sealed record DeviationCount(
    string Key, string Name, int Count, int ImportedCount,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Process = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Step = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? ReportingOrganisationId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? ConcernedOrganisationId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Month = null);

/// <summary>How the answers came: in time, late, still open.</summary>
public sealed record AnswerTimeSummary(
    int Reported, int Answered, int AnsweredInTime, int AnsweredLate, int Open, int OpenOverdue, double? MedianDays, double? AverageDays);

public sealed record AnswerFact(DateTimeOffset ReportedAt, DateOnly Due, DateTimeOffset? AnsweredAt, DeviationStatus Status);

/// <summary>
/// Counts deviations by process, step, organisation or month. A report concerning two organisations counts once
/// for its process, step, reporter and month, and once for each concerned organisation.
/// </summary>
public static class DeviationStatistics
{
    public const string NoStep = "-";

    public static IReadOnlyList<DeviationCount> Group(IEnumerable<DeviationFact> facts, DeviationGrouping by, IReadOnlyList<DateOnly>? months = null)
    {
        var rows = by switch
        {
            DeviationGrouping.Process => facts.GroupBy(f => f.ProcessCode).Select(g =>
                new DeviationCount(g.Key, g.First().ProcessName, Sum(g), Imported(g), Process: g.Key)),
            DeviationGrouping.Step => facts.GroupBy(f => (f.ProcessCode, Step: f.StepCode ?? NoStep)).Select(g =>
                new DeviationCount($"{g.Key.ProcessCode}/{g.Key.Step}", $"{g.First().ProcessName}: {g.First().StepName ?? "steg anges inte"}",
                    Sum(g), Imported(g), Process: g.Key.ProcessCode, Step: g.Key.Step)),
            DeviationGrouping.ReportingOrganisation => facts.GroupBy(f => f.ReportingOrganisationId).Select(g =>
                new DeviationCount(Id(g.Key), g.First().ReportingOrganisationName, Sum(g), Imported(g), ReportingOrganisationId: g.Key)),
            DeviationGrouping.ConcernedOrganisation => facts
                .SelectMany(f => f.Concerned.Select(c => (c.Id, c.Name, f.Count, f.Imported)))
                .GroupBy(c => c.Id).Select(g => new DeviationCount(Id(g.Key), g.First().Name, g.Sum(c => c.Count),
                    g.Where(c => c.Imported).Sum(c => c.Count), ConcernedOrganisationId: g.Key)),
            _ => Months(facts, months),
        };
        return by == DeviationGrouping.Month
            ? [.. rows.OrderBy(r => r.Key, StringComparer.Ordinal)]
            : [.. rows.OrderByDescending(r => r.Count).ThenBy(r => r.Name, StringComparer.Create(SwedishTime.Culture, false))];
    }

    /// <summary>Every month in <paramref name="months"/> (zero where nothing happened), plus any other month the facts have.</summary>
    private static IEnumerable<DeviationCount> Months(IEnumerable<DeviationFact> facts, IReadOnlyList<DateOnly>? months)
    {
        var counted = facts.GroupBy(f => f.Month).ToDictionary(g => g.Key, g => (Sum(g), Imported(g)));
        var all = (months ?? []).Concat(counted.Keys).Distinct();
        return all.Select(m => counted.TryGetValue(m, out var c)
            ? new DeviationCount(Iso(m), MonthName(m), c.Item1, c.Item2, Month: Iso(m))
            : new DeviationCount(Iso(m), MonthName(m), 0, 0, Month: Iso(m)));
    }

    /// <summary>The months from the one of <paramref name="from"/> to the one of <paramref name="to"/>, as first days.</summary>
    public static IReadOnlyList<DateOnly> MonthsBetween(DateOnly from, DateOnly to)
    {
        var months = new List<DateOnly>();
        for (var m = FirstOfMonth(from); m <= to; m = m.AddMonths(1)) months.Add(m);
        return months;
    }

    public static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);

    public static string Iso(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string MonthName(DateOnly month) => month.ToString("MMMM yyyy", SwedishTime.Culture);

    public static AnswerTimeSummary AnswerTimes(IReadOnlyCollection<AnswerFact> reports, DateTimeOffset now)
    {
        var answered = reports.Where(r => r.AnsweredAt is not null && !DeviationWorkflow.AwaitsAnswer(r.Status)).ToList();
        var days = answered.Select(r => (double)DeviationDeadlines.AnswerDays(r.ReportedAt, r.AnsweredAt!.Value)).Order().ToList();
        var late = answered.Count(r => DeviationDeadlines.AnsweredLate(r.AnsweredAt!.Value, r.Due));
        var open = reports.Where(r => DeviationWorkflow.AwaitsAnswer(r.Status)).ToList();
        return new AnswerTimeSummary(reports.Count, answered.Count, answered.Count - late, late, open.Count,
            open.Count(r => DeviationDeadlines.IsOverdue(r.Status, r.Due, now)),
            days.Count == 0 ? null : Median(days), days.Count == 0 ? null : Math.Round(days.Average(), 1));
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

    private static int Sum(IEnumerable<DeviationFact> facts) => facts.Sum(f => f.Count);

    private static int Imported(IEnumerable<DeviationFact> facts) => facts.Where(f => f.Imported).Sum(f => f.Count);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static string Label(DeviationGrouping by) => by switch
    {
        DeviationGrouping.Process => "Process",
        DeviationGrouping.Step => "Steg",
        DeviationGrouping.ReportingOrganisation => "Rapporterande organisation",
        DeviationGrouping.ConcernedOrganisation => "Berörd organisation",
        _ => "Månad",
    };
}
