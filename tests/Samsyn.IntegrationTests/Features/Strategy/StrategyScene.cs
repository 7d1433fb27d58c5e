using Samsyn.IntegrationTests.Features.Notifications;

namespace Samsyn.IntegrationTests.Features.Strategy;

/// <summary>
/// A test's own adopted plan 2030–2032 (half-yearly follow-up) with its own steering group, and a
/// collaboration group of its own with one member, so that tests never share what they change.
/// </summary>
public sealed record StrategyScene(int PlanId, int[] GoalAreaIds, int[] TargetGroupIds, int GroupId, TestPerson Member)
{
    public static object PlanBody(int steeringGroupId, string? title = null) => new
    {
        steeringGroupId, title = title ?? Unique.Name("Testplan"), startYear = 2030, endYear = 2032,
        purpose = "Effektiv samverkan.", overallGoal = "Vård som en helhet.", reportingPeriod = "halfYearly",
        guidingPrinciples = new[] { "Samsyn", "Rätt nivå" }, targetGroups = new[] { "Barn och unga", "Äldre", "Psykisk ohälsa" },
        declarationOfIntent = new[] { "förbinder sig att samarbeta." },
        goalAreas = new[] { new { title = "Nära vård", description = (string?)"Digital teknik." }, new { title = "Struktur", description = (string?)null }, new { title = "Kompetens", description = (string?)null } },
    };

    public static async Task<JsonElement> CreateDraftAsync(HttpClient admin, string? title = null)
    {
        var steering = await admin.CreateGroupAsync(level: "steering");
        using var response = await admin.PostJsonAsync("/api/v1/strategic-plans", PlanBody(steering.GetProperty("id").GetInt32(), title));
        return await response.ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    public static async Task<JsonElement> AdvanceAsync(HttpClient admin, JsonElement plan, string action, object? body = null)
    {
        var id = plan.GetProperty("id").GetInt32();
        using var response = await admin.PostJsonAsync($"/api/v1/strategic-plans/{id}/{action}", body ?? new { version = plan.GetProperty("version").GetInt32() });
        return await response.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    public static async Task<StrategyScene> CreateAsync(SamsynFactory factory)
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var plan = await CreateDraftAsync(admin);
        plan = await AdvanceAsync(admin, plan, "propose");
        plan = await AdvanceAsync(admin, plan, "adopt", new { adoptedOn = "2029-11-20", version = plan.GetProperty("version").GetInt32() });
        var group = await admin.CreateGroupAsync();
        var groupId = group.GetProperty("id").GetInt32();
        var member = await factory.NewPersonWithAccountAsync();
        using (var add = await admin.PostJsonAsync($"/api/v1/groups/{groupId}/members", new { personId = member.PersonId, role = "member" }))
            add.StatusCode.ShouldBe(HttpStatusCode.Created, await add.Content.ReadAsStringAsync());
        return new StrategyScene(plan.GetProperty("id").GetInt32(),
            [.. plan.GetProperty("goalAreas").EnumerateArray().Select(g => g.GetProperty("id").GetInt32())],
            [.. plan.GetProperty("targetGroups").EnumerateArray().Select(g => g.GetProperty("id").GetInt32())], groupId, member);
    }

    public async Task<int> NewActivityPlanAsync(HttpClient client, int year = 2030)
    {
        using var response = await client.PostJsonAsync("/api/v1/activity-plans", new { strategicPlanId = PlanId, groupId = GroupId, year });
        return (await response.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }

    public static object Activity(int[] goalAreaIds, int[]? targetGroupIds = null, string unit = "%", decimal baseline = 40, decimal target = 80) => new
    {
        title = Unique.Name("Aktivitet"), goalAreaIds, targetGroupIds, expectedResult = "Bättre samverkan.",
        startDate = "2030-01-01", endDate = "2030-12-31",
        indicators = new[] { new { name = "Andel", unit, baseline, target } },
    };

    public async Task<JsonElement> NewActivityAsync(HttpClient client, int activityPlanId, object body)
    {
        using var response = await client.PostJsonAsync($"/api/v1/activity-plans/{activityPlanId}/activities", body);
        return await response.ShouldBeJsonAsync(HttpStatusCode.Created);
    }
}
