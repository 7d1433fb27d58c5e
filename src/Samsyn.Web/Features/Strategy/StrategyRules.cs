using System.Globalization;

namespace Samsyn.Web.Features.Strategy;

/// <summary>The reporting periods of a year: one, two halves or four quarters, and when each follow-up is due.</summary>
public static class ReportingPeriods
{
    /// <summary>Days after a period's end by which its follow-up is to be reported.</summary>
    public const int DueDaysAfterPeriod = 14;

    public static int Count(ReportingPeriod kind) => kind switch
    {
        ReportingPeriod.HalfYearly => 2,
        ReportingPeriod.Quarterly => 4,
        _ => 1,
    };

    public static DateOnly LastDay(int year, int period, ReportingPeriod kind)
    {
        var months = 12 / Count(kind);
        return new DateOnly(year, 1, 1).AddMonths(period * months).AddDays(-1);
    }

    public static DateOnly DueDate(int year, int period, ReportingPeriod kind) => LastDay(year, period, kind).AddDays(DueDaysAfterPeriod);

    public static string Label(int year, int period, ReportingPeriod kind) => kind switch
    {
        ReportingPeriod.HalfYearly => string.Create(CultureInfo.InvariantCulture, $"{year} halvår {period}"),
        ReportingPeriod.Quarterly => string.Create(CultureInfo.InvariantCulture, $"{year} kvartal {period}"),
        _ => year.ToString(CultureInfo.InvariantCulture),
    };

    public static string Name(ReportingPeriod kind) => kind switch
    {
        ReportingPeriod.HalfYearly => "Halvår",
        ReportingPeriod.Quarterly => "Kvartal",
        _ => "År",
    };

    /// <summary>
    /// A follow-up belongs to a period of its activity plan's year, which lies in the strategic plan's period.
    /// Returns the errors keyed by field, empty when the period is valid.
    /// </summary>
    public static Dictionary<string, string[]> Check(int year, int period, int activityPlanYear, int planStart, int planEnd, ReportingPeriod kind)
    {
        var errors = new Dictionary<string, string[]>();
        if (year < planStart || year > planEnd)
            errors["year"] = [$"Året {year} ligger utanför planens period {planStart}–{planEnd}."];
        else if (year != activityPlanYear)
            errors["year"] = [$"Aktiviteten hör till verksamhetsplanen för {activityPlanYear}; följ upp den för det året."];
        var count = Count(kind);
        if (period < 1 || period > count)
            errors["period"] = [count == 1
                ? "Planen följs upp en gång per år: perioden ska vara 1."
                : $"Planen följs upp {Name(kind).ToLowerInvariant()}svis: perioden ska vara 1–{count}."];
        return errors;
    }
}

/// <summary>What an activity must satisfy: goal areas of its own plan, target groups of its own plan.</summary>
public static class ActivityRules
{
    public static Dictionary<string, string[]> Check(
        IReadOnlyCollection<int>? goalAreaIds, IReadOnlyCollection<int>? targetGroupIds,
        IReadOnlySet<int> planGoalAreaIds, IReadOnlySet<int> planTargetGroupIds,
        DateOnly? start, DateOnly? end)
    {
        var errors = new Dictionary<string, string[]>();
        if (goalAreaIds is null || goalAreaIds.Count == 0)
            errors["goalAreaIds"] = ["Välj minst ett målområde som aktiviteten bidrar till."];
        else if (goalAreaIds.Any(id => !planGoalAreaIds.Contains(id)))
            errors["goalAreaIds"] = ["Målområdet hör inte till den strategiska plan som verksamhetsplanen bygger på."];
        if (targetGroupIds?.Any(id => !planTargetGroupIds.Contains(id)) == true)
            errors["targetGroupIds"] = ["Målgruppen hör inte till den strategiska plan som verksamhetsplanen bygger på."];
        if (start is not null && end is not null && end < start)
            errors["endDate"] = ["Slutdatumet ligger före startdatumet."];
        return errors;
    }
}

/// <summary>What a reported indicator value must satisfy: the indicator's own unit, and a plausible size.</summary>
public static class IndicatorRules
{
    public const decimal MaxMagnitude = 1_000_000_000m;

    /// <summary>How far beyond the larger of baseline and target a value may lie before it is taken for a typing error.</summary>
    public const decimal MaxFactor = 100m;

    public static string? Check(string indicatorUnit, decimal baseline, decimal target, decimal value, string? unit)
    {
        if (unit is not null && !string.Equals(unit.Trim(), indicatorUnit, StringComparison.OrdinalIgnoreCase))
            return $"Indikatorn mäts i {indicatorUnit}, inte i {unit.Trim()}.";
        if (Math.Abs(value) > MaxMagnitude) return "Värdet är orimligt stort.";
        if (indicatorUnit == "%" && (value < 0 || value > 100)) return "En andel i procent ligger mellan 0 och 100.";
        if (value < 0 && baseline >= 0 && target >= 0) return "Värdet kan inte vara negativt för den här indikatorn.";
        var scale = Math.Max(Math.Max(Math.Abs(baseline), Math.Abs(target)), 1m);
        if (Math.Abs(value) > scale * MaxFactor) return $"Värdet {value.ToString(CultureInfo.InvariantCulture)} är orimligt jämfört med utgångsvärdet och målet.";
        return null;
    }

    /// <summary>Share of the way from baseline to target, 0–1; null when baseline equals target.</summary>
    public static decimal? Progress(decimal baseline, decimal target, decimal value)
    {
        if (target == baseline) return value == target ? 1m : null;
        var share = (value - baseline) / (target - baseline);
        return Math.Clamp(share, 0m, 1m);
    }
}

/// <summary>
/// How an activity's indicators may change once follow-ups hold values for them: an indicator with values keeps
/// its unit and cannot be removed (the values would lose their meaning); the others change freely.
/// </summary>
public static class IndicatorChanges
{
    public static Dictionary<string, string[]> Check(IReadOnlyList<Indicator> existing, IReadOnlyList<IndicatorInput> wanted, IReadOnlySet<int> withValues)
    {
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < wanted.Count; i++)
        {
            if (wanted[i].Id is not int id) continue;
            var indicator = existing.FirstOrDefault(x => x.Id == id);
            if (indicator is null) errors[$"indicators[{i}].id"] = ["Indikatorn hör inte till aktiviteten."];
            else if (withValues.Contains(id) && wanted[i].Unit is { } unit && !string.Equals(unit.Trim(), indicator.Unit, StringComparison.OrdinalIgnoreCase))
                errors[$"indicators[{i}].unit"] = [$"Indikatorn har värden i {indicator.Unit} i uppföljningarna; enheten kan inte ändras. Lägg till en ny indikator i stället."];
        }
        var removed = existing.Where(x => withValues.Contains(x.Id) && wanted.All(w => w.Id != x.Id)).Select(x => x.Name).ToList();
        if (removed.Count > 0)
            errors["indicators"] = [$"{string.Join(", ", removed)} har värden i uppföljningarna och kan inte tas bort."];
        return errors;
    }
}

/// <summary>What may be deleted: nothing that others' records still build on, so that a deletion never takes follow-ups with it unseen.</summary>
public static class StrategyDeletion
{
    public static string? WhyNotActivityPlan(int activities) => activities == 0 ? null
        : $"Verksamhetsplanen har {activities} {(activities == 1 ? "aktivitet" : "aktiviteter")}. Ta bort dem först.";

    public static string? WhyNotActivity(int followUps) => followUps == 0 ? null
        : $"Aktiviteten har {followUps} {(followUps == 1 ? "uppföljning" : "uppföljningar")}. Ta bort dem först, eller sätt status Avbruten i en uppföljning.";
}
