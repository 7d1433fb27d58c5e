namespace Samsyn.BrowserTests.Pages;

/// <summary>"Nytt meddelande till alla" at /meddelanden/nytt.</summary>
public sealed class ComposeBulletinPage(IPage page) : BasePage(page)
{
    public override string Path => "/meddelanden/nytt";

    public ILocator Title => Main.GetByLabel("Rubrik", new() { Exact = true });
    public ILocator ToArea => Main.GetByLabel("Alla vård- och insatsgivare i ett område", new() { Exact = true });
    public ILocator Area => Main.GetByLabel("Område", new() { Exact = true });
    public ILocator ToOrganisations => Main.GetByLabel("Valda organisationer", new() { Exact = true });
    public ILocator Body => Main.GetByLabel("Meddelandets text", new() { Exact = true });
    public ILocator FirstLinkText => Main.GetByLabel("Länktext 1", new() { Exact = true });
    public ILocator FirstLinkAddress => Main.GetByLabel("Adress 1", new() { Exact = true });
    public ILocator ValidUntil => Main.GetByLabel("Gäller till och med", new() { Exact = true });
    public ILocator SendButton => Main.GetByRole(AriaRole.Button, new() { Name = "Skicka meddelandet", Exact = true });
    public ILocator ErrorSummary => Main.Locator("[data-error-summary]");
    public ILocator CleanedNotice => Main.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Otillåten formatering togs bort" });

    /// <summary>Sends to every provider of the area and returns the bulletin page the browser lands on.</summary>
    public async Task<BulletinPage> SendAsync()
    {
        await SendButton.ClickAsync();
        var bulletin = new BulletinPage(Page);
        await Assertions.Expect(bulletin.AcknowledgementsHeading).ToBeVisibleAsync();
        return bulletin;
    }
}
