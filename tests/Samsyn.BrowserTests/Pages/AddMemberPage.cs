namespace Samsyn.BrowserTests.Pages;

/// <summary>"Ny ledamot i …", the form behind "Lägg till ledamot", at /grupper/{id}/ledamoter/ny.</summary>
public sealed class AddMemberPage(IPage page, int? groupId = null) : BasePage(page)
{
    public override string Path =>
        $"/grupper/{groupId ?? throw new InvalidOperationException("The group's id is not known.")}/ledamoter/ny";

    public ILocator Person => Page.GetByLabel("Person", new() { Exact = true });
    public ILocator Organisation => Page.GetByLabel("Representerar", new() { Exact = true });
    public ILocator Role => Page.GetByLabel("Roll", new() { Exact = true });
    public ILocator Substitute(int number) => Page.GetByLabel($"Ersättare {number}", new() { Exact = true });
    public ILocator SaveButton => Page.GetByRole(AriaRole.Button, new() { Name = "Lägg till ledamot", Exact = true });

    public ILocator ErrorSummary => Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Det finns fel i formuläret" });
    public ILocator ErrorSummaryLink(string message) => ErrorSummary.GetByRole(AriaRole.Link, new() { Name = message });

    public Task ChoosePersonAsync(string name) => ChooseAsync(Person, name);
    public Task ChooseOrganisationAsync(string name) => ChooseAsync(Organisation, name);
    public Task ChooseRoleAsync(string role) => ChooseAsync(Role, role);
    public Task ChooseSubstituteAsync(int number, string name) => ChooseAsync(Substitute(number), name);

    /// <summary>Chooses the option whose text starts with <paramref name="text"/>: people and organisations are listed with more after the name.</summary>
    private static async Task ChooseAsync(ILocator select, string text)
    {
        var options = await select.Locator("option").AllInnerTextsAsync();
        var label = options.FirstOrDefault(o => o.Trim().StartsWith(text, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No option starts with \"{text}\"; the options are: {string.Join(" | ", options)}");
        await select.SelectOptionAsync(new SelectOptionValue { Label = label.Trim() });
    }

    public async Task<GroupPage> SaveAsync()
    {
        await SaveButton.ClickAsync();
        var group = new GroupPage(Page);
        await Assertions.Expect(group.MembersTable).ToBeVisibleAsync();
        return group;
    }

    /// <summary>Submits a form the server is expected to refuse; stays on the form.</summary>
    public async Task SaveExpectingErrorsAsync()
    {
        await SaveButton.ClickAsync();
        await Assertions.Expect(ErrorSummary).ToBeVisibleAsync();
    }
}
