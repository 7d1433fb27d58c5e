using System.Globalization;
using System.Text.RegularExpressions;

namespace Samsyn.BrowserTests.Pages;

/// <summary>/arenden: the cases with their filters.</summary>
public sealed class CasesPage(IPage page, string query = "") : BasePage(page)
{
    public override string Path => $"/arenden{query}";

    public ILocator RaiseLink => Main.GetByRole(AriaRole.Link, new() { Name = "Väck ett ärende", Exact = true });

    public ILocator Table => Main.GetByRole(AriaRole.Table, new() { Name = "Ärenden, senast väckta först" });

    /// <summary>The row of a case, by its title.</summary>
    public ILocator Row(string title) => Table.Locator("tbody tr").Filter(new() { Has = Page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }) });

    public async Task<NewCasePage> RaiseAsync()
    {
        await RaiseLink.ClickAsync();
        var form = new NewCasePage(Page);
        await Assertions.Expect(form.Heading).ToHaveTextAsync("Väck ett ärende");
        return form;
    }
}

/// <summary>/arenden/nytt: raising a case with a group.</summary>
public sealed class NewCasePage(IPage page) : BasePage(page)
{
    public override string Path => "/arenden/nytt";

    public ILocator Group => Main.GetByLabel("Grupp som ska hantera ärendet", new() { Exact = true });
    public ILocator Title => Main.GetByLabel("Rubrik", new() { Exact = true });
    public ILocator Description => Main.GetByLabel("Beskrivning", new() { Exact = true });
    public ILocator Urgency(string label) => Main.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex($"^{Regex.Escape(label)} ") });
    public ILocator Affected(string organisation) => Main.GetByRole(AriaRole.Group, new() { Name = "Berörda organisationer" })
        .GetByRole(AriaRole.Checkbox, new() { Name = organisation, Exact = true });
    public ILocator ErrorSummary => Page.Locator("[data-error-summary]");

    public Task SubmitAsync() => Main.GetByRole(AriaRole.Button, new() { Name = "Väck ärendet", Exact = true }).ClickAsync();
}

/// <summary>/arenden/{id}: one case with its handovers and trail, and the steps the user may take.</summary>
public sealed partial class CasePage(IPage page, int? id = null) : BasePage(page)
{
    public override string Path => $"/arenden/{id ?? Id}";

    /// <summary>The case's id, read from the address the browser is on.</summary>
    public int Id => int.Parse(CaseAddress().Match(new Uri(Page.Url).AbsolutePath).Groups[1].Value, CultureInfo.InvariantCulture);

    public ILocator StatusTags => Main.Locator("p.tags").First;
    public ILocator PutOnAgendaButton => Main.GetByRole(AriaRole.Button, new() { Name = "Sätt upp på nästa möte", Exact = true });
    public ILocator HandOverLink => Main.GetByRole(AriaRole.Link, new() { Name = "Lämna över till en grupp", Exact = true });
    public ILocator CloseLink => Main.GetByRole(AriaRole.Link, new() { Name = "Avsluta ärendet", Exact = true });

    /// <summary>The section of the handover to a group.</summary>
    public ILocator Handover(string group) => Main.GetByRole(AriaRole.Region, new() { Name = $"Till {group}", Exact = true });

    public ILocator ReportBackLink(string group) => Handover(group).GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Återrapportera") });

    public ILocator Trail => Main.GetByRole(AriaRole.List, new() { Name = "Ärendets gång" });

    /// <summary>What each step of the trail says, in order ("Överlämnat till Närområdesgrupp Ale").</summary>
    public Task<IReadOnlyList<string>> TrailStepsAsync() => Trail.Locator(".timeline-what strong").AllInnerTextsAsync();

    public async Task<HandOverPage> HandOverAsync()
    {
        await HandOverLink.ClickAsync();
        var form = new HandOverPage(Page);
        await Assertions.Expect(form.Heading).ToContainTextAsync("Lämna över frågan");
        return form;
    }

    public async Task<ReportBackPage> ReportBackAsync(string group)
    {
        await ReportBackLink(group).ClickAsync();
        var form = new ReportBackPage(Page);
        await Assertions.Expect(form.Heading).ToContainTextAsync("Återrapportera");
        return form;
    }

    [GeneratedRegex(@"^/arenden/(\d+)")]
    private static partial Regex CaseAddress();
}

/// <summary>/arenden/{id}/overlamna: the handover form.</summary>
public sealed class HandOverPage(IPage page) : BasePage(page)
{
    public override string Path => new Uri(Page.Url).AbsolutePath;

    public ILocator ToGroup => Main.GetByLabel("Grupp som tar emot frågan", new() { Exact = true });
    public ILocator Assignment => Main.GetByLabel("Uppdrag", new() { Exact = true });
    public ILocator ReportBackBy => Main.GetByLabel("Återrapport senast", new() { Exact = true });
    public ILocator ErrorSummary => Page.Locator("[data-error-summary]");

    public Task SubmitAsync() => Main.GetByRole(AriaRole.Button, new() { Name = "Lämna över", Exact = true }).ClickAsync();
}

/// <summary>/overlamningar/{id}/aterrapport: the report-back form.</summary>
public sealed class ReportBackPage(IPage page) : BasePage(page)
{
    public override string Path => new Uri(Page.Url).AbsolutePath;

    public ILocator Text => Main.GetByLabel("Återrapport", new() { Exact = true });
    public ILocator Links => Main.GetByLabel("Länkar till underlag", new() { Exact = true });

    public Task SubmitAsync() => Main.GetByRole(AriaRole.Button, new() { Name = "Skicka återrapporten", Exact = true }).ClickAsync();
}

/// <summary>/grupper/{id}/inkorg: the questions handed over to a group, and those it handed over.</summary>
public sealed class InboxPage(IPage page, int groupId) : BasePage(page)
{
    public override string Path => $"/grupper/{groupId}/inkorg";

    public ILocator OpenTable => Main.GetByRole(AriaRole.Table, new() { Name = "Att ta emot och arbeta med" });

    public ILocator Row(string title) => OpenTable.Locator("tbody tr").Filter(new() { Has = Page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }) });

    public ILocator AcceptButton(string title) => Row(title).GetByRole(AriaRole.Button, new() { Name = $"Ta emot frågan {title}", Exact = true });
}
