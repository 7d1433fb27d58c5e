using System.Text.RegularExpressions;

namespace Samsyn.BrowserTests.Pages;

/// <summary>The minutes, written per agenda item during the meeting and then approved, at /moten/{id}/protokoll.</summary>
public sealed partial class MinutesPage(IPage page, int meetingId) : BasePage(page)
{
    public override string Path => $"/moten/{meetingId}/protokoll";

    /// <summary>The layout's message after a save; every item's autosave status is a status region as well.</summary>
    public new ILocator SuccessMessage => Main.Locator(":scope > [role=status]");

    /// <summary>The section of one agenda item, named "3. {title} …" by its heading.</summary>
    public ILocator Item(string title) =>
        Main.Locator("section.minutes-item").Filter(new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = title }) });

    public ILocator Notes(string title) => Item(title).GetByRole(AriaRole.Textbox, new() { Name = $"Anteckningar till {title}", Exact = true });
    public ILocator AutosaveStatus(string title) => Item(title).GetByRole(AriaRole.Status);
    public ILocator SaveNotesButton(string title) => Item(title).GetByRole(AriaRole.Button, new() { Name = $"Spara anteckningar till {title}", Exact = true });
    public ILocator Decisions(string title) => Item(title).Locator("h3:text-is('Beslut') + ul li");
    public ILocator Actions(string title) => Item(title).Locator("h3:text-is('Åtgärder') + ul li");

    public ILocator Adjuster => Main.GetByLabel("Justerare", new() { Exact = true });
    public ILocator ApproveButton => Main.GetByRole(AriaRole.Button, new() { Name = "Godkänn protokollet", Exact = true });

    /// <summary>"Godkänt av Helena Fiktiva den … Protokollet är låst."</summary>
    public ILocator ApprovedNotice => Main.Locator(".notice").Filter(new() { HasTextRegex = ApprovedText() });

    /// <summary>Types the notes and waits for the autosave to announce "Sparat hh.mm".</summary>
    public async Task WriteNotesAsync(string title, string notes)
    {
        await Notes(title).FillAsync(notes);
        // Saved two seconds after the last keystroke; the machine may be busy.
        await Assertions.Expect(AutosaveStatus(title)).ToHaveTextAsync(SavedAt(), new() { Timeout = 15_000 });
    }

    public async Task AddDecisionAsync(string title, string text, string type = "Beslut")
    {
        var item = Item(title);
        await item.Locator("summary").Filter(new() { HasText = "Lägg till beslut" }).ClickAsync();
        await item.GetByLabel("Beslut", new() { Exact = true }).FillAsync(text);
        await item.GetByLabel("Typ av beslut", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = type });
        await item.GetByRole(AriaRole.Button, new() { Name = "Lägg till beslutet", Exact = true }).ClickAsync();
        await Assertions.Expect(SuccessMessage).ToHaveTextAsync("Beslutet är protokollfört.");
    }

    public async Task AddActionAsync(string title, string text, string owner, DateOnly due)
    {
        var item = Item(title);
        await item.Locator("summary").Filter(new() { HasText = "Lägg till åtgärd" }).ClickAsync();
        await item.GetByLabel("Åtgärd", new() { Exact = true }).FillAsync(text);
        await item.GetByLabel("Ansvarig", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = owner });
        await item.GetByLabel("Klart senast", new() { Exact = true }).FillAsync(due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await item.GetByRole(AriaRole.Button, new() { Name = "Lägg till åtgärden", Exact = true }).ClickAsync();
        await Assertions.Expect(SuccessMessage).ToHaveTextAsync("Åtgärden är tillagd.");
    }

    /// <summary>Approves and locks the minutes, naming the adjuster when the group uses one.</summary>
    public async Task ApproveAsync(string adjuster)
    {
        if (await Adjuster.CountAsync() > 0) await Adjuster.FillAsync(adjuster);
        await ApproveButton.ClickAsync();
        await Assertions.Expect(SuccessMessage).ToHaveTextAsync("Protokollet är godkänt och låst.");
    }

    [GeneratedRegex(@"^Sparat \d{1,2}[.:]\d{2}$")]
    private static partial Regex SavedAt();

    [GeneratedRegex("Godkänt av .+ Protokollet är låst")]
    private static partial Regex ApprovedText();
}
