namespace Samsyn.BrowserTests.Pages;

/// <summary>The register of governing documents at /dokument.</summary>
public sealed class DocumentsPage(IPage page) : BasePage(page)
{
    public override string Path => "/dokument";

    public ILocator NewDocumentLink => Main.GetByRole(AriaRole.Link, new() { Name = "Nytt styrdokument", Exact = true });
    public ILocator Search => Main.GetByLabel("Sök i titel och text", new() { Exact = true });
    public ILocator SearchButton => Main.GetByRole(AriaRole.Button, new() { Name = "Sök", Exact = true });

    /// <summary>The register's row of the document titled <paramref name="title"/>.</summary>
    public ILocator RowOf(string title) =>
        Main.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = title }) });

    public async Task<CreateDocumentPage> NewAsync()
    {
        await NewDocumentLink.ClickAsync();
        var create = new CreateDocumentPage(Page);
        await Assertions.Expect(create.Heading).ToHaveTextAsync("Nytt styrdokument");
        return create;
    }
}

/// <summary>A new governing document at /dokument/nytt: the header fields and the first draft's text.</summary>
public sealed class CreateDocumentPage(IPage page) : BasePage(page)
{
    public override string Path => "/dokument/nytt";

    public ILocator Type => Main.GetByLabel("Dokumenttyp", new() { Exact = true });
    public ILocator Title => Main.GetByLabel("Titel", new() { Exact = true });
    public ILocator PreparedBy => Main.GetByLabel("Upprättat av", new() { Exact = true });
    public ILocator ApprovingGroup => Main.GetByLabel("Godkänns av", new() { Exact = true });
    public ILocator OwnerGroup => Main.GetByLabel("Uppdrag (ägande grupp)", new() { Exact = true });
    public ILocator Text => Main.GetByLabel("Text", new() { Exact = true });
    public ILocator SaveButton => Main.GetByRole(AriaRole.Button, new() { Name = "Registrera styrdokumentet", Exact = true });
    public ILocator ErrorSummary => Main.Locator("[data-error-summary]");

    /// <summary>Registers the document and returns its page.</summary>
    public async Task<DocumentPage> SaveAsync()
    {
        await SaveButton.ClickAsync();
        var document = new DocumentPage(Page);
        await Assertions.Expect(document.SuccessMessage).ToContainTextAsync("Styrdokumentet är registrerat");
        return document;
    }
}
