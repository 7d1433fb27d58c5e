using System.Text.RegularExpressions;

namespace Samsyn.BrowserTests.Pages;

/// <summary>The notification centre, "Notiser", at /notiser.</summary>
public sealed partial class NotificationsPage(IPage page) : BasePage(page)
{
    public override string Path => "/notiser";

    public ILocator Notifications => Main.Locator("ul.notification-list").GetByRole(AriaRole.Listitem);

    /// <summary>The notification whose text contains <paramref name="text"/>.</summary>
    public ILocator Notification(string text) => Notifications.Filter(new() { HasText = text });

    /// <summary>Follows "Öppna" on the notification to the meeting it is about.</summary>
    public async Task<MeetingPage> OpenMeetingAsync(string text)
    {
        await Notification(text).GetByRole(AriaRole.Button, new() { NameRegex = OpenButton() }).ClickAsync();
        var meeting = new MeetingPage(Page);
        await Assertions.Expect(meeting.AgendaHeading).ToBeVisibleAsync();
        return meeting;
    }

    [GeneratedRegex("^Öppna")]
    private static partial Regex OpenButton();
}
