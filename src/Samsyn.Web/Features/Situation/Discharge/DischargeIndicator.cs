namespace Samsyn.Web.Features.Situation.Discharge;

/// <summary>One municipality's aggregate figures for one month.</summary>
public readonly record struct DischargeFigure(DateOnly Month, decimal AverageDays, int? DischargedPatients);

/// <summary>A value against the threshold. <see cref="At"/> counts as within.</summary>
public enum ThresholdComparison { Under, At, Over }

/// <summary>A month with its rolling three-month value and how both compare with the threshold.</summary>
public sealed record DischargePoint(
    DateOnly Month,
    decimal AverageDays,
    int? DischargedPatients,
    decimal RollingDays,
    int RollingMonths,
    bool RollingWeighted,
    ThresholdComparison MonthComparison,
    ThresholdComparison RollingComparison)
{
    /// <summary>False when a month of the window has no figures, so the value rests on fewer months.</summary>
    public bool RollingComplete => RollingMonths == DischargeIndicator.WindowMonths;

    public bool OverThreshold => RollingComparison == ThresholdComparison.Over;
}

/// <summary>
/// The discharge-waiting indicator (Västra Götaland's model): for each month, the average number of days
/// patients ready for discharge waited, over the month and the two calendar months before it.
/// <list type="bullet">
/// <item>Weighted by discharged patients when every month present in the window has a patient count and
/// together they have at least one patient; otherwise the plain mean of the monthly averages.</item>
/// <item>A calendar month without figures is left out: the value then rests on 2 or 1 months, which
/// <see cref="DischargePoint.RollingMonths"/> says ("2 av 3 månader"). It is never filled in.</item>
/// <item>Values are rounded to one decimal, half away from zero, and compared with the threshold as
/// rounded – what the reader sees is what is judged. Equal to the threshold is within it.</item>
/// </list>
/// </summary>
public static class DischargeIndicator
{
    public const int WindowMonths = 3;

    /// <summary>Every month of <paramref name="figures"/> (one municipality, any order) with its rolling value, oldest first.</summary>
    public static IReadOnlyList<DischargePoint> Compute(IEnumerable<DischargeFigure> figures, decimal thresholdDays)
    {
        var byMonth = new Dictionary<DateOnly, DischargeFigure>();
        foreach (var figure in figures)
        {
            var month = DischargeMonth.First(figure.Month);
            if (!byMonth.TryAdd(month, figure with { Month = month }))
                throw new ArgumentException($"Two figures for {DischargeMonth.Iso(month)}; one per month and municipality.", nameof(figures));
        }

        var points = new List<DischargePoint>(byMonth.Count);
        foreach (var (month, figure) in byMonth.OrderBy(f => f.Key))
        {
            var window = Enumerable.Range(0, WindowMonths)
                .Select(back => byMonth.TryGetValue(month.AddMonths(-back), out var f) ? f : (DischargeFigure?)null)
                .OfType<DischargeFigure>()
                .ToList();
            var (rolling, weighted) = Rolling(window);
            points.Add(new DischargePoint(month, figure.AverageDays, figure.DischargedPatients, rolling, window.Count, weighted,
                Compare(figure.AverageDays, thresholdDays), Compare(rolling, thresholdDays)));
        }
        return points;
    }

    /// <summary>The rolling value of the months of one window, rounded, and whether it is patient-weighted.</summary>
    public static (decimal Days, bool Weighted) Rolling(IReadOnlyCollection<DischargeFigure> window)
    {
        if (window.Count == 0) throw new ArgumentException("A window needs at least one month.", nameof(window));
        var patients = window.Sum(f => (long)(f.DischargedPatients ?? 0));
        if (window.All(f => f.DischargedPatients is not null) && patients > 0)
            return (Round(window.Sum(f => f.AverageDays * f.DischargedPatients!.Value) / patients), true);
        return (Round(window.Average(f => f.AverageDays)), false);
    }

    /// <summary>One decimal, half away from zero (2,25 → 2,3), as the indicator is published.</summary>
    public static decimal Round(decimal days) => Math.Round(days, 1, MidpointRounding.AwayFromZero);

    /// <summary>Compares the value as shown (one decimal) with the threshold.</summary>
    public static ThresholdComparison Compare(decimal days, decimal thresholdDays)
    {
        var shown = Round(days);
        return shown > thresholdDays ? ThresholdComparison.Over
            : shown == thresholdDays ? ThresholdComparison.At
            : ThresholdComparison.Under;
    }
}
