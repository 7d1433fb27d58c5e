namespace Samsyn.BrowserTests.Pages;

/// <summary>"Mötesinställningar": how a group usually meets, at /grupper/{id}/motesinstallningar.</summary>
public sealed class MeetingSettingsPage(IPage page, int groupId) : BasePage(page)
{
    public override string Path => $"/grupper/{groupId}/motesinstallningar";

    public ILocator UsualStart => Main.GetByLabel("Vanlig starttid", new() { Exact = true });
    public ILocator AttendanceTarget => Main.GetByLabel("Närvaromål i procent", new() { Exact = true });
    public ILocator RotationSlot(int number) => Main.GetByLabel($"{number}. i turordningen", new() { Exact = true });
    public ILocator StandingItemMinutes(int number) => Main.GetByLabel($"Minuter, stående punkt {number}", new() { Exact = true });
    public ILocator SaveButton => Main.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true });
    public ILocator ErrorSummary => Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Det finns fel i formuläret" });

    /// <summary>Submits settings the server is expected to refuse; stays on the form and changes nothing.</summary>
    public async Task SaveExpectingErrorsAsync()
    {
        await SaveButton.ClickAsync();
        await Assertions.Expect(ErrorSummary).ToBeVisibleAsync();
    }
}
