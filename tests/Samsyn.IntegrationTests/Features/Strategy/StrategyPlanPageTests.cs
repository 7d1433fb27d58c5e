using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Samsyn.IntegrationTests.Features.Strategy;

/// <summary>The plan's own pages: a draft is created, its content and goal areas edited; stale and bad input is refused with nothing changed.</summary>
public abstract partial class StrategyPageTests
{
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string formHtml, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = Token(formHtml);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task A_draft_is_created_and_its_goal_areas_added_moved_and_removed_on_the_pages()
    {
        using var admin = await PagesAsAsync(Demo.Admin);
        using var api = await factory.SignedInAsync(Demo.Admin);
        var steering = (await api.CreateGroupAsync(level: "steering")).GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture);
        var title = Unique.Name("Sidplan");

        var form = await PageAsync(admin, "/strategi/planer/ny");
        form.ShouldContain("Prioriterade målområden");
        var fields = new Dictionary<string, string>
        {
            ["Input.SteeringGroupId"] = steering, ["Input.Title"] = title, ["Input.StartYear"] = "2030", ["Input.EndYear"] = "2032",
            ["Input.ReportingPeriod"] = "Quarterly", ["Input.Purpose"] = "Effektiv samverkan.", ["Input.OverallGoal"] = "Vård som en helhet.",
            ["Input.GuidingPrinciples"] = "Samsyn\nRätt nivå", ["Input.TargetGroups"] = "Barn och unga\n\nÄldre", ["Input.DeclarationOfIntent"] = "förbinder sig att samarbeta.",
            ["Input.GoalAreas[0].Title"] = "Nära vård", ["Input.GoalAreas[1].Title"] = "Kompetens", ["Input.GoalAreas[2].Title"] = "",
        };
        using (var refused = await PostFormAsync(admin, "/strategi/planer/ny", form, new(fields) { ["Input.EndYear"] = "2020", ["Input.GoalAreas[1].Title"] = "", ["Input.GoalAreas[1].Description"] = "Utan rubrik" }))
        {
            var html = await refused.Content.ReadAsStringAsync();
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
            html.ShouldContain("error-summary");
            html.ShouldContain("href=\"#Input_EndYear\"");
            html.ShouldContain("href=\"#Input_GoalAreas_1__Title\"");
        }
        (await factory.InDatabaseAsync(db => db.StrategicPlans.CountAsync(p => p.Title == title))).ShouldBe(0);

        using (var created = await PostFormAsync(admin, "/strategi/planer/ny", form, fields))
            created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = await factory.InDatabaseAsync(db => db.StrategicPlans.Where(p => p.Title == title).Select(p => p.Id).SingleAsync());
        var plan = await api.GetItemAsync($"/api/v1/strategic-plans/{id}");
        plan.GetProperty("reportingPeriod").GetString().ShouldBe("quarterly");
        plan.GetProperty("targetGroups").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ShouldBe(["Barn och unga", "Äldre"]);
        var goals = plan.GetProperty("goalAreas").EnumerateArray().ToArray();
        goals.Select(g => g.GetProperty("title").GetString()).ShouldBe(["Nära vård", "Kompetens"]);
        (await PageAsync(admin, $"/strategi/planer/{id}")).ShouldContain($"/strategi/planer/{id}/andra");

        var edit = await PageAsync(admin, $"/strategi/planer/{id}/andra");
        var version = plan.GetProperty("version").GetInt32().ToString(CultureInfo.InvariantCulture);
        var editFields = new Dictionary<string, string>(fields)
        {
            ["Input.Version"] = version, ["Input.Title"] = title + " (rev)",
            ["Input.GoalAreas[0].Id"] = goals[0].GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture), ["Input.GoalAreas[0].Title"] = "Nära vård", ["Input.GoalAreas[0].Order"] = "2",
            ["Input.GoalAreas[1].Id"] = goals[1].GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture), ["Input.GoalAreas[1].Title"] = "Kompetens", ["Input.GoalAreas[1].Remove"] = "true",
            ["Input.GoalAreas[2].Title"] = "Struktur", ["Input.GoalAreas[2].Order"] = "1",
        };
        editFields.Remove("Input.SteeringGroupId");
        using (var saved = await PostFormAsync(admin, $"/strategi/planer/{id}/andra", edit, editFields))
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        plan = await api.GetItemAsync($"/api/v1/strategic-plans/{id}");
        plan.GetProperty("title").GetString().ShouldBe(title + " (rev)");
        plan.GetProperty("goalAreas").EnumerateArray().Select(g => $"{g.GetProperty("order").GetInt32()}:{g.GetProperty("title").GetString()}").ShouldBe(["1:Struktur", "2:Nära vård"]);
        plan.GetProperty("goalAreas")[1].GetProperty("id").GetInt32().ShouldBe(goals[0].GetProperty("id").GetInt32());

        using (var stale = await PostFormAsync(admin, $"/strategi/planer/{id}/andra", edit, new(editFields) { ["Input.Title"] = "Gammal ändring" }))
        {
            stale.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await stale.Content.ReadAsStringAsync()).ShouldContain("Någon annan har ändrat");
        }
        (await api.GetItemAsync($"/api/v1/strategic-plans/{id}")).GetProperty("title").GetString().ShouldBe(title + " (rev)");
    }

    [Fact]
    public async Task An_adopted_plan_has_no_edit_form_and_a_member_may_not_create_a_plan()
    {
        using var admin = await PagesAsAsync(Demo.Admin);
        var adopted = await factory.InDatabaseAsync(db => db.StrategicPlans.Where(p => p.StartYear == 2018).Select(p => p.Id).FirstAsync());
        using (var redirected = await admin.GetAsync($"/strategi/planer/{adopted}/andra"))
            redirected.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var member = await PagesAsAsync(Demo.Member);
        using (var forbidden = await member.GetAsync("/strategi/planer/ny"))
            forbidden.Headers.Location.ShouldNotBeNull().AbsolutePath.ShouldBe("/ingen-behorighet");
        using (var forbiddenEdit = await member.GetAsync($"/strategi/planer/{adopted}/andra"))
            forbiddenEdit.Headers.Location.ShouldNotBeNull().AbsolutePath.ShouldBe("/ingen-behorighet");
        (await PageAsync(member, "/strategi")).ShouldNotContain("/strategi/planer/ny");
    }
}
