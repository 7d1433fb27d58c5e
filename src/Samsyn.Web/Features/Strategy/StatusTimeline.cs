namespace Samsyn.Web.Features.Strategy;

/// <summary>One reporting period of the plan: how the activities of that year's activity plans stood, and how many were not followed up.</summary>
public sealed record TimelinePoint(int Year, int Period, string Label, int Activities, IReadOnlyList<StatusCount> ByStatus, int NotReported);

/// <summary>The follow-up statuses period by period across the whole plan (the status-over-time chart and its table).</summary>
public sealed record StatusTimeline(IReadOnlyList<TimelinePoint> Points)
{
    /// <summary>
    /// Every reporting period from the plan's first year to its last. An activity counts in the periods of its own
    /// activity plan's year, with the status of that period's follow-up, or as not followed up.
    /// </summary>
    public static StatusTimeline Compute(int startYear, int endYear, ReportingPeriod kind,
        IReadOnlyList<(int ActivityId, int Year)> activities, IReadOnlyList<(int ActivityId, int Year, int Period, ActivityStatus Status)> followUps)
    {
        var points = new List<TimelinePoint>();
        for (var year = startYear; year <= endYear; year++)
        {
            var ofYear = activities.Where(a => a.Year == year).Select(a => a.ActivityId).ToHashSet();
            for (var period = 1; period <= ReportingPeriods.Count(kind); period++)
            {
                var statuses = followUps.Where(f => f.Year == year && f.Period == period && ofYear.Contains(f.ActivityId))
                    .GroupBy(f => f.ActivityId).Select(g => g.First().Status).ToList();
                points.Add(new TimelinePoint(year, period, ReportingPeriods.Label(year, period, kind), ofYear.Count,
                    [.. Enum.GetValues<ActivityStatus>().Select(s => new StatusCount(s, statuses.Count(x => x == s)))], ofYear.Count - statuses.Count));
            }
        }
        return new StatusTimeline(points);
    }
}
