using Microsoft.EntityFrameworkCore;

namespace Samsyn.BrowserTests.Features.Cases;

/// <summary>
/// WCAG 2.1 AA as axe-core judges it on the case pages the main path does not pass through, on the demo's
/// cases: a decided one, an overdue one, the forms to decide, close, return and report back, the management
/// group's inbox (outgoing only), and the list and a case as a member who may only read and raise.
/// </summary>
public sealed class CaseAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Decided = "{beslutat}";
    private const string Overdue = "{forsenat}";
    private const string Raised = "{vackt}";
    private const string AidsHandover = "{hjalpmedel}";
    private const string Management = "{ledningsgrupp}";

    [Theory]
    [InlineData(DemoAccounts.ProcessLeader, "/arenden/" + Decided)]
    [InlineData(DemoAccounts.ProcessLeader, "/arenden/" + Overdue)]
    [InlineData(DemoAccounts.ProcessLeader, "/arenden/" + Raised + "/beslut")]
    [InlineData(DemoAccounts.ProcessLeader, "/arenden/" + Raised + "/avsluta")]
    [InlineData(DemoAccounts.ProcessLeader, "/overlamningar/" + AidsHandover + "/aterrapport")]
    [InlineData(DemoAccounts.ProcessLeader, "/overlamningar/" + AidsHandover + "/lamna-tillbaka")]
    [InlineData(DemoAccounts.ProcessLeader, "/grupper/" + Management + "/inkorg")]
    [InlineData(DemoAccounts.ProcessLeader, "/arenden?forsenade=true")]
    [InlineData(DemoAccounts.Member, "/arenden")]
    [InlineData(DemoAccounts.Member, "/arenden/" + Overdue)]
    [InlineData(DemoAccounts.Member, "/arenden/nytt")]
    public async Task Case_page_has_no_axe_violations(string user, string path)
    {
        await SignedInAsAsync(user);
        var response = await Page.GotoAsync(await ResolveAsync(path));

        response.ShouldNotBeNull();
        response.Status.ShouldBe(200, $"GET {path} answered {response.Status}");
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "sv");
        await Page.ShouldHaveNoViolationsAsync();
    }

    [Fact]
    public async Task Member_reads_a_case_but_is_offered_no_step_and_is_refused_the_convener_s_forms()
    {
        await SignedInAsAsync(DemoAccounts.Member);
        var overdue = await CaseIdAsync("Nåbarhet till kommunens sjuksköterska kvällar och helger");
        var casePage = new CasePage(Page, overdue);
        await casePage.GotoAsync();
        await Assertions.Expect(casePage.Handover("Närområdesgrupp Stenungsund")).ToContainTextAsync("Försenad");
        await Assertions.Expect(casePage.HandOverLink).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Återrapportera") })).ToHaveCountAsync(0);

        var handOver = await Page.GotoAsync($"/arenden/{overdue}/overlamna");
        handOver.ShouldNotBeNull();
        handOver.Status.ShouldBe(403);
    }

    private Task<int> CaseIdAsync(string title) => Server.QueryAsync(db => db.Cases.Where(c => c.Title == title).Select(c => c.Id).SingleAsync());

    private async Task<string> ResolveAsync(string path)
    {
        if (path.Contains(Decided, StringComparison.Ordinal)) path = path.Replace(Decided, $"{await CaseIdAsync("Sena inskrivningsmeddelanden under helger")}", StringComparison.Ordinal);
        if (path.Contains(Overdue, StringComparison.Ordinal)) path = path.Replace(Overdue, $"{await CaseIdAsync("Nåbarhet till kommunens sjuksköterska kvällar och helger")}", StringComparison.Ordinal);
        if (path.Contains(Raised, StringComparison.Ordinal)) path = path.Replace(Raised, $"{await CaseIdAsync("Informationsöverföring inför korttidsvistelse")}", StringComparison.Ordinal);
        if (path.Contains(AidsHandover, StringComparison.Ordinal))
        {
            var aids = await CaseIdAsync("Hjälpmedel på plats vid hemgång");
            path = path.Replace(AidsHandover, $"{await Server.QueryAsync(db => db.Handovers.Where(h => h.CaseId == aids).Select(h => h.Id).SingleAsync())}", StringComparison.Ordinal);
        }
        return path.Replace(Management, $"{await Server.GroupIdAsync("Ledningsgrupp i samverkan")}", StringComparison.Ordinal);
    }
}
