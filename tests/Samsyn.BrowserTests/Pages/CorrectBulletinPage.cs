namespace Samsyn.BrowserTests.Pages;

/// <summary>"Rätta meddelandet" at /meddelanden/{id}/andra: the sender corrects text, links, validity and files.</summary>
public sealed class CorrectBulletinPage(IPage page, int? id = null) : BasePage(page)
{
    public override string Path => $"/meddelanden/{id}/andra";

    public ILocator Title => Main.GetByLabel("Rubrik", new() { Exact = true });
    public ILocator Body => Main.GetByLabel("Meddelandets text", new() { Exact = true });
    public ILocator ValidUntil => Main.GetByLabel("Gäller till och med", new() { Exact = true });
    public ILocator SaveButton => Main.GetByRole(AriaRole.Button, new() { Name = "Spara rättelsen", Exact = true });
}
