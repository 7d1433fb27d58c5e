namespace Samsyn.BrowserTests.Pages;

/// <summary>"Meddelanden till alla" at /meddelanden: current bulletins first, then the expired ones.</summary>
public sealed class BulletinsPage(IPage page) : BasePage(page)
{
    public override string Path => "/meddelanden";

    public ILocator NewBulletinLink => Main.GetByRole(AriaRole.Link, new() { Name = "Nytt meddelande", Exact = true });

    /// <summary>The row of the bulletin titled <paramref name="title"/>.</summary>
    public ILocator Row(string title) => Main.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }) });

    public ILocator AwaitsMyAcknowledgement(string title) => Row(title).GetByText("Din organisation har inte bekräftat");

    public async Task<ComposeBulletinPage> NewAsync()
    {
        await NewBulletinLink.ClickAsync();
        var compose = new ComposeBulletinPage(Page);
        await Assertions.Expect(compose.Heading).ToHaveTextAsync("Nytt meddelande till alla");
        return compose;
    }

    public async Task<BulletinPage> OpenAsync(string title)
    {
        await Row(title).GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        var bulletin = new BulletinPage(Page);
        await Assertions.Expect(bulletin.Heading).ToHaveTextAsync(title);
        return bulletin;
    }
}
