using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Samsyn.IntegrationTests.Features.Strategy;

/// <summary>The /strategi pages render the demo plan and refuse an activity without a goal area with a message on the form.</summary>
public abstract partial class StrategyPageTests(SamsynFactory factory)
{
    [GeneratedRegex("""name="__RequestVerificationToken"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="__RequestVerificationToken" """)]
    private static partial Regex AntiforgeryField();

    private static string Token(string html)
    {
        var match = AntiforgeryField().Match(html);
        match.Success.ShouldBeTrue("the form carries an antiforgery token");
        return match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
    }

    private async Task<HttpClient> PagesAsAsync(string email)
    {
        var client = factory.Anonymous();
        using var form = await client.GetAsync("/logga-in");
        using var login = await client.PostAsync("/logga-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = SamsynFactory.DemoPassword, ["ReturnUrl"] = "/",
            ["__RequestVerificationToken"] = Token(await form.Content.ReadAsStringAsync()),
        }));
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{url}: {html[..Math.Min(html.Length, 2000)]}");
        return html;
    }

    [Fact]
    public async Task The_pages_show_the_plan_its_rollup_and_gaps_and_the_activity_plans()
    {
        using var admin = await PagesAsAsync(Demo.Admin);
        var planId = await factory.InDatabaseAsync(db => db.StrategicPlans.Where(p => p.StartYear == 2018).Select(p => p.Id).FirstAsync());
        var activityPlanId = await factory.InDatabaseAsync(db => db.ActivityPlans.Where(p => p.StrategicPlanId == planId).Select(p => p.Id).FirstAsync());
        var activityId = await factory.InDatabaseAsync(db => db.Activities.Where(a => a.ActivityPlanId == activityPlanId).Select(a => a.Id).FirstAsync());

        (await PageAsync(admin, "/strategi")).ShouldContain("Vårdssamverkan Skaraborg 2018 - 2020");
        var plan = await PageAsync(admin, $"/strategi/planer/{planId}?year=2019");
        plan.ShouldContain("Personal- och kompetensförsörjning");
        plan.ShouldContain("Målområden utan aktivitet");
        plan.ShouldContain("Per målgrupp");
        plan.ShouldContain("Status över tid");
        plan.ShouldContain("Ej uppföljd");
        (await PageAsync(admin, $"/strategi/verksamhetsplaner/{activityPlanId}")).ShouldContain("Mobilt vårdteam i hemmet");
        (await PageAsync(admin, $"/strategi/planer/{planId}/verksamhetsplaner/ny")).ShouldContain("Samverkansgrupp Barn och unga");
        (await PageAsync(admin, $"/strategi/aktiviteter/{activityId}/uppfoljning")).ShouldContain("halvår 2");
        var report = await PageAsync(admin, $"/strategi/planer/{planId}/rapport?year=2019");
        report.ShouldContain("Uppföljning 2019");
        report.ShouldContain("Digitala vårdmöten vid utskrivning");
        report.ShouldContain("Målområden utan aktivitet: Personal- och kompetensförsörjning.");
        using (var anonymous = factory.Anonymous())
        using (var challenged = await anonymous.GetAsync($"/strategi/planer/{planId}/rapport?year=2019"))
            challenged.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the report is for signed-in users or the server's own Chromium with a token");

        var form = await PageAsync(admin, $"/strategi/verksamhetsplaner/{activityPlanId}/aktiviteter/ny");
        var before = await factory.InDatabaseAsync(db => db.Activities.CountAsync(a => a.ActivityPlanId == activityPlanId));
        using var refused = await admin.PostAsync($"/strategi/verksamhetsplaner/{activityPlanId}/aktiviteter/ny", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Title"] = "Utan målområde", ["__RequestVerificationToken"] = Token(form),
        }));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("error-summary");
        html.ShouldContain("minst ett målområde");
        (await factory.InDatabaseAsync(db => db.Activities.CountAsync(a => a.ActivityPlanId == activityPlanId))).ShouldBe(before);
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class StrategyPagesOnSqlite(SqliteFactory factory) : StrategyPageTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class StrategyPagesOnPostgres(PostgresFactory factory) : StrategyPageTests(factory);
