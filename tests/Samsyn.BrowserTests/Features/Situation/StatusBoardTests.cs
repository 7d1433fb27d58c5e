using System.Text.RegularExpressions;

namespace Samsyn.BrowserTests.Features.Situation;

/// <summary>
/// The situation picture's main path: with the board open in one tab, the member for Ale reports a
/// strained situation and asks for help from another; the board updates itself without a reload.
/// </summary>
public sealed partial class StatusBoardTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Ale = "Ale kommun – vård och omsorg";

    [Fact]
    public async Task Member_reports_a_strained_situation_and_the_open_board_shows_it_without_reloading()
    {
        var simba = await Server.AreaIdAsync("SIMBA");
        await SignedInAsAsync(DemoAccounts.Member);

        // The board, open in its own tab, as in a meeting room.
        var boardTab = await Page.Context.NewPageAsync();
        var board = new StatusBoardPage(boardTab, simba);
        await board.GotoAsync();
        await Assertions.Expect(board.Card("Kungälvs sjukhus")).ToContainTextAsync("Ansträngt");
        await Assertions.Expect(board.Card("Kungälvs sjukhus")).ToContainTextAsync("Stabsläge");
        await Assertions.Expect(board.Card("Stenungsunds kommun – vård och omsorg")).ToContainTextAsync("Behöver stöd:");
        await Assertions.Expect(board.Card("Tjörns kommun – vård och omsorg")).ToContainTextAsync("Inaktuell");
        await Assertions.Expect(board.Card(Ale)).Not.ToContainTextAsync("Behöver stöd:");
        await boardTab.ShouldHaveNoViolationsAsync();

        // The member reports from the board's link; a mistake is explained and nothing is saved.
        var report = new StatusReportPage(Page);
        await report.GotoAsync();
        await Assertions.Expect(report.Heading).ToContainTextAsync(Ale);
        await report.Level("Ansträngt").CheckAsync();
        await report.Figure("Lediga korttidsplatser").FillAsync("-1");
        await report.NeedsHelp.CheckAsync();
        await report.SubmitAsync();
        await Assertions.Expect(report.ErrorSummary).ToContainTextAsync("Lediga korttidsplatser kan inte vara negativt.");
        await Assertions.Expect(report.ErrorSummary).ToContainTextAsync("Skriv vad ni behöver hjälp med.");
        await Page.ShouldHaveNoViolationsAsync();

        await report.Figure("Lediga korttidsplatser").FillAsync("1");
        await report.Figure("Patienter som väntar på hemgång").FillAsync("4");
        await report.Comment.FillAsync("Många hemgångar inför helgen och två sjukskrivna sjuksköterskor.");
        await report.HelpWith.FillAsync("Besked från sjukhuset om planerade utskrivningar senast torsdag.");
        await report.SubmitAsync();
        await Assertions.Expect(report.SuccessMessage).ToHaveTextAsync($"Läget för {Ale} är rapporterat.");

        // The open board picks it up by itself.
        await Assertions.Expect(board.Level(Ale)).ToHaveTextAsync("Ansträngt", new() { Timeout = 15_000 });
        await Assertions.Expect(board.Card(Ale)).ToContainTextAsync("Besked från sjukhuset om planerade utskrivningar senast torsdag.");
        await Assertions.Expect(board.Card(Ale)).ToContainTextAsync("nyss");
        await Assertions.Expect(board.RefreshStatus).ToContainTextAsync("Uppdaterad");
        await Assertions.Expect(boardTab).ToHaveURLAsync(new Regex($"areaId={simba}$"));
        await boardTab.ShouldHaveNoViolationsAsync();

        // Her organisation's history now ends with the report, in the chart's table.
        await boardTab.GetByRole(AriaRole.Link, new() { Name = Ale, Exact = true }).ClickAsync();
        var latestRow = boardTab.Locator("main table tbody tr").First;
        await Assertions.Expect(latestRow).ToContainTextAsync("Ansträngt");
        await Assertions.Expect(latestRow).ToContainTextAsync("Besked från sjukhuset");
        await Assertions.Expect(boardTab.GetByRole(AriaRole.Img, new() { Name = "Läge" })).ToBeVisibleAsync();
        await boardTab.ShouldHaveNoViolationsAsync();

        // The area's history and the key figures pass the same checks.
        await boardTab.GotoAsync($"/lagesbild/historik?areaId={simba}");
        await Assertions.Expect(boardTab.GetByRole(AriaRole.Img, new() { NameRegex = OrganisationsPerLevel() })).ToBeVisibleAsync();
        await boardTab.ShouldHaveNoViolationsAsync();
        await boardTab.GotoAsync("/lagesbild/nyckeltal");
        await Assertions.Expect(boardTab.Locator("main")).ToContainTextAsync("Lediga korttidsplatser");
        await boardTab.ShouldHaveNoViolationsAsync();
    }

    [Fact]
    public async Task Reporting_fits_a_phone_screen_without_sideways_scrolling()
    {
        await SignedInAsAsync(DemoAccounts.Substitute);
        await Page.SetViewportSizeAsync(390, 844);
        var report = new StatusReportPage(Page);
        await report.GotoAsync();

        var overflow = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        overflow.ShouldBeLessThanOrEqualTo(0, "the report form must not scroll sideways on a phone");
        // The whole label is the target: a tap anywhere on the level's box chooses it.
        var label = await Page.Locator("label[for='Level_Severe']").BoundingBoxAsync();
        label.ShouldNotBeNull().Height.ShouldBeGreaterThanOrEqualTo(44, "a level is easy to tap");
        label.Width.ShouldBeGreaterThan(300);
        await Page.ShouldHaveNoViolationsAsync();
    }

    [GeneratedRegex("^Organisationer per läge")]
    private static partial Regex OrganisationsPerLevel();
}
