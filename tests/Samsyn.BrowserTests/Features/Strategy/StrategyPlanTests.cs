namespace Samsyn.BrowserTests.Features.Strategy;

/// <summary>
/// The plan's life in the browser: the administrator drafts a plan for Skaraborg's steering group, moves a goal area,
/// proposes and adopts it and starts the yearly revision; then writes the summary of the Skaraborg period report and
/// stores it in the document register. Axe checks every new page on the way.
/// </summary>
public sealed class StrategyPlanTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Administrator_drafts_edits_proposes_adopts_and_revises_a_plan()
    {
        await SignedInAsAsync(DemoAccounts.Administrator);
        await Page.GotoAsync("/strategi");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Ny strategisk plan" }).ClickAsync();
        await Page.ShouldHaveNoViolationsAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara utkastet" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".error-summary")).ToBeVisibleAsync();
        await Page.ShouldHaveNoViolationsAsync();

        await Page.Locator("#Input_SteeringGroupId").SelectOptionAsync(new SelectOptionValue { Label = "Styrgrupp Vårdsamverkan Skaraborg" });
        await Page.Locator("#Input_Title").FillAsync("Strategisk plan för Vårdsamverkan Skaraborg 2031 - 2033");
        await Page.Locator("#Input_StartYear").FillAsync("2031");
        await Page.Locator("#Input_EndYear").FillAsync("2033");
        await Page.Locator("#Input_Purpose").FillAsync("En effektiv vårdsamverkan i frågor som berör alla parter.");
        await Page.Locator("#Input_OverallGoal").FillAsync("Vård och omsorg upplevs som en helhet utan gränser.");
        await Page.Locator("#Input_TargetGroups").FillAsync("Barn och unga\nÄldre med komplex sjukdomsbild");
        await Page.Locator("#Input_GoalAreas_0__Title").FillAsync("Nära vård");
        await Page.Locator("#Input_GoalAreas_1__Title").FillAsync("Kompetensförsörjning");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara utkastet" }).ClickAsync();
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Strategisk plan för Vårdsamverkan Skaraborg 2031 - 2033");
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("Utkast");
        await Page.ShouldHaveNoViolationsAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Ändra innehåll och målområden" }).ClickAsync();
        await Page.ShouldHaveNoViolationsAsync();
        await Page.Locator("#Input_GoalAreas_1__Order").FillAsync("1");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara utkastet" }).ClickAsync();
        var goalAreas = Page.Locator("h2:has-text('Prioriterade målområden') + ol > li");
        await Assertions.Expect(goalAreas.First).ToContainTextAsync("Kompetensförsörjning");
        await Assertions.Expect(goalAreas.Nth(1)).ToContainTextAsync("Nära vård");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Föreslå planen (styrgruppen)" }).ClickAsync();
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("Föreslagen av styrgruppen");
        await Page.ShouldHaveNoViolationsAsync();
        await Page.GetByLabel("Beslutsdatum").FillAsync("2030-10-02");
        await Page.GetByLabel("Beslutat av").FillAsync("Politisk samverkan Skaraborg");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Registrera att planen är fastställd" }).ClickAsync();
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("2030-10-02 av Politisk samverkan Skaraborg");
        await Page.ShouldHaveNoViolationsAsync();

        await Page.GetByLabel("Ändringsnotering").FillAsync("Årlig revidering: målområdet Nära vård förtydligas.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Revidera planen" }).ClickAsync();
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("Årlig revidering: målområdet Nära vård förtydligas.");
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("version 2");
    }

    [Fact]
    public async Task Administrator_writes_the_period_report_summary_and_stores_the_report_in_the_document_register()
    {
        await SignedInAsAsync(DemoAccounts.Administrator);
        await Page.GotoAsync("/strategi");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Strategisk plan med prioriterade målområden för Vårdssamverkan Skaraborg 2018 - 2020" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Uppföljning av hela perioden 2018–2020" }).ClickAsync();
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Uppföljning 2018–2020");
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("Status över tid");
        await Page.ShouldHaveNoViolationsAsync();

        await Page.GetByLabel("Sammanfattning till styrgruppen").FillAsync("Perioden gav ett mobilt vårdteam i alla kommuner.\n\nKompetensförsörjningen saknar aktivitet.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara sammanfattningen" }).ClickAsync();
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("Sammanfattningen är sparad.");
        await Assertions.Expect(Page.Locator("p.report-summary").First).ToHaveTextAsync("Perioden gav ett mobilt vårdteam i alla kommuner.");
        await Page.ShouldHaveNoViolationsAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara rapporten i dokumentregistret" }).ClickAsync(new() { Timeout = 90_000 });
        await Assertions.Expect(Page.Locator("h1")).ToContainTextAsync("Uppföljning 2018–2020", new() { Timeout = 90_000 });
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("Rapporten är sparad i dokumentregistret med PDF.");
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("Uppföljningsrapport");
        await Page.ShouldHaveNoViolationsAsync();
    }
}
