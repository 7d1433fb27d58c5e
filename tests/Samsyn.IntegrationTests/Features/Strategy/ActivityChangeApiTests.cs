using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samsyn.IntegrationTests.Features.Notifications;

namespace Samsyn.IntegrationTests.Features.Strategy;

/// <summary>PUT and DELETE of activity plans, activities and follow-ups: versions, rights, the rules of a new record, and an audit trail.</summary>
public abstract class ActivityChangeApiTests(SamsynFactory factory)
{
    private sealed record Setup(StrategyScene Scene, HttpClient Member, int PlanId, JsonElement Activity, int ActivityId, int IndicatorId);

    private async Task<Setup> SetupAsync()
    {
        var scene = await StrategyScene.CreateAsync(factory);
        var member = await factory.SignedInAsync(scene.Member.Email);
        var planId = await scene.NewActivityPlanAsync(member);
        var activity = await scene.NewActivityAsync(member, planId, StrategyScene.Activity([scene.GoalAreaIds[0]], [scene.TargetGroupIds[0]]));
        return new Setup(scene, member, planId, activity, activity.GetProperty("id").GetInt32(), activity.GetProperty("indicators")[0].GetProperty("id").GetInt32());
    }

    private static object ActivityBody(Setup s, int[] goalAreaIds, int? version, string unit = "%", int? indicatorId = -1, string title = "Ändrad aktivitet") => new
    {
        title, goalAreaIds, targetGroupIds = new[] { s.Scene.TargetGroupIds[1] }, expectedResult = "Färre avvikelser.", startDate = "2030-02-01", endDate = "2030-11-30",
        indicators = new[] { new { id = indicatorId == -1 ? s.IndicatorId : indicatorId, name = "Andel", unit, baseline = 40m, target = 90m } }, version,
    };

    private async Task<JsonElement> FollowUpAsync(Setup s, int period = 1, decimal value = 60)
    {
        using var response = await s.Member.PostJsonAsync($"/api/v1/activities/{s.ActivityId}/follow-ups",
            new { year = 2030, period, status = "onTrack", comment = "Enligt plan.", values = new[] { new { indicatorId = s.IndicatorId, value } } });
        return await response.ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_member_changes_an_activity_and_a_stale_or_invalid_change_is_refused_with_nothing_changed()
    {
        var s = await SetupAsync();
        using var _ = s.Member;
        var version = s.Activity.GetProperty("version").GetInt32();
        var other = await StrategyScene.CreateAsync(factory);
        var url = $"/api/v1/activities/{s.ActivityId}";

        using (var none = await s.Member.PutJsonAsync(url, ActivityBody(s, [], version)))
            (await none.ShouldBeValidationProblemAsync("goalAreaIds"))[0].ShouldContain("minst ett målområde");
        using (var foreign = await s.Member.PutJsonAsync(url, ActivityBody(s, [other.GoalAreaIds[0]], version)))
            await foreign.ShouldBeValidationProblemAsync("goalAreaIds");
        using (var foreignIndicator = await s.Member.PutJsonAsync(url, ActivityBody(s, [s.Scene.GoalAreaIds[1]], version, indicatorId: 999999)))
            await foreignIndicator.ShouldBeValidationProblemAsync("indicators[0].id");
        using (var identity = await s.Member.PutJsonAsync(url, ActivityBody(s, [s.Scene.GoalAreaIds[1]], version, title: $"Patient {Demo.TestIdentityNumber}")))
            await identity.ShouldBeValidationProblemAsync("title");
        using (var noVersion = await s.Member.PutJsonAsync(url, ActivityBody(s, [s.Scene.GoalAreaIds[1]], null)))
            await noVersion.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        var unchanged = await s.Member.GetItemAsync(url);
        unchanged.GetProperty("title").GetString().ShouldBe(s.Activity.GetProperty("title").GetString());
        unchanged.GetProperty("version").GetInt32().ShouldBe(version);

        using (var changed = await s.Member.PutJsonAsync(url, ActivityBody(s, [s.Scene.GoalAreaIds[1], s.Scene.GoalAreaIds[2]], version)))
        {
            var activity = await changed.ShouldBeJsonAsync(HttpStatusCode.OK);
            activity.GetProperty("title").GetString().ShouldBe("Ändrad aktivitet");
            activity.GetProperty("goalAreas").EnumerateArray().Select(g => g.GetProperty("name").GetString()).ShouldBe(["Struktur", "Kompetens"]);
            activity.GetProperty("targetGroups").EnumerateArray().Single().GetProperty("name").GetString().ShouldBe("Äldre");
            activity.GetProperty("indicators").EnumerateArray().Single().GetProperty("id").GetInt32().ShouldBe(s.IndicatorId);
            activity.GetProperty("indicators")[0].GetProperty("target").GetDecimal().ShouldBe(90m);
            activity.GetProperty("version").GetInt32().ShouldBe(version + 1);
        }
        using (var stale = await s.Member.PutJsonAsync(url, ActivityBody(s, [s.Scene.GoalAreaIds[0]], version, title: "Gammal ändring")))
            await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await s.Member.GetItemAsync(url)).GetProperty("title").GetString().ShouldBe("Ändrad aktivitet");

        using var outsider = await factory.SignedInAsync((await factory.NewPersonWithAccountAsync()).Email);
        using (var forbidden = await outsider.PutJsonAsync(url, ActivityBody(s, [s.Scene.GoalAreaIds[0]], version + 1)))
            await forbidden.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using (var forbiddenDelete = await outsider.DeleteWithVersionAsync(url, version + 1))
            await forbiddenDelete.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using (var missing = await s.Member.PutJsonAsync("/api/v1/activities/999999", ActivityBody(s, [s.Scene.GoalAreaIds[0]], 1)))
            await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_indicator_with_values_keeps_its_unit_and_an_activity_with_follow_ups_is_not_deleted()
    {
        var s = await SetupAsync();
        using var _ = s.Member;
        var followUp = await FollowUpAsync(s);
        var url = $"/api/v1/activities/{s.ActivityId}";
        var version = s.Activity.GetProperty("version").GetInt32();

        using (var unit = await s.Member.PutJsonAsync(url, ActivityBody(s, [s.Scene.GoalAreaIds[0]], version, unit: "st")))
            (await unit.ShouldBeValidationProblemAsync("indicators[0].unit"))[0].ShouldContain("enheten kan inte ändras");
        using (var dropped = await s.Member.PutJsonAsync(url, new { title = "Utan indikator", goalAreaIds = new[] { s.Scene.GoalAreaIds[0] }, indicators = Array.Empty<object>(), version }))
            await dropped.ShouldBeValidationProblemAsync("indicators");
        using (var refused = await s.Member.DeleteWithVersionAsync(url, version))
            (await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("1 uppföljning");
        (await factory.InDatabaseAsync(db => db.Activities.CountAsync(a => a.Id == s.ActivityId))).ShouldBe(1);

        var followUpUrl = $"{url}/follow-ups/{followUp.GetProperty("id").GetInt32()}";
        using (var staleFollowUp = await s.Member.DeleteWithVersionAsync(followUpUrl, followUp.GetProperty("version").GetInt32() + 5))
            await staleFollowUp.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using (var deleteFollowUp = await s.Member.DeleteWithVersionAsync(followUpUrl, followUp.GetProperty("version").GetInt32()))
            deleteFollowUp.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using (var delete = await s.Member.DeleteWithVersionAsync(url, version))
            delete.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await factory.InDatabaseAsync(db => db.Activities.CountAsync(a => a.Id == s.ActivityId))).ShouldBe(0);

        var id = s.ActivityId.ToString(CultureInfo.InvariantCulture);
        var audit = await factory.InDatabaseAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "Activity" && e.EntityId == id).OrderBy(e => e.Id).ToListAsync());
        audit.Select(e => e.Action.ToString()).ShouldBe(["Created", "Deleted"]);
        audit.ShouldAllBe(e => e.UserName == s.Scene.Member.Email);
    }

    [Fact]
    public async Task A_follow_up_is_changed_within_the_plans_periods_in_the_indicators_unit_and_stale_changes_are_refused()
    {
        var s = await SetupAsync();
        using var _ = s.Member;
        var first = await FollowUpAsync(s, period: 1);
        await FollowUpAsync(s, period: 2, value: 70);
        var url = $"/api/v1/activities/{s.ActivityId}/follow-ups/{first.GetProperty("id").GetInt32()}";
        var version = first.GetProperty("version").GetInt32();
        object Body(int year = 2030, int period = 1, decimal value = 65, string unit = "%", int? v = -1) =>
            new { year, period, status = "atRisk", comment = "Förseningar.", values = new[] { new { indicatorId = s.IndicatorId, value, unit } }, version = v == -1 ? version : v };

        using (var outside = await s.Member.PutJsonAsync(url, Body(year: 2034)))
            (await outside.ShouldBeValidationProblemAsync("year"))[0].ShouldContain("utanför planens period");
        using (var unit = await s.Member.PutJsonAsync(url, Body(unit: "st")))
            await unit.ShouldBeValidationProblemAsync("values[0].unit");
        using (var absurd = await s.Member.PutJsonAsync(url, Body(value: 1000)))
            await absurd.ShouldBeValidationProblemAsync("values[0].value");
        using (var taken = await s.Member.PutJsonAsync(url, Body(period: 2)))
            await taken.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using (var noVersion = await s.Member.PutJsonAsync(url, Body(v: null)))
            await noVersion.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        (await s.Member.GetItemAsync($"/api/v1/activities/{s.ActivityId}/follow-ups"))[0].GetProperty("status").GetString().ShouldBe("onTrack");

        using (var changed = await s.Member.PutJsonAsync(url, Body()))
        {
            var followUp = await changed.ShouldBeJsonAsync(HttpStatusCode.OK);
            followUp.GetProperty("status").GetString().ShouldBe("atRisk");
            followUp.GetProperty("values")[0].GetProperty("value").GetDecimal().ShouldBe(65m);
        }
        using (var stale = await s.Member.PutJsonAsync(url, Body(value: 10)))
            await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await s.Member.GetItemAsync($"/api/v1/activities/{s.ActivityId}/follow-ups"))[0].GetProperty("values")[0].GetProperty("value").GetDecimal().ShouldBe(65m);
    }

    [Fact]
    public async Task An_activity_plans_summary_is_changed_and_only_an_empty_plan_is_deleted()
    {
        var s = await SetupAsync();
        using var _ = s.Member;
        var url = $"/api/v1/activity-plans/{s.PlanId}";
        var plan = await s.Member.GetItemAsync(url);
        var version = plan.GetProperty("version").GetInt32();

        using (var year = await s.Member.PutJsonAsync(url, new { summary = "Ny inriktning.", year = 2031, version }))
            await year.ShouldBeValidationProblemAsync("year");
        using (var identity = await s.Member.PutJsonAsync(url, new { summary = $"Patient {Demo.TestIdentityNumber}", version }))
            await identity.ShouldBeValidationProblemAsync("summary");
        using (var changed = await s.Member.PutJsonAsync(url, new { summary = "Ny inriktning.", version }))
            (await changed.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("summary").GetString().ShouldBe("Ny inriktning.");
        using (var stale = await s.Member.PutJsonAsync(url, new { summary = "Gammal.", version }))
            await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        version = (await s.Member.GetItemAsync(url)).GetProperty("version").GetInt32();
        using (var full = await s.Member.DeleteWithVersionAsync(url, version))
            (await full.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("Ta bort dem först");
        using (var activity = await s.Member.DeleteWithVersionAsync($"/api/v1/activities/{s.ActivityId}", s.Activity.GetProperty("version").GetInt32()))
            activity.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using (var empty = await s.Member.DeleteWithVersionAsync(url, version))
            empty.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var gone = await s.Member.GetAsync(url);
        await gone.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class ActivityChangeApiOnSqlite(SqliteFactory factory) : ActivityChangeApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class ActivityChangeApiOnPostgres(PostgresFactory factory) : ActivityChangeApiTests(factory);
