namespace Samsyn.BrowserTests.Features.Strategy;

/// <summary>
/// Strategy in the browser: the administrator opens the Skaraborg plan, writes an activity plan for
/// Samverkansgrupp Barn och unga with activities under two goal areas, follows one up and downloads the
/// follow-up report as PDF; axe checks every page on the way.
/// </summary>
public sealed class StrategyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Administrator_adds_an_activity_plan_records_a_follow_up_and_downloads_the_report_pdf()
    {
        await SignedInAsAsync(DemoAccounts.Administrator);
        await Page.GotoAsync("/strategi");
        await Page.ShouldHaveNoViolationsAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Strategisk plan med prioriterade målområden för Vårdssamverkan Skaraborg 2018 - 2020" }).ClickAsync();
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("Personal- och kompetensförsörjning");
        await Page.ShouldHaveNoViolationsAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Ny verksamhetsplan" }).ClickAsync();
        await Page.ShouldHaveNoViolationsAsync();
        await Page.GetByLabel("Grupp").SelectOptionAsync(new SelectOptionValue { Label = "Samverkansgrupp Barn och unga" });
        await Page.GetByLabel("År").SelectOptionAsync("2020");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Skapa verksamhetsplanen" }).ClickAsync();
        await Assertions.Expect(Page.Locator("h1")).ToContainTextAsync("Verksamhetsplan 2020: Samverkansgrupp Barn och unga");

        await AddActivityAsync("Tidiga insatser i elevhälsan", "Utveckla förutsättningar för vård på rätt vårdnivå", "Andel skolor med samverkansavtal", "%", "20", "80");
        await AddActivityAsync("Gemensam kompetensdag", "Personal- och kompetensförsörjning", "Deltagare", "st", "0", "200");
        await Page.ShouldHaveNoViolationsAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Följ upp Tidiga insatser i elevhälsan" }).ClickAsync();
        await Page.ShouldHaveNoViolationsAsync();
        await Page.GetByLabel("Period").SelectOptionAsync("1");
        await Page.GetByLabel("Status").SelectOptionAsync("OnTrack");
        await Page.GetByLabel("Andel skolor med samverkansavtal (%)").FillAsync("35");
        await Page.GetByLabel("Kommentar").FillAsync("Sex skolor har tecknat avtal.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara uppföljningen" }).ClickAsync();
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("Sex skolor har tecknat avtal.");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Strategisk plan med prioriterade målområden för Vårdssamverkan Skaraborg 2018 - 2020" }).ClickAsync();
        await Page.GetByLabel("År").SelectOptionAsync("2020");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Visa" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Uppföljningsrapport 2020 (utskrift och PDF)" }).ClickAsync();
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("Tidiga insatser i elevhälsan");
        await Page.ShouldHaveNoViolationsAsync();

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "Ladda ned PDF" }).EvaluateAsync("link => link.click()"), new() { Timeout = 60_000 });
        download.SuggestedFilename.ShouldBe("uppfoljning-2020.pdf");
        var text = PdfText.Of(await File.ReadAllBytesAsync(await download.PathAsync()));
        text.ShouldContain(PdfText.Squash("Gemensam kompetensdag"));
        text.ShouldContain(PdfText.Squash("Tidiga insatser i elevhälsan"));
    }

    private async Task AddActivityAsync(string title, string goalArea, string indicator, string unit, string baseline, string target)
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = "Lägg till aktivitet" }).ClickAsync();
        await Page.ShouldHaveNoViolationsAsync();
        await Page.GetByLabel("Aktivitet", new() { Exact = true }).FillAsync(title);
        await Page.GetByLabel(goalArea).CheckAsync();
        await Page.GetByLabel("Barn och unga").CheckAsync();
        await Page.GetByLabel("Indikator", new() { Exact = true }).FillAsync(indicator);
        await Page.GetByLabel("Enhet").FillAsync(unit);
        await Page.GetByLabel("Utgångsvärde").FillAsync(baseline);
        await Page.GetByLabel("Målvärde").FillAsync(target);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lägg till aktiviteten" }).ClickAsync();
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync(title);
    }
}
