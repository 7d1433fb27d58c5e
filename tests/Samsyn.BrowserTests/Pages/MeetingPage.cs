using System.Globalization;
using System.Text.RegularExpressions;

namespace Samsyn.BrowserTests.Pages;

/// <summary>One meeting with its agenda, the add/propose form and the user's own attendance, at /moten/{id}.</summary>
public sealed partial class MeetingPage(IPage page, int? id = null) : BasePage(page)
{
    public override string Path => $"/moten/{id ?? Id}";

    /// <summary>The meeting's id, read from the address the browser is on.</summary>
    public int Id => int.Parse(MeetingAddress().Match(new Uri(Page.Url).AbsolutePath).Groups[1].Value, CultureInfo.InvariantCulture);

    public ILocator AgendaHeading => Main.GetByRole(AriaRole.Heading, new() { Name = "Dagordning", Exact = true });
    public ILocator AgendaTable => Main.GetByRole(AriaRole.Table, new() { NameRegex = AgendaCaption() });

    /// <summary>"Du ersätter Eva Låtsasson (Ale kommun …) vid det här mötet."</summary>
    public ILocator StandInNotice => Main.GetByRole(AriaRole.Note).Filter(new() { HasText = "Du ersätter" });

    public ILocator ItemTitle => Main.GetByLabel("Rubrik", new() { Exact = true });
    public ILocator ItemKind => Main.GetByLabel("Typ av punkt", new() { Exact = true });
    public ILocator ItemMinutes => Main.GetByLabel("Tid i minuter", new() { Exact = true });
    public ILocator AddItemButton => Main.GetByRole(AriaRole.Button, new() { Name = "Lägg till punkten", Exact = true });
    public ILocator PublishButton => Main.GetByRole(AriaRole.Button, new() { Name = "Fastställ dagordningen", Exact = true });

    public ILocator AbsenceForm => Main.GetByRole(AriaRole.Group, new() { NameRegex = AbsenceLegend() });
    public ILocator ReportAbsenceButton => Main.GetByRole(AriaRole.Button, new() { Name = "Anmäl frånvaro", Exact = true });
    public ILocator WithdrawAbsenceButton => Main.GetByRole(AriaRole.Button, new() { Name = "Ta tillbaka frånvaroanmälan", Exact = true });

    public ILocator RegisterAttendanceLink => Main.GetByRole(AriaRole.Link, new() { Name = "Registrera närvaro", Exact = true });
    public ILocator WriteMinutesLink => Main.GetByRole(AriaRole.Link, new() { Name = "Skriv protokoll", Exact = true });
    public ILocator PdfLink => Main.GetByRole(AriaRole.Link, new() { Name = "Ladda ner som PDF", Exact = true });

    /// <summary>The titles of the items on the agenda, in order (without their descriptions and links).</summary>
    public async Task<IReadOnlyList<string>> AgendaTitlesAsync()
    {
        await Assertions.Expect(AgendaTable).ToBeVisibleAsync();
        var titles = await AgendaTable.Locator("tbody th.item-title")
            .EvaluateAllAsync<string[]>("cells => cells.map(c => (c.firstChild?.textContent ?? '').trim())");
        return titles;
    }

    /// <summary>The convener adds an accepted item to the agenda.</summary>
    public async Task AddItemAsync(string title, string kind, int minutes)
    {
        await ItemTitle.FillAsync(title);
        await ItemKind.SelectOptionAsync(new SelectOptionValue { Label = kind });
        await ItemMinutes.FillAsync(minutes.ToString(CultureInfo.InvariantCulture));
        await AddItemButton.ClickAsync();
        await Assertions.Expect(SuccessMessage).ToHaveTextAsync("Punkten är tillagd på dagordningen.");
    }

    public async Task PublishAgendaAsync()
    {
        await PublishButton.ClickAsync();
        await Assertions.Expect(SuccessMessage).ToContainTextAsync("Dagordningen är fastställd.");
        await Assertions.Expect(AgendaTable).ToContainTextAsync("Dagordning, fastställd");
    }

    /// <summary>The member reports their own absence and names who comes instead.</summary>
    public async Task ReportAbsenceAsync(string substitute)
    {
        await AbsenceForm.GetByRole(AriaRole.Radio, new() { Name = $"{substitute} (ersättare)", Exact = true }).CheckAsync();
        await ReportAbsenceButton.ClickAsync();
        await Assertions.Expect(SuccessMessage).ToHaveTextAsync($"Din frånvaro är anmäld. {substitute} kommer i ditt ställe.");
    }

    public async Task<AttendancePage> OpenAttendanceRegisterAsync()
    {
        await RegisterAttendanceLink.ClickAsync();
        var register = new AttendancePage(Page, Id);
        await Assertions.Expect(register.Heading).ToContainTextAsync("Närvaro");
        return register;
    }

    public async Task<MinutesPage> OpenMinutesAsync()
    {
        await WriteMinutesLink.ClickAsync();
        var minutes = new MinutesPage(Page, Id);
        await Assertions.Expect(minutes.Heading).ToContainTextAsync("Protokoll");
        return minutes;
    }

    [GeneratedRegex(@"^/moten/(\d+)")]
    private static partial Regex MeetingAddress();

    [GeneratedRegex("^Dagordning, ")]
    private static partial Regex AgendaCaption();

    [GeneratedRegex("^Anmäl frånvaro")]
    private static partial Regex AbsenceLegend();
}
