using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Deviations;

/// <summary>Every grouping of a period with its answer times: what the statistics page shows, and the export of all groupings holds.</summary>
public sealed record DeviationPeriodStatistics(IReadOnlyDictionary<DeviationGrouping, IReadOnlyList<DeviationCount>> Groups, AnswerTimeSummary Answers);

/// <summary>
/// Reads the statistics of a period for <see cref="DeviationStatistics"/>. They come from the monthly tally
/// (<see cref="DeviationTally"/>), so they cost what they show rather than the number of reports behind them: adding up
/// the reports of the period, even in the database, made a page whose cost grew with the years of reports stored.
/// A period's partial edge months are corrected from at most about a month of reports (<see cref="TallyPlan"/>).
/// One grouping (<see cref="CountsAsync"/>, the API) asks the database for that grouping only; all of them at once
/// (<see cref="AllAsync"/>, the page and the workbook) read the tallies and each edge month once or twice rather than
/// once per grouping, and share the names.
/// </summary>
public static class DeviationCounts
{
    /// <summary>The groupings of a report's own dimensions, which one report counts in; not the concerned organisations.</summary>
    private static readonly DeviationGrouping[] OwnGroupings =
        [DeviationGrouping.Month, DeviationGrouping.Process, DeviationGrouping.Step, DeviationGrouping.ReportingOrganisation];

    /// <summary>The groupings <see cref="AllAsync"/> takes from one grouped read of the group tally, and those it reads from the tallies each apart.</summary>
    private static readonly DeviationGrouping[] MonthProcessStep = [DeviationGrouping.Month, DeviationGrouping.Process, DeviationGrouping.Step],
        TalliedApart = [DeviationGrouping.ReportingOrganisation, DeviationGrouping.ConcernedOrganisation];

    /// <summary>The counts of the period in one grouping, reports and imported counts together.</summary>
    public static async Task<IReadOnlyList<DeviationCount>> CountsAsync(AppDbContext db, DeviationStatisticsQuery query, DeviationGrouping by, CancellationToken ct)
    {
        // One organisation as reporter or concerned, each report once, is no sum of the independent tallies: that question reads
        // the organisation's own reports, which costs what it shows (one organisation's share), as before the tally.
        if (query.OrganisationId is not null) return await CountsFromReportsAsync(db, query, by, ct);
        var plan = TallyPlan.For(query.From, query.To, SwedishTime.DateOf(db.Clock.GetUtcNow()));
        var counts = new Counts();
        if (plan.FirstMonth is DateOnly first && plan.LastMonth is DateOnly last) counts.Add(await TalliedAsync(db, query, first, last, by, ct), +1);
        foreach (var rows in plan.Rows) counts.Add(await CountedAsync(db, Reports(db, query, rows.From, rows.To), by, ct), rows.Sign);
        return Grouped(query, by, counts, await DeviationNames.ForAsync(db, by, ct), await ImportedFactsAsync(db, query, ct));
    }

    /// <summary>The same counts from the reports themselves: the organisation filter's path, and the tests' reference for the tally.</summary>
    public static async Task<IReadOnlyList<DeviationCount>> CountsFromReportsAsync(AppDbContext db, DeviationStatisticsQuery query, DeviationGrouping by, CancellationToken ct)
    {
        var counts = new Counts();
        counts.Add(await CountedAsync(db, Reports(db, query, query.From, query.To), by, ct), +1);
        return Grouped(query, by, counts, await DeviationNames.ForAsync(db, by, ct), await ImportedFactsAsync(db, query, ct));
    }

    /// <summary>Every grouping of the period and the answer times, equal to <see cref="CountsAsync"/> for each and <see cref="AnswerTimesAsync"/>.</summary>
    public static async Task<DeviationPeriodStatistics> AllAsync(AppDbContext db, DeviationStatisticsQuery query, CancellationToken ct) =>
        await AllAsync(db, query, await DeviationNames.AllAsync(db, ct), ct);

    /// <summary>
    /// Every grouping of the period and the answer times, with the names a page has read already (see <see cref="DeviationNames.Of"/>).
    /// The group tally is scanned twice (months, processes and steps from one grouped read, reporting organisations from the
    /// other) instead of once per grouping; the concerned and answer tallies once each; each edge range's reports once for
    /// the groupings of a report's own dimensions and the answer times together, plus once for the concerned organisations;
    /// the imported counts once. Reading the group tally's rows themselves (about 10,000 for a year of the 1× bench) cost
    /// more than the scans it saved.
    /// </summary>
    public static async Task<DeviationPeriodStatistics> AllAsync(AppDbContext db, DeviationStatisticsQuery query, DeviationNames names, CancellationToken ct)
    {
        var counts = Enum.GetValues<DeviationGrouping>().ToDictionary(by => by, _ => new Counts());
        AnswerTimeSummary answers;
        if (query.OrganisationId is not null)
        {
            // As CountsFromReportsAsync and AnswerTimesFromReportsAsync, grouping by grouping (see CountsAsync).
            var reports = Reports(db, query, query.From, query.To);
            foreach (var (by, grouping) in counts) grouping.Add(await CountedAsync(db, reports, by, ct), +1);
            answers = DeviationStatistics.AnswerTimes(await AnswersAsync(reports, ct), db.Clock.GetUtcNow());
        }
        else answers = await TalliedAllAsync(db, query, counts, ct);
        var imported = await ImportedFactsAsync(db, query, ct);
        return new(counts.ToDictionary(c => c.Key, c => Grouped(query, c.Key, c.Value, names, imported)), answers);
    }

    /// <summary>The tally's path of <see cref="AllAsync"/>: counts every grouping into <paramref name="counts"/> and returns the answer times.</summary>
    private static async Task<AnswerTimeSummary> TalliedAllAsync(
        AppDbContext db, DeviationStatisticsQuery query, Dictionary<DeviationGrouping, Counts> counts, CancellationToken ct)
    {
        var today = SwedishTime.DateOf(db.Clock.GetUtcNow());
        var plan = TallyPlan.For(query.From, query.To, today);
        var answers = new List<AnswerCount>();
        if (plan.FirstMonth is DateOnly first && plan.LastMonth is DateOnly last)
        {
            // Grouped by the tally key's leading columns, SQLite adds up in the key's order without sorting: one scan (a few
            // hundred rows) for the groupings by month, process and step, where each grouped apart sorted all the rows again.
            foreach (var t in await Tallies(db, query, first, last).GroupBy(t => new { t.Month, t.AreaId, t.ProcessId, t.StepId })
                .Select(g => new { g.Key.Month, g.Key.ProcessId, g.Key.StepId, Count = g.Sum(t => t.Count) }).ToListAsync(ct))
                foreach (var by in MonthProcessStep) counts[by].Add(GroupKey.Of(by, t.Month, t.ProcessId, t.StepId, 0), t.Count);
            foreach (var by in TalliedApart) counts[by].Add(await TalliedAsync(db, query, first, last, by, ct), +1);
            answers.AddRange(await AnswersTalliedAsync(db, query, first, last, ct));
        }
        foreach (var rows in plan.Rows)
        {
            var reports = Reports(db, query, rows.From, rows.To);
            foreach (var r in await reports.Select(d => new { d.OccurredOn, d.ProcessId, d.StepId, d.ReportingOrganisationId, d.ReportedAt, d.AnswerDueOn, d.AnsweredAt, d.Status })
                .ToListAsync(ct))
            {
                foreach (var by in OwnGroupings)
                    counts[by].Add(GroupKey.Of(by, DeviationStatistics.FirstOfMonth(r.OccurredOn), r.ProcessId, r.StepId, r.ReportingOrganisationId), rows.Sign);
                answers.Add(AnswerCount.Of(new AnswerFact(r.ReportedAt, r.AnswerDueOn, r.AnsweredAt, r.Status), rows.Sign));
            }
            counts[DeviationGrouping.ConcernedOrganisation].Add(await CountedAsync(db, reports, DeviationGrouping.ConcernedOrganisation, ct), rows.Sign);
        }
        var (open, overdue) = await OpenAsync(db, query, today, ct);
        return DeviationStatistics.AnswerTimes(answers, open, overdue);
    }

    /// <summary>How the answers of the period came: answered ones from the tally, open ones from the reports awaiting an answer (few, and overdue only by today's clock).</summary>
    public static async Task<AnswerTimeSummary> AnswerTimesAsync(AppDbContext db, DeviationStatisticsQuery query, CancellationToken ct)
    {
        if (query.OrganisationId is not null) return await AnswerTimesFromReportsAsync(db, query, ct);
        var today = SwedishTime.DateOf(db.Clock.GetUtcNow());
        var plan = TallyPlan.For(query.From, query.To, today);
        var answers = new List<AnswerCount>();
        if (plan.FirstMonth is DateOnly first && plan.LastMonth is DateOnly last) answers.AddRange(await AnswersTalliedAsync(db, query, first, last, ct));
        foreach (var rows in plan.Rows)
            answers.AddRange((await AnswersAsync(Reports(db, query, rows.From, rows.To), ct)).Select(a => AnswerCount.Of(a, rows.Sign)));
        var (open, overdue) = await OpenAsync(db, query, today, ct);
        return DeviationStatistics.AnswerTimes(answers, open, overdue);
    }

    public static async Task<AnswerTimeSummary> AnswerTimesFromReportsAsync(AppDbContext db, DeviationStatisticsQuery query, CancellationToken ct) =>
        DeviationStatistics.AnswerTimes(await AnswersAsync(Reports(db, query, query.From, query.To), ct), db.Clock.GetUtcNow());

    /// <summary>Each report's dates and state, for the answer times: four columns, no joins.</summary>
    private static async Task<List<AnswerFact>> AnswersAsync(IQueryable<DeviationReport> reports, CancellationToken ct)
    {
        var rows = await reports.Select(d => new { d.ReportedAt, d.AnswerDueOn, d.AnsweredAt, d.Status }).ToListAsync(ct);
        return [.. rows.Select(r => new AnswerFact(r.ReportedAt, r.AnswerDueOn, r.AnsweredAt, r.Status))];
    }

    /// <summary>The answers of the tally's whole months <paramref name="first"/> to <paramref name="last"/>, by answer days.</summary>
    private static Task<List<AnswerCount>> AnswersTalliedAsync(AppDbContext db, DeviationStatisticsQuery query, DateOnly first, DateOnly last, CancellationToken ct) =>
        AnswerTallies(db, query, first, last).GroupBy(t => new { t.Answered, t.AnswerDays, t.AnsweredLate })
            .Select(g => new AnswerCount(g.Key.Answered, g.Key.AnswerDays, g.Key.AnsweredLate, g.Sum(t => t.Count))).ToListAsync(ct);

    /// <summary>The period's reports awaiting an answer, and how many of them are overdue: one pass over the same rows (by the status index).</summary>
    private static async Task<(int Open, int Overdue)> OpenAsync(AppDbContext db, DeviationStatisticsQuery query, DateOnly today, CancellationToken ct)
    {
        var open = await Reports(db, query, query.From, query.To).Where(d => d.Status == DeviationStatus.Received || d.Status == DeviationStatus.Acknowledged)
            .GroupBy(_ => 1).Select(g => new { All = g.Count(), Overdue = g.Count(d => d.AnswerDueOn < today) }).FirstOrDefaultAsync(ct);
        return (open?.All ?? 0, open?.Overdue ?? 0);
    }

    /// <summary>A group of one grouping: the grouping's dimensions set, the others 0 (or the default month).</summary>
    private readonly record struct GroupKey(DateOnly Month, int ProcessId, int StepId, int ReportingId, int ConcernedId)
    {
        /// <summary>The group of a report (or a group tally row) in one of <see cref="OwnGroupings"/>.</summary>
        public static GroupKey Of(DeviationGrouping by, DateOnly month, int processId, int stepId, int reportingId) => by switch
        {
            DeviationGrouping.Process => new(default, processId, 0, 0, 0),
            DeviationGrouping.Step => new(default, processId, stepId, 0, 0),
            DeviationGrouping.ReportingOrganisation => new(default, 0, 0, reportingId, 0),
            DeviationGrouping.Month => new(month, 0, 0, 0, 0),
            _ => throw new ArgumentOutOfRangeException(nameof(by), by, "A report's concerned organisations are no dimension of its own."),
        };
    }

    /// <summary>A count of one group, as the database counted it.</summary>
    private sealed record Counted(GroupKey Group, int Count);

    /// <summary>The counts of one grouping by group, netted as they come: an edge month's correction may take some off.</summary>
    private sealed class Counts
    {
        private readonly Dictionary<GroupKey, int> counts = [];

        public void Add(GroupKey group, int count) => CollectionsMarshal.GetValueRefOrAddDefault(counts, group, out _) += count;

        public void Add(IEnumerable<Counted> counted, int sign)
        {
            foreach (var c in counted) Add(c.Group, c.Count * sign);
        }

        /// <summary>The groups left with a count: one a correction emptied is no row.</summary>
        public IEnumerable<(GroupKey Group, int Count)> NonZero => counts.Where(c => c.Value != 0).Select(c => (c.Key, c.Value));
    }

    /// <summary>
    /// One count per group of the grouping, counted by the database. A report counts once for its month, process, step and
    /// reporter, and once for each organisation it concerns.
    /// </summary>
    private static async Task<List<Counted>> CountedAsync(AppDbContext db, IQueryable<DeviationReport> reports, DeviationGrouping by, CancellationToken ct) => by switch
    {
        DeviationGrouping.Process => await reports.GroupBy(d => d.ProcessId).Select(g => new Counted(new GroupKey(default, g.Key, 0, 0, 0), g.Count())).ToListAsync(ct),
        DeviationGrouping.Step => await reports.GroupBy(d => new { d.ProcessId, d.StepId })
            .Select(g => new Counted(new GroupKey(default, g.Key.ProcessId, g.Key.StepId, 0, 0), g.Count())).ToListAsync(ct),
        DeviationGrouping.ReportingOrganisation => await reports.GroupBy(d => d.ReportingOrganisationId)
            .Select(g => new Counted(new GroupKey(default, 0, 0, g.Key, 0), g.Count())).ToListAsync(ct),
        DeviationGrouping.ConcernedOrganisation => await db.Set<DeviationConcerned>().Join(reports, c => c.DeviationReportId, d => d.Id, (c, _) => c.OrganisationId)
            .GroupBy(o => o).Select(g => new Counted(new GroupKey(default, 0, 0, 0, g.Key), g.Count())).ToListAsync(ct),
        _ => [.. (await reports.GroupBy(d => new { d.OccurredOn.Year, d.OccurredOn.Month }).Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() }).ToListAsync(ct))
            .Select(g => new Counted(new GroupKey(new DateOnly(g.Year, g.Month, 1), 0, 0, 0, 0), g.Count))],
    };

    /// <summary>The same counts from the tally's whole months <paramref name="first"/> to <paramref name="last"/>.</summary>
    private static async Task<List<Counted>> TalliedAsync(AppDbContext db, DeviationStatisticsQuery query, DateOnly first, DateOnly last, DeviationGrouping by, CancellationToken ct)
    {
        var tallies = Tallies(db, query, first, last);
        return by switch
        {
            DeviationGrouping.Process => await tallies.GroupBy(t => t.ProcessId).Select(g => new Counted(new GroupKey(default, g.Key, 0, 0, 0), g.Sum(t => t.Count))).ToListAsync(ct),
            DeviationGrouping.Step => await tallies.GroupBy(t => new { t.ProcessId, t.StepId })
                .Select(g => new Counted(new GroupKey(default, g.Key.ProcessId, g.Key.StepId, 0, 0), g.Sum(t => t.Count))).ToListAsync(ct),
            DeviationGrouping.ReportingOrganisation => await tallies.GroupBy(t => t.ReportingOrganisationId)
                .Select(g => new Counted(new GroupKey(default, 0, 0, g.Key, 0), g.Sum(t => t.Count))).ToListAsync(ct),
            DeviationGrouping.ConcernedOrganisation => await ConcernedTallies(db, query, first, last).GroupBy(t => t.ConcernedOrganisationId)
                .Select(g => new Counted(new GroupKey(default, 0, 0, 0, g.Key), g.Sum(t => t.Count))).ToListAsync(ct),
            _ => await tallies.GroupBy(t => t.Month).Select(g => new Counted(new GroupKey(g.Key, 0, 0, 0, 0), g.Sum(t => t.Count))).ToListAsync(ct),
        };
    }

    private static IQueryable<DeviationReport> Reports(AppDbContext db, DeviationStatisticsQuery query, DateOnly from, DateOnly to)
    {
        var reports = db.DeviationReports.AsNoTracking().Where(d => d.OccurredOn >= from && d.OccurredOn <= to);
        if (query.Process is not null) reports = reports.Where(d => d.Process.Code == query.Process);
        if (query.OrganisationId is int org) reports = reports.Where(d => d.ReportingOrganisationId == org || d.Concerned.Any(c => c.OrganisationId == org));
        if (query.AreaId is int area) reports = reports.Where(d => d.AreaId == area);
        return reports;
    }

    private static IQueryable<DeviationTally> Tallies(AppDbContext db, DeviationStatisticsQuery query, DateOnly first, DateOnly last)
    {
        var tallies = db.DeviationTallies.AsNoTracking().Where(t => t.Month >= first && t.Month <= last);
        if (query.Process is not null) tallies = tallies.Where(t => db.DeviationProcesses.Any(p => p.Id == t.ProcessId && p.Code == query.Process));
        return query.AreaId is int area ? tallies.Where(t => t.AreaId == area) : tallies;
    }

    private static IQueryable<DeviationAnswerTally> AnswerTallies(AppDbContext db, DeviationStatisticsQuery query, DateOnly first, DateOnly last)
    {
        var tallies = db.DeviationAnswerTallies.AsNoTracking().Where(t => t.Month >= first && t.Month <= last);
        if (query.Process is not null) tallies = tallies.Where(t => db.DeviationProcesses.Any(p => p.Id == t.ProcessId && p.Code == query.Process));
        return query.AreaId is int area ? tallies.Where(t => t.AreaId == area) : tallies;
    }

    private static IQueryable<DeviationConcernedTally> ConcernedTallies(AppDbContext db, DeviationStatisticsQuery query, DateOnly first, DateOnly last)
    {
        var tallies = db.DeviationConcernedTallies.AsNoTracking().Where(t => t.Month >= first && t.Month <= last);
        if (query.Process is not null) tallies = tallies.Where(t => db.DeviationProcesses.Any(p => p.Id == t.ProcessId && p.Code == query.Process));
        return query.AreaId is int area ? tallies.Where(t => t.AreaId == area) : tallies;
    }

    /// <summary>The rows of one grouping: its counted groups left with a count, named, with the imported counts.</summary>
    private static IReadOnlyList<DeviationCount> Grouped(
        DeviationStatisticsQuery query, DeviationGrouping by, Counts counts, DeviationNames names, IReadOnlyList<DeviationFact> imported)
    {
        var facts = counts.NonZero.Select(c => new DeviationFact(c.Group.Month,
            c.Group.ProcessId == 0 ? "" : names.Processes[c.Group.ProcessId].Code, c.Group.ProcessId == 0 ? "" : names.Processes[c.Group.ProcessId].Name,
            c.Group.StepId == 0 ? null : names.Steps[c.Group.StepId].Code, c.Group.StepId == 0 ? null : names.Steps[c.Group.StepId].Name,
            c.Group.ReportingId, c.Group.ReportingId == 0 ? "" : names.Organisations[c.Group.ReportingId],
            c.Group.ConcernedId == 0 ? [] : [(c.Group.ConcernedId, names.Organisations[c.Group.ConcernedId])], c.Count, false));
        return DeviationStatistics.Group(facts.Concat(imported), by, by == DeviationGrouping.Month ? DeviationStatistics.MonthsBetween(query.From, query.To) : null);
    }

    /// <summary>Counts imported from other systems, already added up per month: complete in every grouping.</summary>
    private static async Task<List<DeviationFact>> ImportedFactsAsync(AppDbContext db, DeviationStatisticsQuery query, CancellationToken ct)
    {
        var firstMonth = DeviationStatistics.FirstOfMonth(query.From);
        var aggregates = db.DeviationAggregates.AsNoTracking().Where(a => a.Month >= firstMonth && a.Month <= query.To);
        if (!string.IsNullOrWhiteSpace(query.Process)) aggregates = aggregates.Where(a => a.Process.Code == query.Process);
        if (query.OrganisationId is int o) aggregates = aggregates.Where(a => a.ReportingOrganisationId == o || a.ConcernedOrganisationId == o);
        if (query.AreaId is int ar) aggregates = aggregates.Where(a => a.ReportingOrganisation.AreaId == ar);
        var imported = await aggregates.Select(a => new
        {
            a.Month, Process = a.Process.Code, ProcessName = a.Process.Name, Step = a.Step != null ? a.Step.Code : null, StepName = a.Step != null ? a.Step.Name : null,
            a.ReportingOrganisationId, Reporting = a.ReportingOrganisation.Name, a.ConcernedOrganisationId, Concerned = a.ConcernedOrganisation.Name, a.Count,
        }).ToListAsync(ct);
        return [.. imported.Select(a => new DeviationFact(a.Month, a.Process, a.ProcessName, a.Step, a.StepName, a.ReportingOrganisationId, a.Reporting,
            [(a.ConcernedOrganisationId, a.Concerned)], a.Count, true))];
    }
}
