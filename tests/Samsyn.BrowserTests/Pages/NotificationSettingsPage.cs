namespace Samsyn.BrowserTests.Pages;

/// <summary>/notiser/installningar: a channel per kind of notification, and the personal calendar address.</summary>
public sealed class NotificationSettingsPage(IPage page) : BasePage(page)
{
    public override string Path => "/notiser/installningar";

    /// <summary>The radio for <paramref name="channel"/> ("Daglig sammanfattning") in the group of the kind labelled <paramref name="kind"/>.</summary>
    public ILocator Channel(string kind, string channel) =>
        Main.GetByRole(AriaRole.Group, new() { Name = kind, Exact = true }).GetByRole(AriaRole.Radio, new() { Name = channel, Exact = true });

    public async Task SaveAsync()
    {
        await Main.GetByRole(AriaRole.Button, new() { Name = "Spara val" }).ClickAsync();
        await Assertions.Expect(SuccessMessage).ToHaveTextAsync("Dina val för notiser är sparade.");
    }

    public ILocator FeedUrl => Main.GetByLabel("Kalenderadress", new() { Exact = true });

    public async Task<string> CreateFeedAsync(string button = "Skapa kalenderadress")
    {
        await Main.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await Assertions.Expect(FeedUrl).ToBeVisibleAsync();
        return await FeedUrl.InputValueAsync();
    }

    public async Task RevokeFeedAsync()
    {
        await Main.GetByRole(AriaRole.Button, new() { Name = "Stäng av kalenderadressen" }).ClickAsync();
        await Assertions.Expect(SuccessMessage).ToContainTextAsync("Kalenderadressen är avstängd");
    }
}
