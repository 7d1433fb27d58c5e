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

    /// <summary>
    /// Changes an activity from checked input: its links are replaced; indicators with an id are kept and changed,
    /// those without are added, the rest removed (<see cref="IndicatorChanges"/> keeps those with values).
    /// </summary>
    public static void UpdateActivity(AppDbContext db, Activity activity, ActivityInput input)
    {
        (activity.Title, activity.Description) = (input.Title!.Trim(), Clean(input.Description));
        (activity.OwnerOrganisationId, activity.OwnerPersonId) = (input.OwnerOrganisationId, input.OwnerPersonId);
        (activity.StartDate, activity.EndDate, activity.ExpectedResult) = (input.StartDate, input.EndDate, Clean(input.ExpectedResult));
        var goals = input.GoalAreaIds!.Distinct().ToList();
        activity.GoalAreas.RemoveAll(g => !goals.Contains(g.GoalAreaId));
        activity.GoalAreas.AddRange(goals.Where(g => activity.GoalAreas.All(x => x.GoalAreaId != g)).Select(g => new ActivityGoalArea { GoalAreaId = g }));
        var targets = (input.TargetGroupIds ?? []).Distinct().ToList();
        activity.TargetGroups.RemoveAll(t => !targets.Contains(t.TargetGroupId));
        activity.TargetGroups.AddRange(targets.Where(t => activity.TargetGroups.All(x => x.TargetGroupId != t)).Select(t => new ActivityTargetGroup { TargetGroupId = t }));
        var wanted = input.Indicators ?? [];
        foreach (var gone in activity.Indicators.Where(i => wanted.All(w => w.Id != i.Id)).ToList()) db.Indicators.Remove(gone);
        foreach (var row in wanted)
        {
            var indicator = row.Id is int id ? activity.Indicators.First(i => i.Id == id) : new Indicator();
            (indicator.Name, indicator.Unit, indicator.Baseline, indicator.Target) = (row.Name!.Trim(), row.Unit!.Trim(), row.Baseline!.Value, row.Target!.Value);
            if (row.Id is null) activity.Indicators.Add(indicator);
        }
        Touch(db, activity);
    }

    /// <summary>Changes a follow-up from checked input: its period, status, comment and values.</summary>
    public static void UpdateFollowUp(AppDbContext db, ActivityFollowUp followUp, FollowUpInput input, DateTimeOffset now, string by)
    {
        (followUp.Year, followUp.Period, followUp.Status, followUp.Comment) = (input.Year!.Value, input.Period!.Value, input.Status!.Value, Clean(input.Comment));
        (followUp.RecordedAt, followUp.RecordedBy) = (now.ToUniversalTime(), by);
        var values = input.Values ?? [];
        followUp.Values.RemoveAll(v => values.All(x => x.IndicatorId != v.IndicatorId));
        foreach (var value in values)
        {
            if (followUp.Values.FirstOrDefault(v => v.IndicatorId == value.IndicatorId) is { } stored) stored.Value = value.Value!.Value;
            else followUp.Values.Add(new IndicatorValue { IndicatorId = value.IndicatorId!.Value, Value = value.Value!.Value });
        }
        Touch(db, followUp);
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
