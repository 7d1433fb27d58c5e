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

/// <summary>So many reports with one answer: not (yet) answered, or answered after so many days, in time or late.</summary>
public sealed record AnswerCount(bool Answered, int Days, bool Late, int Count)
{
    public static AnswerCount Of(AnswerFact report, int count)
    {
        var key = new ReportTallyFacts(default, 0, 0, 0, 0, report.Status, report.ReportedAt, report.AnsweredAt, report.Due).Answer;
        return new(key.Answered, key.AnswerDays, key.AnsweredLate, count);
    }
}

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
            : [.. rows.OrderByDescending(r => r.Count).ThenBy(r => r.Name, StringComparer.Create(SwedishTime.Culture, false)).ThenBy(r => r.Key, StringComparer.Ordinal)];
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

    public static AnswerTimeSummary AnswerTimes(IReadOnlyCollection<AnswerFact> reports, DateTimeOffset now) =>
        AnswerTimes([.. reports.Select(r => AnswerCount.Of(r, 1))], reports.Count(r => DeviationWorkflow.AwaitsAnswer(r.Status)),
            reports.Count(r => DeviationDeadlines.IsOverdue(r.Status, r.Due, now)));

    /// <summary>
    /// The summary from counted answers (the tally's histogram of answer days, possibly with corrections of -1) and the
    /// open reports counted at the moment asked; median and average are exact, as from the reports one by one.
    /// </summary>
    public static AnswerTimeSummary AnswerTimes(IReadOnlyCollection<AnswerCount> answers, int open, int openOverdue)
    {
        var days = answers.Where(a => a.Answered).GroupBy(a => a.Days).Select(g => (Days: g.Key, Count: g.Sum(a => a.Count)))
            .Where(d => d.Count != 0).OrderBy(d => d.Days).ToList();
        var answered = days.Sum(d => d.Count);
        var late = answers.Where(a => a.Answered && a.Late).Sum(a => a.Count);
        return new AnswerTimeSummary(answers.Sum(a => a.Count), answered, answered - late, late, open, openOverdue,
            answered == 0 ? null : Median(days), answered == 0 ? null : Math.Round((double)days.Sum(d => (long)d.Days * d.Count) / answered, 1));
    }

    /// <summary>The median of the days each counted so many times: the middle one, or the mean of the middle two.</summary>
    public static double Median(IReadOnlyList<(int Days, int Count)> sorted)
    {
        var total = sorted.Sum(d => d.Count);
        double At(int index)
        {
            foreach (var (days, count) in sorted)
            {
                if (index < count) return days;
                index -= count;
            }
            throw new ArgumentOutOfRangeException(nameof(sorted));
        }
        return total % 2 == 1 ? At(total / 2) : (At(total / 2 - 1) + At(total / 2)) / 2;
    }

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
