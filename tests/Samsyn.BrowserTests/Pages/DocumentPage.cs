using System.Globalization;
using System.Text.RegularExpressions;

namespace Samsyn.BrowserTests.Pages;

/// <summary>A governing document at /dokument/{id}: exemption banners, the header block, the text in force, versions and decisions.</summary>
public sealed partial class DocumentPage(IPage page, int? id = null) : BasePage(page)
{
    public override string Path => $"/dokument/{id ?? Id}";

    public int Id => int.Parse(Address().Match(new Uri(Page.Url).AbsolutePath).Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>The banner of each active exemption, above the text.</summary>
    public ILocator ExemptionBanners => Main.Locator(".exemption-banner");
    public ILocator Header => Main.Locator(".document-header");
    public ILocator Tags => Main.Locator(".tags");
    public ILocator DraftNotice => Main.GetByRole(AriaRole.Region, new() { NameRegex = DraftHeading() });
    public ILocator Text => Main.GetByRole(AriaRole.Article, new() { Name = "Dokumentets text" });
    public ILocator PdfLink => Main.GetByRole(AriaRole.Link, new() { Name = "Ladda ner som PDF", Exact = true });
    public ILocator GrantExemptionLink => Main.GetByRole(AriaRole.Link, new() { Name = "Bevilja temporärt avsteg", Exact = true });

    public ILocator ApproveLink(int number) => Main.GetByRole(AriaRole.Link, new() { Name = $"Godkänn version {number}", Exact = true });

    /// <summary>The value under a label of the header block ("Godkänt av").</summary>
    public ILocator HeaderField(string label) => Header.Locator("div").Filter(new() { Has = Page.Locator($"dt:text-is('{label}')") }).Locator("dd");

    public async Task<ApproveDocumentPage> OpenApprovalAsync(int number)
    {
        await ApproveLink(number).ClickAsync();
        var approve = new ApproveDocumentPage(Page);
        await Assertions.Expect(approve.Heading).ToContainTextAsync($"Godkänn version {number}");
        return approve;
    }

    public async Task<GrantExemptionPage> OpenGrantExemptionAsync()
    {
        await GrantExemptionLink.ClickAsync();
        var grant = new GrantExemptionPage(Page);
        await Assertions.Expect(grant.Heading).ToContainTextAsync("Bevilja temporärt avsteg");
        return grant;
    }

    [GeneratedRegex(@"^/dokument/(\d+)")]
    private static partial Regex Address();

    [GeneratedRegex(@"^Version \d+ är ett utkast$")]
    private static partial Regex DraftHeading();
}

/// <summary>Approving a draft at /dokument/{id}/godkann by the approving group's decision.</summary>
public sealed class ApproveDocumentPage(IPage page) : BasePage(page)
{
    public override string Path => Page.Url;

    /// <summary>The radio of the decision whose line contains <paramref name="text"/>.</summary>
    public ILocator Decision(string text) => Main.GetByRole(AriaRole.Radio, new() { Name = text });

    public ILocator ApproveButton => Main.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Godkänn version \\d+$") });

    public async Task<DocumentPage> ApproveByAsync(string decisionText)
    {
        await Decision(decisionText).CheckAsync();
        await ApproveButton.ClickAsync();
        var document = new DocumentPage(Page);
        await Assertions.Expect(document.SuccessMessage).ToContainTextAsync("är godkänd");
        return document;
    }
}
