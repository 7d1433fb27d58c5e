namespace Samsyn.BrowserTests.Pages;

/// <summary>The convener's attendance register, every seat on one screen, at /moten/{id}/narvaro.</summary>
public sealed class AttendancePage(IPage page, int meetingId) : BasePage(page)
{
    public const string Present = "Närvarande";
    public const string Absent = "Frånvarande";
    public const string SubstituteAttended = "Ersättare deltog";

    public override string Path => $"/moten/{meetingId}/narvaro";

    /// <summary>One fieldset per seat, named by its legend: organisation (or role), member, role.</summary>
    public ILocator Seats => Main.Locator("form.register").GetByRole(AriaRole.Group);

    /// <summary>The seat whose legend mentions <paramref name="organisationOrMember"/>.</summary>
    public ILocator Seat(string organisationOrMember) => Seats.Filter(new() { Has = Page.Locator("legend", new() { HasText = organisationOrMember }) });

    public ILocator Choice(ILocator seat, string status) => seat.GetByRole(AriaRole.Radio, new() { Name = status, Exact = true });
    public ILocator SubstituteChoice(ILocator seat) => seat.GetByRole(AriaRole.Combobox);
    /// <summary>The name of the substitute chosen in the seat's "Vilken ersättare" list.</summary>
    public ILocator ChosenSubstitute(ILocator seat) => SubstituteChoice(seat).Locator("option:checked");

    /// <summary>"(förval, inte sparat)": shown on seats whose choice is a suggestion not yet saved.</summary>
    public ILocator UnsavedSuggestions => Main.Locator("form.register").GetByText("(förval, inte sparat)");

    public ILocator SaveButton => Main.GetByRole(AriaRole.Button, new() { Name = "Spara närvaron", Exact = true });

    /// <summary>"4 av 6", under "Representerade organisationer".</summary>
    public ILocator RepresentedCount => Main.Locator(".attendance-counts div").Filter(new() { HasText = "Representerade organisationer" }).Locator("dd");

    public async Task ChooseAsync(string organisationOrMember, string status) =>
        await Choice(Seat(organisationOrMember), status).CheckAsync();

    /// <summary>Chooses <paramref name="status"/> for every seat not named in <paramref name="except"/>.</summary>
    public async Task ChooseForAllAsync(string status, params string[] except)
    {
        foreach (var seat in await Seats.AllAsync())
        {
            var legend = await seat.Locator("legend").InnerTextAsync();
            if (except.Any(e => legend.Contains(e, StringComparison.Ordinal))) continue;
            await Choice(seat, status).CheckAsync();
        }
    }

    public async Task SaveAsync()
    {
        await SaveButton.ClickAsync();
        await Assertions.Expect(SuccessMessage).ToHaveTextAsync("Närvaron är sparad.");
    }

    /// <summary>The status each seat has checked, by legend.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ChosenAsync()
    {
        var chosen = new Dictionary<string, string>();
        foreach (var seat in await Seats.AllAsync())
        {
            var legend = (await seat.Locator("legend").InnerTextAsync()).Trim();
            var label = await seat.Locator("label.radio").Filter(new() { Has = Page.Locator("input:checked") }).InnerTextAsync();
            chosen[legend] = label.Trim();
        }
        return chosen;
    }
}
