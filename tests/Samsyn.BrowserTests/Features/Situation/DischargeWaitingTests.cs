namespace Samsyn.BrowserTests.Features.Situation;

/// <summary>
/// The discharge-waiting indicator (utskrivningsklara) in the browser: charts with their tables from the demo data, the
/// upload form and the single-month form, errors, rights, and WCAG 2.1 AA by axe on each state of the page.
/// Months the tests add lie in 2031 and later, far from the demo data.
/// </summary>
public sealed class DischargeWaitingTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Ale = "Ale kommun – vård och omsorg";
    private const string Stenungsund = "Stenungsunds kommun – vård och omsorg";
    private const string Tjorn = "Tjörns kommun – vård och omsorg";

    private async Task<DischargeWaitingPage> OpenAsync(string user, string area = "SIMBA")
    {
        await SignedInAsAsync(user);
        var page = new DischargeWaitingPage(Page, await Server.AreaIdAsync(area));
        await page.GotoAsync();
        return page;
    }

    [Fact]
    public async Task Administrator_sees_chart_and_table_imports_a_file_through_the_upload_form_and_sees_the_new_month()
    {
        var page = await OpenAsync(DemoAccounts.Administrator);

        await Assertions.Expect(page.Heading).ToContainTextAsync("Utskrivningsklara");
        await Assertions.Expect(page.LatestRow(Stenungsund)).ToContainTextAsync("Över gränsvärdet 3,0");
        await Assertions.Expect(page.LatestRow(Ale)).ToContainTextAsync("Under gränsvärdet 3,0");
        await Assertions.Expect(page.Chart(Stenungsund)).ToBeVisibleAsync();
        await Assertions.Expect(page.Chart(Stenungsund)).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("över gränsvärdet 3,0.*Samma siffror finns i tabellen"));
        await Assertions.Expect(page.MonthTable(Stenungsund).Locator("tbody tr")).ToHaveCountAsync(18);
        await Page.ShouldHaveNoViolationsAsync();

        await page.ImportAsync("kommun;månad;medeldagar;antal\nTjörns kommun – vård och omsorg;2031-02;2,1;13\nTjörns kommun;2031-03;2,7;14\n");

        await Assertions.Expect(page.SuccessMessage).ToHaveTextAsync("Filen är inläst: 2 nya månader, 0 ändrade och 0 oförändrade.");
        var march = page.MonthRow(Tjorn, "mars 2031");
        await Assertions.Expect(march).ToContainTextAsync("2,7");
        await Assertions.Expect(march).ToContainTextAsync("2,4", new() { Timeout = 1000 });
        await Assertions.Expect(march).ToContainTextAsync("2 av 3 månader");
        await Assertions.Expect(page.Chart(Tjorn)).ToBeVisibleAsync();
        await Page.ShouldHaveNoViolationsAsync();
    }

    [Fact]
    public async Task File_with_a_bad_row_is_refused_with_its_line_and_column_and_nothing_is_imported()
    {
        var page = await OpenAsync(DemoAccounts.Administrator);

        await page.ImportAsync("kommun;månad;medeldagar;antal\nAle kommun – vård och omsorg;2032-01;2,1;13\nAle kommun – vård och omsorg;2032-13;2,7;14\n");

        await Assertions.Expect(page.ErrorSummary).ToContainTextAsync("Rad 3, kolumn månad: månaden 13 finns inte");
        await Assertions.Expect(page.File).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.File).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("Ingenting har lästs in"));
        await Page.ShouldHaveNoViolationsAsync();
        await Page.GotoAsync(page.Path + "&fran=2032-01&till=2032-12");
        await Assertions.Expect(page.EmptyState).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Administrator_enters_a_month_with_a_decimal_comma_and_sees_it_in_the_table()
    {
        var page = await OpenAsync(DemoAccounts.Administrator);

        await page.EnterMonthAsync(Ale, "2033-04", "2,45", "31");

        await Assertions.Expect(page.SuccessMessage).ToHaveTextAsync($"Siffrorna för {Ale}, april 2033, är sparade.");
        var april = page.MonthRow(Ale, "april 2033");
        await Assertions.Expect(april).ToContainTextAsync("2,5");
        await Assertions.Expect(april).ToContainTextAsync("1 av 3 månader");
    }

    [Fact]
    public async Task Member_is_shown_a_month_that_already_exists_before_replacing_it_and_edits_a_month_from_the_table()
    {
        var page = await OpenAsync(DemoAccounts.Member);
        await page.EnterMonthAsync(Ale, "2034-06", "2,0", "20");
        await Assertions.Expect(page.SuccessMessage).ToContainTextAsync("juni 2034, är sparade");

        // Entered again without knowing it is there: the stored figures are shown, and a second save replaces them.
        await page.EnterMonthAsync(Ale, "2034-06", "3,0", "20");
        await Assertions.Expect(page.ErrorSummary).ToContainTextAsync("Kommunen har redan siffror för juni 2034: 2,0 dagar och 20 patienter");
        await page.SaveButton.ClickAsync();
        await Assertions.Expect(page.SuccessMessage).ToContainTextAsync("juni 2034, är sparade");
        await Assertions.Expect(page.MonthRow(Ale, "juni 2034")).ToContainTextAsync("3,0");

        // "Ändra" in the table fills the form with the stored month and its version.
        await page.MonthRow(Ale, "juni 2034").GetByRole(AriaRole.Link, new() { NameRegex = new("^Ändra") }).ClickAsync();
        await Assertions.Expect(page.AverageDays).ToHaveValueAsync("3,0");
        await Assertions.Expect(page.Month).ToHaveValueAsync("2034-06");
        await page.AverageDays.FillAsync("1,5");
        await page.SaveButton.ClickAsync();
        await Assertions.Expect(page.SuccessMessage).ToContainTextAsync("juni 2034, är sparade");
        await Assertions.Expect(page.MonthRow(Ale, "juni 2034")).ToContainTextAsync("1,5");
    }

    [Fact]
    public async Task Form_with_errors_ties_each_error_to_its_field_and_passes_axe()
    {
        var page = await OpenAsync(DemoAccounts.Administrator);

        await page.EnterMonthAsync(Ale, "", "två", "-3");

        await Assertions.Expect(page.ErrorSummary).ToBeVisibleAsync();
        foreach (var field in new[] { page.Month, page.AverageDays })
            await Assertions.Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.AverageDays).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("är inget tal"));
        await Page.ShouldHaveNoViolationsAsync();
    }

    [Fact]
    public async Task Member_may_enter_figures_only_for_their_own_municipality()
    {
        var page = await OpenAsync(DemoAccounts.Member);

        var options = await page.Municipality.Locator("option").AllInnerTextsAsync();
        options.ShouldBe(["Välj kommun", Ale]);
        await Assertions.Expect(page.MonthTable(Ale).GetByRole(AriaRole.Link, new() { NameRegex = new("^Ändra") }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.MonthTable(Stenungsund).GetByRole(AriaRole.Link, new() { NameRegex = new("^Ändra") })).ToHaveCountAsync(0);
        await Page.ShouldHaveNoViolationsAsync();
    }

    [Fact]
    public async Task Area_without_figures_shows_the_empty_state_and_passes_axe()
    {
        var page = await OpenAsync(DemoAccounts.ProcessLeader, "Skaraborg");

        await Assertions.Expect(page.EmptyState).ToBeVisibleAsync();
        await Assertions.Expect(page.File).ToHaveCountAsync(0, new() { Timeout = 1000 });
        await Page.ShouldHaveNoViolationsAsync();
    }

    [Fact]
    public async Task Threshold_page_passes_axe()
    {
        await SignedInAsAsync(DemoAccounts.Administrator);
        var response = await Page.GotoAsync($"/lagesbild/utskrivningsklara/gransvarde?areaId={await Server.AreaIdAsync("Skaraborg")}");

        response.ShouldNotBeNull().Status.ShouldBe(200);
        await Assertions.Expect(Page.GetByLabel("Gränsvärde i dagar")).ToHaveValueAsync("3,0");
        await Page.ShouldHaveNoViolationsAsync();
    }
}
