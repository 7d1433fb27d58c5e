using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Strategy;

/// <summary>Building activities and follow-ups from checked input; shared by the API and the pages.</summary>
public static class StrategyOperations
{
    public static Activity NewActivity(ActivityPlan plan, ActivityInput input)
    {
        var activity = new Activity
        {
            ActivityPlanId = plan.Id, Title = input.Title!.Trim(), Description = Clean(input.Description),
            OwnerOrganisationId = input.OwnerOrganisationId, OwnerPersonId = input.OwnerPersonId,
            StartDate = input.StartDate, EndDate = input.EndDate, ExpectedResult = Clean(input.ExpectedResult),
        };
        activity.GoalAreas.AddRange(input.GoalAreaIds!.Distinct().Select(g => new ActivityGoalArea { GoalAreaId = g }));
        activity.TargetGroups.AddRange((input.TargetGroupIds ?? []).Distinct().Select(t => new ActivityTargetGroup { TargetGroupId = t }));
        activity.Indicators.AddRange((input.Indicators ?? []).Select(i => new Indicator
            { Name = i.Name!.Trim(), Unit = i.Unit!.Trim(), Baseline = i.Baseline!.Value, Target = i.Target!.Value }));
        return activity;
    }

    /// <summary>A follow-up's period must lie in the plan, its values belong to the activity's indicators in their units and be plausible.</summary>
    public static Dictionary<string, string[]> Check(FollowUpInput input, Activity activity)
    {
        var errors = InputValidation.Validate(input);
        var plan = activity.ActivityPlan.StrategicPlan;
        if (input.Year is int year && input.Period is int period)
            foreach (var (field, messages) in ReportingPeriods.Check(year, period, activity.ActivityPlan.Year, plan.StartYear, plan.EndYear, plan.ReportingPeriod))
                errors[field] = messages;
        var seen = new HashSet<int>();
        foreach (var (value, i) in (input.Values ?? []).Select((v, i) => (v, i)))
        {
            var indicator = activity.Indicators.FirstOrDefault(x => x.Id == value.IndicatorId);
            if (indicator is null) errors[$"values[{i}].indicatorId"] = ["Indikatorn hör inte till aktiviteten."];
            else if (!seen.Add(indicator.Id)) errors[$"values[{i}].indicatorId"] = ["Indikatorn har redan ett värde i uppföljningen."];
            else if (value.Value is not decimal v) errors[$"values[{i}].value"] = ["Ange ett värde."];
            else if (IndicatorRules.Check(indicator.Unit, indicator.Baseline, indicator.Target, v, value.Unit) is { } message)
                errors[value.Unit is not null && !string.Equals(value.Unit.Trim(), indicator.Unit, StringComparison.OrdinalIgnoreCase)
                    ? $"values[{i}].unit" : $"values[{i}].value"] = [message];
        }
        return errors;
    }

    public static ActivityFollowUp NewFollowUp(Activity activity, FollowUpInput input, DateTimeOffset now, string by)
    {
        var followUp = new ActivityFollowUp
        {
            ActivityId = activity.Id, Year = input.Year!.Value, Period = input.Period!.Value, Status = input.Status!.Value,
            Comment = Clean(input.Comment), RecordedAt = now.ToUniversalTime(), RecordedBy = by,
        };
        followUp.Values.AddRange((input.Values ?? []).Select(v => new IndicatorValue { IndicatorId = v.IndicatorId!.Value, Value = v.Value!.Value }));
        return followUp;
    }

    /// <summary>
    /// Marks a record changed so that its version rises with the save: a plan whose goal areas changed is itself
    /// a new version, and an edit that only touches an activity's links still makes a stale copy stale.
    /// </summary>
    public static void Touch(AppDbContext db, Entity entity) => db.Entry(entity).Property(nameof(Entity.Version)).IsModified = true;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
