namespace Samsyn.Web.Features.Deviations;

/// <summary>What of a report its tally rows depend on: read from the change tracker's original or current values.</summary>
public sealed record ReportTallyFacts(
    DateOnly OccurredOn, int AreaId, int ProcessId, int StepId, int ReportingOrganisationId,
    DeviationStatus Status, DateTimeOffset ReportedAt, DateTimeOffset? AnsweredAt, DateOnly AnswerDueOn)
{
    public GroupTallyKey Group => new(DeviationStatistics.FirstOfMonth(OccurredOn), AreaId, ProcessId, StepId, ReportingOrganisationId);

    public AnswerTallyKey Answer
    {
        get
        {
            var answered = AnsweredAt is DateTimeOffset at && !DeviationWorkflow.AwaitsAnswer(Status);
            return new(DeviationStatistics.FirstOfMonth(OccurredOn), AreaId, ProcessId, answered,
                answered ? DeviationDeadlines.AnswerDays(ReportedAt, AnsweredAt!.Value) : 0,
                answered && DeviationDeadlines.AnsweredLate(AnsweredAt!.Value, AnswerDueOn));
        }
    }

    /// <summary>The part of the key its concerned organisations' tallies share.</summary>
    public ConcernedPart Concerned => new(DeviationStatistics.FirstOfMonth(OccurredOn), AreaId, ProcessId);
}

public readonly record struct GroupTallyKey(DateOnly Month, int AreaId, int ProcessId, int StepId, int ReportingOrganisationId)
{
    public static readonly IComparer<GroupTallyKey> Order = Comparer<GroupTallyKey>.Create((a, b) =>
        (a.Month, a.AreaId, a.ProcessId, a.StepId, a.ReportingOrganisationId).CompareTo((b.Month, b.AreaId, b.ProcessId, b.StepId, b.ReportingOrganisationId)));
}

public readonly record struct AnswerTallyKey(DateOnly Month, int AreaId, int ProcessId, bool Answered, int AnswerDays, bool AnsweredLate)
{
    public static readonly IComparer<AnswerTallyKey> Order = Comparer<AnswerTallyKey>.Create((a, b) =>
        (a.Month, a.AreaId, a.ProcessId, a.Answered, a.AnswerDays, a.AnsweredLate).CompareTo((b.Month, b.AreaId, b.ProcessId, b.Answered, b.AnswerDays, b.AnsweredLate)));
}

public readonly record struct ConcernedPart(DateOnly Month, int AreaId, int ProcessId)
{
    public ConcernedTallyKey With(int organisationId) => new(Month, AreaId, ProcessId, organisationId);
}

public readonly record struct ConcernedTallyKey(DateOnly Month, int AreaId, int ProcessId, int ConcernedOrganisationId)
{
    public static readonly IComparer<ConcernedTallyKey> Order = Comparer<ConcernedTallyKey>.Create((a, b) =>
        (a.Month, a.AreaId, a.ProcessId, a.ConcernedOrganisationId).CompareTo((b.Month, b.AreaId, b.ProcessId, b.ConcernedOrganisationId)));
}

/// <summary>
/// The moves of the tallies a set of changes makes: one off the key a row had, one onto the key it has. A change that
/// leaves the key as it was (a new description, an acknowledgement) moves nothing.
/// </summary>
public sealed class TallyDeltas<TKey>(IComparer<TKey> order) where TKey : struct
{
    private readonly Dictionary<TKey, int> moves = [];

    public void Move(TKey? before, TKey? after)
    {
        if (Equals(before, after)) return;
        if (before is TKey b) Add(b, -1);
        if (after is TKey a) Add(a, +1);
    }

    public void Add(TKey key, int delta)
    {
        var sum = moves.GetValueOrDefault(key) + delta;
        if (sum == 0) moves.Remove(key);
        else moves[key] = sum;
    }

    public bool IsEmpty => moves.Count == 0;

    /// <summary>The net moves, in a stable order so that two writers lock the same rows in the same order (no deadlock).</summary>
    public IReadOnlyList<(TKey Key, int Delta)> Net() =>
        [.. moves.OrderBy(m => m.Key, order).Select(m => (m.Key, m.Value))];
}

/// <summary>
/// A period on the tally's months: the whole months come from the tally, a month the period only partly covers either
/// from the reports of the covered days, or from the tally less the reports of the uncovered days, whichever reads
/// fewer days of reports (days after today hold none). So a period costs at most about a month of reports beyond the tally.
/// </summary>
public sealed record TallyPlan(DateOnly? FirstMonth, DateOnly? LastMonth, IReadOnlyList<RowRange> Rows)
{
    public static TallyPlan For(DateOnly from, DateOnly to, DateOnly today)
    {
        var months = DeviationStatistics.MonthsBetween(from, to);
        var tallied = new List<DateOnly>();
        var rows = new List<RowRange>();
        foreach (var month in months)
        {
            var end = month.AddMonths(1).AddDays(-1);
            var (start, stop) = (from > month ? from : month, to < end ? to : end);
            if (start == month && stop == end)
            {
                tallied.Add(month);
                continue;
            }
            var outside = new List<RowRange>();
            if (start > month) outside.Add(new(month, start.AddDays(-1), -1));
            if (stop < end) outside.Add(new(stop.AddDays(1), end, -1));
            if (Days(start, stop, today) <= outside.Sum(r => Days(r.From, r.To, today))) rows.Add(new(start, stop, +1));
            else
            {
                tallied.Add(month);
                rows.AddRange(outside.Where(r => Days(r.From, r.To, today) > 0));
            }
        }
        return new(tallied.Count == 0 ? null : tallied[0], tallied.Count == 0 ? null : tallied[^1], rows);
    }

    /// <summary>The days of the range up to today: the ones that can hold reports.</summary>
    private static int Days(DateOnly from, DateOnly to, DateOnly today) =>
        Math.Max(0, (to < today ? to : today).DayNumber - from.DayNumber + 1);
}

/// <summary>Reports of the days <see cref="From"/> to <see cref="To"/>, added (+1) or taken off (-1).</summary>
public sealed record RowRange(DateOnly From, DateOnly To, int Sign);
