namespace Samsyn.BrowserTests.Pages;

/// <summary>/lagesbild: the latest report of every organisation, refreshing itself.</summary>
public sealed class StatusBoardPage(IPage page, int areaId) : BasePage(page)
{
    public override string Path => $"/lagesbild?areaId={areaId}";

    /// <summary>The board's card of an organisation.</summary>
    public ILocator Card(string organisation) =>
        Main.Locator("ul.status-board > li").Filter(new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = organisation, Exact = true }) });

    public ILocator Level(string organisation) => Card(organisation).Locator(".status-tag");

    public ILocator RefreshStatus => Page.Locator("[data-refresh-status]");
}

/// <summary>/lagesbild/rapportera: the report form for the person's own organisation.</summary>
public sealed class StatusReportPage(IPage page) : BasePage(page)
{
    public override string Path => "/lagesbild/rapportera";

    public ILocator Level(string label) => Main.GetByRole(AriaRole.Radio, new() { Name = label });

    public ILocator Figure(string label) => Main.GetByLabel(label);

    public ILocator NeedsHelp => Main.GetByRole(AriaRole.Checkbox, new() { Name = "Vi behöver stöd från de andra parterna" });

    public ILocator HelpWith => Main.GetByLabel("Vad behöver ni stöd med?");

    public ILocator Comment => Main.GetByLabel("Kommentar");

    public ILocator ErrorSummary => Page.Locator("[data-error-summary]");

    public Task SubmitAsync() => Main.GetByRole(AriaRole.Button, new() { Name = "Rapportera" }).ClickAsync();
}
