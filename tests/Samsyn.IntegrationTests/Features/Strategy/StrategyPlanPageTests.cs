using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samsyn.IntegrationTests.Features.Notifications;

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

    [Fact]
    public async Task A_member_edits_an_activity_and_a_follow_up_and_deletes_them_on_the_pages()
    {
        var scene = await StrategyScene.CreateAsync(factory);
        using var api = await factory.SignedInAsync(scene.Member.Email);
        var planId = await scene.NewActivityPlanAsync(api);
        var activity = await scene.NewActivityAsync(api, planId, StrategyScene.Activity([scene.GoalAreaIds[0]]));
        var id = activity.GetProperty("id").GetInt32();
        var indicatorId = activity.GetProperty("indicators")[0].GetProperty("id").GetInt32();
        using (var created = await api.PostJsonAsync($"/api/v1/activities/{id}/follow-ups", new { year = 2030, period = 1, status = "onTrack", values = new[] { new { indicatorId, value = 50m } } }))
            created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var followUpId = await factory.InDatabaseAsync(db => db.ActivityFollowUps.Where(f => f.ActivityId == id).Select(f => f.Id).SingleAsync());
        using var member = await PagesAsAsync(scene.Member.Email);
        string S(int n) => n.ToString(CultureInfo.InvariantCulture);

        var form = await PageAsync(member, $"/strategi/aktiviteter/{id}/andra");
        form.ShouldContain("1 uppföljning");
        var fields = new Dictionary<string, string>
        {
            ["Input.Version"] = S(activity.GetProperty("version").GetInt32()), ["Input.Indicators[0].Id"] = S(indicatorId), ["Input.Title"] = "Ändrad på sidan",
            ["Input.Indicators[0].Name"] = "Andel", ["Input.Indicators[0].Unit"] = "%", ["Input.Indicators[0].Baseline"] = "40", ["Input.Indicators[0].Target"] = "85",
        };
        form.ShouldContain("name=\"Input.Indicators[1].Name\"", customMessage: "an empty row for one more indicator");
        using (var more = await PostFormAsync(member, $"/strategi/aktiviteter/{id}/andra?handler=MoreIndicators", form, new(fields) { ["Input.Indicators[1].Name"] = "Antal utbildade" }))
        {
            var html = await more.Content.ReadAsStringAsync();
            html.ShouldContain("name=\"Input.Indicators[2].Name\"", customMessage: "asking for one more row gives one more, and saves nothing");
            html.ShouldContain("value=\"Antal utbildade\"");
        }
        (await api.GetItemAsync($"/api/v1/activities/{id}")).GetProperty("indicators").GetArrayLength().ShouldBe(1);
        using (var refused = await PostFormAsync(member, $"/strategi/aktiviteter/{id}/andra", form, new(fields) { ["Input.Indicators[0].Unit"] = "st" }))
        {
            var html = await refused.Content.ReadAsStringAsync();
            html.ShouldContain("minst ett målområde");
            html.ShouldContain("enheten kan inte ändras");
        }
        (await api.GetItemAsync($"/api/v1/activities/{id}")).GetProperty("title").GetString().ShouldBe(activity.GetProperty("title").GetString());
        using (var saved = await PostFormAsync(member, $"/strategi/aktiviteter/{id}/andra", form, new(fields)
               {
                   ["Input.GoalAreaIds"] = S(scene.GoalAreaIds[2]),
                   ["Input.Indicators[1].Name"] = "Antal utbildade", ["Input.Indicators[1].Unit"] = "st", ["Input.Indicators[1].Baseline"] = "0", ["Input.Indicators[1].Target"] = "40",
               }))
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var changed = await api.GetItemAsync($"/api/v1/activities/{id}");
        changed.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ShouldBe(["Andel", "Antal utbildade"], "the page keeps the first indicator and adds the second");
        changed.GetProperty("title").GetString().ShouldBe("Ändrad på sidan");
        changed.GetProperty("goalAreas").EnumerateArray().Single().GetProperty("name").GetString().ShouldBe("Kompetens");

        var followUpForm = await PageAsync(member, $"/strategi/aktiviteter/{id}/uppfoljning?followUpId={followUpId}");
        followUpForm.ShouldContain("Ändra uppföljning");
        var followUpVersion = await factory.InDatabaseAsync(db => db.ActivityFollowUps.Where(f => f.Id == followUpId).Select(f => f.Version).SingleAsync());
        using (var saved = await PostFormAsync(member, $"/strategi/aktiviteter/{id}/uppfoljning?followUpId={followUpId}", followUpForm, new()
               { ["Input.Version"] = S(followUpVersion), ["Input.Period"] = "1", ["Input.Status"] = "Done", ["Input.Values[0]"] = "85", ["Input.Comment"] = "Klart." }))
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await api.GetItemAsync($"/api/v1/activities/{id}/follow-ups")).EnumerateArray().Single().GetProperty("status").GetString().ShouldBe("done");
        using (var stale = await PostFormAsync(member, $"/strategi/aktiviteter/{id}/uppfoljning?handler=Delete&followUpId={followUpId}", followUpForm, new() { ["Input.Version"] = S(followUpVersion) }))
            (await stale.Content.ReadAsStringAsync()).ShouldContain("Någon annan har ändrat");
        using (var deleted = await PostFormAsync(member, $"/strategi/aktiviteter/{id}/uppfoljning?handler=Delete&followUpId={followUpId}", followUpForm, new() { ["Input.Version"] = S(followUpVersion + 1) }))
            deleted.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        form = await PageAsync(member, $"/strategi/aktiviteter/{id}/andra");
        using (var deleted = await PostFormAsync(member, $"/strategi/aktiviteter/{id}/andra?handler=Delete", form, new() { ["Input.Version"] = S(changed.GetProperty("version").GetInt32()) }))
            deleted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.InDatabaseAsync(db => db.Activities.CountAsync(a => a.Id == id))).ShouldBe(0);
        (await PageAsync(member, $"/strategi/verksamhetsplaner/{planId}/andra")).ShouldContain("Ta bort verksamhetsplanen");
    }

    [Fact]
    public async Task The_convener_writes_the_report_summary_on_the_report_page_and_stores_the_report_in_the_document_register()
    {
        var scene = await StrategyScene.CreateAsync(factory);
        using var admin = await PagesAsAsync(Demo.Admin);
        var url = $"/strategi/planer/{scene.PlanId}/rapport?kind=period";

        var page = await PageAsync(admin, url);
        page.ShouldContain("Uppföljning 2030–2032");
        page.ShouldContain("Status över tid");
        page.ShouldContain("2031 halvår 2");
        page.ShouldContain("Skriv sammanfattningen");

        using (var refused = await PostFormAsync(admin, $"/strategi/planer/{scene.PlanId}/rapport?handler=Summary&kind=period", page,
                   new() { ["Input.Summary"] = $"Patient {Demo.TestIdentityNumber}", ["Input.Version"] = "0" }))
            (await refused.Content.ReadAsStringAsync()).ShouldContain("error-summary");
        using (var saved = await PostFormAsync(admin, $"/strategi/planer/{scene.PlanId}/rapport?handler=Summary&kind=period", page,
                   new() { ["Input.Summary"] = "Perioden i korthet.\n\nAndra stycket.", ["Input.Version"] = "0" }))
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using (var stale = await PostFormAsync(admin, $"/strategi/planer/{scene.PlanId}/rapport?handler=Summary&kind=period", page,
                   new() { ["Input.Summary"] = "Gammal text.", ["Input.Version"] = "0" }))
            (await stale.Content.ReadAsStringAsync()).ShouldContain("Någon annan har ändrat");
        page = await PageAsync(admin, url);
        page.ShouldContain("Perioden i korthet.");
        page.ShouldNotContain("Gammal text.");

        using (var store = await PostFormAsync(admin, $"/strategi/planer/{scene.PlanId}/rapport?handler=Store&kind=period", page, []))
        {
            store.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            var document = store.Headers.Location!.ToString();
            document.ShouldStartWith("/dokument/");
            var html = await PageAsync(admin, document);
            html.ShouldContain("Uppföljningsrapport");
            html.ShouldContain("Uppföljning 2030–2032");
        }
        (await PageAsync(admin, url)).ShouldContain("Öppna dokumentet");

        using var member = await PagesAsAsync(scene.Member.Email);
        var memberPage = await PageAsync(member, $"/strategi/planer/{scene.PlanId}/rapport?year=2030");
        memberPage.ShouldNotContain("Skriv sammanfattningen");
        memberPage = await PageAsync(member, $"/strategi/planer/{scene.PlanId}/verksamhetsplaner/ny"); // a form, for the member's antiforgery token
        using (var forbidden = await PostFormAsync(member, $"/strategi/planer/{scene.PlanId}/rapport?handler=Summary&kind=period", memberPage,
                   new() { ["Input.Summary"] = "Ledamotens text.", ["Input.Version"] = "1" }))
            forbidden.Headers.Location.ShouldNotBeNull().AbsolutePath.ShouldBe("/ingen-behorighet");
        using (var forbiddenStore = await PostFormAsync(member, $"/strategi/planer/{scene.PlanId}/rapport?handler=Store&kind=period", memberPage, []))
            forbiddenStore.Headers.Location.ShouldNotBeNull().AbsolutePath.ShouldBe("/ingen-behorighet");
        (await PageAsync(admin, url)).ShouldNotContain("Ledamotens text.");
        using var outsider = await PagesAsAsync((await factory.NewPersonWithAccountAsync()).Email);
        using (var edit = await outsider.GetAsync($"/strategi/aktiviteter/{await factory.InDatabaseAsync(db => db.Activities.Select(a => a.Id).FirstAsync())}/andra"))
            edit.Headers.Location.ShouldNotBeNull().AbsolutePath.ShouldBe("/ingen-behorighet");
    }
}
