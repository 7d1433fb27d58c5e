namespace Samsyn.BrowserTests.Features.Accessibility;

/// <summary>
/// WCAG 2.1 AA as axe-core can judge it, page by page, signed in as the people who use each page;
/// details pages also as administrator, who sees the retire controls.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string ManagementGroup = "{Ledningsgrupp i samverkan}";
    private const string Simba = "{SIMBA}";

    [Fact]
    public async Task Login_page_has_no_axe_violations()
    {
        var login = new LoginPage(Page);
        await login.GotoAsync();
        await ShouldBeSwedishTitledAndAccessibleAsync();
    }

    [Theory]
    [InlineData(DemoAccounts.ProcessLeader, "/")]
    [InlineData(DemoAccounts.ProcessLeader, "/grupper")]
    [InlineData(DemoAccounts.ProcessLeader, "/grupper/" + ManagementGroup)]
    [InlineData(DemoAccounts.ProcessLeader, "/omraden")]
    [InlineData(DemoAccounts.ProcessLeader, "/omraden/" + Simba)]
    [InlineData(DemoAccounts.Administrator, "/grupper/" + ManagementGroup)]
    [InlineData(DemoAccounts.Administrator, "/omraden/" + Simba)]
    [InlineData(DemoAccounts.Administrator, "/andringslogg")]
    [InlineData(DemoAccounts.ProcessLeader, "/organisationer")]
    [InlineData(DemoAccounts.ProcessLeader, "/personer")]
    [InlineData(DemoAccounts.ProcessLeader, "/huvudman")]
    public async Task Page_has_no_axe_violations(string user, string path)
    {
        await SignedInAsAsync(user);
        var response = await Page.GotoAsync(await ResolveAsync(path));

        response.ShouldNotBeNull();
        response.Status.ShouldBe(200, $"GET {path} answered {response.Status}; the page must exist before it can be checked.");
        await ShouldBeSwedishTitledAndAccessibleAsync();
    }

    [Fact]
    public async Task Add_member_form_showing_errors_has_no_axe_violations()
    {
        await SignedInAsAsync(DemoAccounts.ProcessLeader);
        var form = new AddMemberPage(Page, await Server.GroupIdAsync("Ledningsgrupp i samverkan"));
        await form.GotoAsync();
        await form.SaveExpectingErrorsAsync();

        await ShouldBeSwedishTitledAndAccessibleAsync();
    }

    [Fact]
    public async Task Pages_are_checked_with_the_stylesheet_applied()
    {
        // Colour contrast is only judged correctly if samsyn.css really reaches the browser.
        var stylesheet = await Page.APIRequest.GetAsync($"{Server.BaseAddress}css/samsyn.css");
        stylesheet.Status.ShouldBe(200);
        (await stylesheet.TextAsync()).ShouldContain(".skip-link");

        var login = new LoginPage(Page);
        await login.GotoAsync();
        (await login.SkipLink.EvaluateAsync<string>("e => getComputedStyle(e).position")).ShouldBe("absolute");
    }

    [Fact]
    public async Task Axe_check_reports_a_violation_with_its_rule_and_selector()
    {
        // Guards the guard: a check that cannot fail would let every page above pass.
        await Page.SetContentAsync("<!DOCTYPE html><html lang=\"sv\"><head><title>Prov</title></head><body><main><img id=\"utan-text\" src=\"data:,\"></main></body></html>");

        var report = "";
        try { await Page.ShouldHaveNoViolationsAsync(); }
        catch (ShouldAssertException e) { report = e.Message; }

        report.ShouldContain("image-alt (critical)");
        report.ShouldContain("#utan-text");
    }

    private async Task ShouldBeSwedishTitledAndAccessibleAsync()
    {
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "sv");
        (await Page.TitleAsync()).Trim().ShouldNotBeEmpty();
        await Page.ShouldHaveNoViolationsAsync();
    }

    private async Task<string> ResolveAsync(string path) => path
        .Replace(ManagementGroup, $"{await Server.GroupIdAsync("Ledningsgrupp i samverkan")}", StringComparison.Ordinal)
        .Replace(Simba, $"{await Server.AreaIdAsync("SIMBA")}", StringComparison.Ordinal);
}
