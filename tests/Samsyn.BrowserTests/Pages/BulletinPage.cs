using System.Globalization;
using System.Text.RegularExpressions;

namespace Samsyn.BrowserTests.Pages;

/// <summary>One bulletin at /meddelanden/{id}: the text, the reader's acknowledgement and, for the sender, who has acknowledged.</summary>
public sealed partial class BulletinPage(IPage page, int? id = null) : BasePage(page)
{
    public override string Path => $"/meddelanden/{id ?? Id}";

    public int Id => int.Parse(Address().Match(new Uri(Page.Url).AbsolutePath).Groups[1].Value, CultureInfo.InvariantCulture);

    public ILocator Body => Main.GetByRole(AriaRole.Article, new() { Name = "Meddelandet" });
    public ILocator AcknowledgementsHeading => Main.GetByRole(AriaRole.Heading, new() { Name = "Bekräftelser", Exact = true });
    public ILocator AcknowledgementsTable => Main.GetByRole(AriaRole.Table, new() { NameRegex = Caption() });
    public ILocator AcknowledgementCount => Main.Locator(".acknowledgement-count");
    public ILocator CorrectLink => Main.GetByRole(AriaRole.Link, new() { Name = "Rätta meddelandet", Exact = true });
    public ILocator RemindButton => Main.GetByRole(AriaRole.Button, new() { Name = "Påminn de som inte bekräftat", Exact = true });

    public ILocator AcknowledgeButton(string organisation) =>
        Main.GetByRole(AriaRole.Button, new() { Name = $"Bekräfta att {organisation} har läst", Exact = true });

    /// <summary>The sender's row for <paramref name="organisation"/> in the acknowledgements table.</summary>
    public ILocator RowOf(string organisation) =>
        AcknowledgementsTable.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = organisation, Exact = true }) });

    [GeneratedRegex(@"^/meddelanden/(\d+)")]
    private static partial Regex Address();

    [GeneratedRegex("^Bekräftelser per organisation")]
    private static partial Regex Caption();
}
