using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samsyn.IntegrationTests.Features.Notifications;

namespace Samsyn.IntegrationTests.Features.Strategy;

/// <summary>/api/v1/activity-plans, /activities/{id}/follow-ups and /strategic-plans/{id}/rollup.</summary>
public abstract class ActivityPlanApiTests(SamsynFactory factory)
{
    private Task<int> CountActivitiesAsync(int activityPlanId) => factory.InDatabaseAsync(db => db.Activities.CountAsync(a => a.ActivityPlanId == activityPlanId));

    private Task<int> CountFollowUpsAsync(int activityId) => factory.InDatabaseAsync(db => db.ActivityFollowUps.CountAsync(f => f.ActivityId == activityId));

    [Fact]
    public async Task A_member_writes_the_groups_activity_plan_with_activities_under_goal_areas()
    {
        var scene = await StrategyScene.CreateAsync(factory);
        using var member = await factory.SignedInAsync(scene.Member.Email);
        var planId = await scene.NewActivityPlanAsync(member);

        var activity = await scene.NewActivityAsync(member, planId, StrategyScene.Activity([scene.GoalAreaIds[0], scene.GoalAreaIds[2]], [scene.TargetGroupIds[1]]));

        activity.GetProperty("activityPlanId").GetInt32().ShouldBe(planId);
        activity.GetProperty("goalAreas").EnumerateArray().Select(g => g.GetProperty("name").GetString()).ShouldBe(["Nära vård", "Kompetens"]);
        activity.GetProperty("targetGroups").EnumerateArray().Single().GetProperty("name").GetString().ShouldBe("Äldre");
        activity.GetProperty("status").GetString().ShouldBe("notStarted");
        activity.GetProperty("startDate").GetString().ShouldBe("2030-01-01");
        var indicator = activity.GetProperty("indicators").EnumerateArray().Single();
        indicator.GetProperty("unit").GetString().ShouldBe("%");
        indicator.GetProperty("baseline").GetDecimal().ShouldBe(40m);
        indicator.GetProperty("target").GetDecimal().ShouldBe(80m);
        var plan = await member.GetItemAsync($"/api/v1/activity-plans/{planId}");
        plan.GetProperty("year").GetInt32().ShouldBe(2030);
        plan.GetProperty("activities").GetArrayLength().ShouldBe(1);
        (await member.ListAsync($"/api/v1/activity-plans?groupId={scene.GroupId}")).ShouldHaveSingleItem().GetProperty("activities").GetInt32().ShouldBe(1);

        var audit = await factory.InDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == "Activity" && e.EntityId == activity.GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture)).ToListAsync());
        audit.ShouldHaveSingleItem().UserName.ShouldBe(scene.Member.Email);
    }

    [Fact]
    public async Task An_activity_without_a_goal_area_or_with_one_of_another_plan_is_refused_and_nothing_is_stored()
    {
        var scene = await StrategyScene.CreateAsync(factory);
        using var member = await factory.SignedInAsync(scene.Member.Email);
        var planId = await scene.NewActivityPlanAsync(member);
        var other = await StrategyScene.CreateAsync(factory);

        using (var none = await member.PostJsonAsync($"/api/v1/activity-plans/{planId}/activities", StrategyScene.Activity([])))
            (await none.ShouldBeValidationProblemAsync("goalAreaIds"))[0].ShouldContain("minst ett målområde");
        using (var foreign = await member.PostJsonAsync($"/api/v1/activity-plans/{planId}/activities", StrategyScene.Activity([scene.GoalAreaIds[0], other.GoalAreaIds[0]])))
            (await foreign.ShouldBeValidationProblemAsync("goalAreaIds"))[0].ShouldContain("hör inte till");
        using (var foreignTarget = await member.PostJsonAsync($"/api/v1/activity-plans/{planId}/activities", StrategyScene.Activity([scene.GoalAreaIds[0]], [other.TargetGroupIds[0]])))
            await foreignTarget.ShouldBeValidationProblemAsync("targetGroupIds");
        using (var percent = await member.PostJsonAsync($"/api/v1/activity-plans/{planId}/activities", StrategyScene.Activity([scene.GoalAreaIds[0]], target: 180)))
            await percent.ShouldBeValidationProblemAsync("indicators[0].target");

        (await CountActivitiesAsync(planId)).ShouldBe(0);
    }

    [Fact]
    public async Task Activity_plans_follow_the_adopted_plans_years_one_per_group_and_year_and_only_the_groups_people_write_them()
    {
        var scene = await StrategyScene.CreateAsync(factory);
        using var member = await factory.SignedInAsync(scene.Member.Email);
        var outsider = await factory.NewPersonWithAccountAsync();
        using var stranger = await factory.SignedInAsync(outsider.Email);

        using (var forbidden = await stranger.PostJsonAsync("/api/v1/activity-plans", new { strategicPlanId = scene.PlanId, groupId = scene.GroupId, year = 2030 }))
            await forbidden.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using (var outside = await member.PostJsonAsync("/api/v1/activity-plans", new { strategicPlanId = scene.PlanId, groupId = scene.GroupId, year = 2033 }))
            (await outside.ShouldBeValidationProblemAsync("year"))[0].ShouldContain("2030–2032");
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var draft = await StrategyScene.CreateDraftAsync(admin);
        using (var notAdopted = await member.PostJsonAsync("/api/v1/activity-plans", new { strategicPlanId = draft.GetProperty("id").GetInt32(), groupId = scene.GroupId, year = 2030 }))
            await notAdopted.ShouldBeValidationProblemAsync("strategicPlanId");
        (await member.ListAsync($"/api/v1/activity-plans?groupId={scene.GroupId}")).ShouldBeEmpty();

        var planId = await scene.NewActivityPlanAsync(member);
        using (var twice = await member.PostJsonAsync("/api/v1/activity-plans", new { strategicPlanId = scene.PlanId, groupId = scene.GroupId, year = 2030 }))
            await twice.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using (var strangerActivity = await stranger.PostJsonAsync($"/api/v1/activity-plans/{planId}/activities", StrategyScene.Activity([scene.GoalAreaIds[0]])))
            await strangerActivity.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await CountActivitiesAsync(planId)).ShouldBe(0);
    }

    [Fact]
    public async Task A_follow_up_records_status_and_indicator_values_for_a_period_and_bad_periods_or_values_are_refused()
    {
        var scene = await StrategyScene.CreateAsync(factory);
        using var member = await factory.SignedInAsync(scene.Member.Email);
        var planId = await scene.NewActivityPlanAsync(member);
        var activity = await scene.NewActivityAsync(member, planId, StrategyScene.Activity([scene.GoalAreaIds[0]]));
        var id = activity.GetProperty("id").GetInt32();
        var indicatorId = activity.GetProperty("indicators")[0].GetProperty("id").GetInt32();
        object Body(int year = 2030, int period = 1, decimal value = 60, string? unit = "%", int? indicator = null) =>
            new { year, period, status = "onTrack", comment = "Går enligt plan.", values = new[] { new { indicatorId = indicator ?? indicatorId, value, unit } } };

        using (var outside = await member.PostJsonAsync($"/api/v1/activities/{id}/follow-ups", Body(year: 2033)))
            (await outside.ShouldBeValidationProblemAsync("year"))[0].ShouldContain("utanför planens period");
        using (var otherYear = await member.PostJsonAsync($"/api/v1/activities/{id}/follow-ups", Body(year: 2031)))
            await otherYear.ShouldBeValidationProblemAsync("year");
        using (var period = await member.PostJsonAsync($"/api/v1/activities/{id}/follow-ups", Body(period: 3)))
            (await period.ShouldBeValidationProblemAsync("period"))[0].ShouldContain("1–2");
        using (var unit = await member.PostJsonAsync($"/api/v1/activities/{id}/follow-ups", Body(unit: "st")))
            (await unit.ShouldBeValidationProblemAsync("values[0].unit"))[0].ShouldContain("mäts i %");
        using (var absurd = await member.PostJsonAsync($"/api/v1/activities/{id}/follow-ups", Body(value: 250)))
            await absurd.ShouldBeValidationProblemAsync("values[0].value");
        using (var foreign = await member.PostJsonAsync($"/api/v1/activities/{id}/follow-ups", Body(indicator: 999999)))
            await foreign.ShouldBeValidationProblemAsync("values[0].indicatorId");
        using (var status = await member.SendRawJsonAsync(HttpMethod.Post, $"/api/v1/activities/{id}/follow-ups", """{"year":2030,"period":1,"status":"fine"}"""))
            await status.ShouldBeValidationProblemAsync("status");
        (await CountFollowUpsAsync(id)).ShouldBe(0);

        using var created = await member.PostJsonAsync($"/api/v1/activities/{id}/follow-ups", Body());
        var followUp = await created.ShouldBeJsonAsync(HttpStatusCode.Created);
        followUp.GetProperty("periodLabel").GetString().ShouldBe("2030 halvår 1");
        followUp.GetProperty("status").GetString().ShouldBe("onTrack");
        followUp.GetProperty("recordedBy").GetString().ShouldBe(scene.Member.Email);
        followUp.GetProperty("values")[0].GetProperty("value").GetDecimal().ShouldBe(60m);
        using (var again = await member.PostJsonAsync($"/api/v1/activities/{id}/follow-ups", Body()))
            await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await member.GetItemAsync($"/api/v1/activities/{id}/follow-ups")).GetArrayLength().ShouldBe(1);
        (await member.GetItemAsync($"/api/v1/activities/{id}")).GetProperty("status").GetString().ShouldBe("onTrack");
    }

    [Fact]
    public async Task The_rollup_counts_per_goal_area_and_target_group_and_shows_the_gaps()
    {
        var scene = await StrategyScene.CreateAsync(factory);
        using var member = await factory.SignedInAsync(scene.Member.Email);
        var planId = await scene.NewActivityPlanAsync(member);
        var a = await scene.NewActivityAsync(member, planId, StrategyScene.Activity([scene.GoalAreaIds[0]], [scene.TargetGroupIds[0]]));
        var b = await scene.NewActivityAsync(member, planId, StrategyScene.Activity([scene.GoalAreaIds[0], scene.GoalAreaIds[1]]));
        using (var followUp = await member.PostJsonAsync($"/api/v1/activities/{a.GetProperty("id").GetInt32()}/follow-ups", new
               { year = 2030, period = 1, status = "atRisk", values = new[] { new { indicatorId = a.GetProperty("indicators")[0].GetProperty("id").GetInt32(), value = 50m } } }))
            followUp.StatusCode.ShouldBe(HttpStatusCode.Created);

        var rollup = await member.GetItemAsync($"/api/v1/strategic-plans/{scene.PlanId}/rollup?year=2030");

        rollup.GetProperty("activities").GetInt32().ShouldBe(2);
        var goals = rollup.GetProperty("goalAreas").EnumerateArray().ToArray();
        goals.Select(g => g.GetProperty("activities").GetInt32()).ShouldBe([2, 1, 0]);
        int Count(JsonElement row, string status) => row.GetProperty("byStatus").EnumerateArray().Single(s => s.GetProperty("status").GetString() == status).GetProperty("count").GetInt32();
        Count(goals[0], "atRisk").ShouldBe(1);
        Count(goals[0], "notStarted").ShouldBe(1);
        goals[0].GetProperty("averageProgressPercent").GetDecimal().ShouldBe(25m); // (50 - 40) / (80 - 40)
        goals[1].GetProperty("averageProgressPercent").ValueKind.ShouldBe(JsonValueKind.Null);
        rollup.GetProperty("goalAreaGaps").EnumerateArray().Select(g => g.GetProperty("name").GetString()).ShouldBe(["Kompetens"]);
        rollup.GetProperty("targetGroupGaps").EnumerateArray().Select(g => g.GetProperty("name").GetString()).ShouldBe(["Äldre", "Psykisk ohälsa"]);
        (await member.GetItemAsync($"/api/v1/strategic-plans/{scene.PlanId}/rollup?year=2031")).GetProperty("goalAreaGaps").GetArrayLength().ShouldBe(3);
        using var outside = await member.GetAsync($"/api/v1/strategic-plans/{scene.PlanId}/rollup?year=2029");
        await outside.ShouldBeValidationProblemAsync("year");
        _ = b;
    }

    [Fact]
    public async Task The_Skaraborg_rollup_for_2019_matches_the_hand_computed_figures()
    {
        using var member = await factory.SignedInAsync(Demo.Member);
        var areaId = await member.IdByNameAsync("/api/v1/areas", Demo.Skaraborg);
        var planId = (await member.ListAsync($"/api/v1/strategic-plans?areaId={areaId}&status=adopted")).Single().GetProperty("id").GetInt32();

        var rollup = await member.GetItemAsync($"/api/v1/strategic-plans/{planId}/rollup?year=2019");

        var goals = rollup.GetProperty("goalAreas").EnumerateArray().ToArray();
        goals.Select(g => g.GetProperty("activities").GetInt32()).ShouldBe([2, 1, 2, 0]);
        // Nära vården: the mobile team at 88 % of 60 → 90 (28/30) and the digital meetings at 14 of 10 → 40 (4/30): (0.9333 + 0.1333) / 2.
        goals[0].GetProperty("averageProgressPercent").GetDecimal().ShouldBe(53.3m);
        rollup.GetProperty("goalAreaGaps").EnumerateArray().Single().GetProperty("name").GetString().ShouldBe("Personal- och kompetensförsörjning");
        rollup.GetProperty("targetGroupGaps").EnumerateArray().Single().GetProperty("name").GetString().ShouldBe("Barn och unga");
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class ActivityPlanApiOnSqlite(SqliteFactory factory) : ActivityPlanApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class ActivityPlanApiOnPostgres(PostgresFactory factory) : ActivityPlanApiTests(factory);
