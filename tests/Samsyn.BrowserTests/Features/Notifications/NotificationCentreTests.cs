using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Meetings.Calendar;
using Samsyn.Web.Infrastructure;

namespace Samsyn.BrowserTests.Features.Notifications;

/// <summary>
/// The member's path through notifications: a reminder in the centre leads to the minutes, she
/// chooses a daily digest for published agendas, and subscribes to her own calendar, replaces the
/// address and turns it off.
/// </summary>
public sealed class NotificationCentreTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string ActionText = "Beskriv Ale kommuns erfarenheter av hjälpmedel vid hemgång";

    [Fact]
    public async Task Member_follows_a_reminder_chooses_a_digest_and_subscribes_to_her_calendar()
    {
        // The demo member's action item falls due on the next working day: on its morning the reminder is due.
        var due = await Server.QueryAsync(db => db.ActionItems.Where(a => a.Text.StartsWith(ActionText)).Select(a => a.DueDate!.Value).SingleAsync());
        using (Server.Clock.TravelTo(SwedishTime.At(SwedishCalendar.PreviousWorkingDay(due), new TimeOnly(9, 0))))
            (await Server.RaiseDueRemindersAsync()).ShouldBeGreaterThan(0);
        (await Server.RaiseDueRemindersAsync()).ShouldBe(0, "a reminder is raised once");

        await SignedInAsAsync(DemoAccounts.Member);
        var notifications = new NotificationsPage(Page);
        await notifications.GotoAsync();
        var reminder = notifications.Notification("Åtgärd ska vara klar");
        await Assertions.Expect(reminder).ToHaveCountAsync(1);
        await Assertions.Expect(reminder).ToContainTextAsync(ActionText);
        await Assertions.Expect(reminder.GetByText("Ny", new() { Exact = true })).ToBeVisibleAsync();
        await Page.ShouldHaveNoViolationsAsync();

        // Opening it marks it read and leads to the minutes where the action item lives.
        await reminder.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/moten/\\d+/protokoll$"));
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync(ActionText);
        await notifications.GotoAsync();
        await Assertions.Expect(notifications.Notification("Åtgärd ska vara klar").GetByText("Ny", new() { Exact = true })).ToHaveCountAsync(0);

        // She wants published agendas once a day instead of at once.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Välj hur du får notiser och din kalender" }).ClickAsync();
        var settings = new NotificationSettingsPage(Page);
        await Assertions.Expect(settings.Heading).ToHaveTextAsync("Inställningar för notiser");
        await Assertions.Expect(settings.Channel("Dagordning publicerad", "E-post direkt")).ToBeCheckedAsync();
        await settings.Channel("Dagordning publicerad", "Daglig sammanfattning").CheckAsync();
        await settings.Channel("Protokoll justerat", "Bara i Samsyn").CheckAsync();
        await settings.SaveAsync();
        await Assertions.Expect(settings.Channel("Dagordning publicerad", "Daglig sammanfattning")).ToBeCheckedAsync();
        await Assertions.Expect(settings.Channel("Protokoll justerat", "Bara i Samsyn")).ToBeCheckedAsync();
        await Assertions.Expect(settings.Channel("Möte flyttat", "E-post direkt")).ToBeCheckedAsync();
        await Page.ShouldHaveNoViolationsAsync();

        // Her calendar: the address is shown once and serves her meetings and the action's due date.
        var url = await settings.CreateFeedAsync();
        url.ShouldContain("/api/v1/calendar-feed/personal.ics?token=");
        await Page.ShouldHaveNoViolationsAsync();
        var feed = await Page.APIRequest.GetAsync(url);
        feed.Status.ShouldBe(200);
        feed.Headers["content-type"].ShouldStartWith("text/calendar");
        var ics = await feed.TextAsync();
        ics.ShouldStartWith("BEGIN:VCALENDAR");
        ics.ShouldContain("SUMMARY:Ledningsgrupp i samverkan");
        ics.ShouldContain($"DTSTART;VALUE=DATE:{due:yyyyMMdd}");

        // A new address stops the old one; turning it off stops the new one.
        var renewed = await settings.CreateFeedAsync("Skapa ny adress (den gamla slutar fungera)");
        renewed.ShouldNotBe(url);
        (await Page.APIRequest.GetAsync(url)).Status.ShouldBe(401);
        (await Page.APIRequest.GetAsync(renewed)).Status.ShouldBe(200);
        await settings.RevokeFeedAsync();
        (await Page.APIRequest.GetAsync(renewed)).Status.ShouldBe(401);
        await Assertions.Expect(settings.Main).ToContainTextAsync("Du har ingen kalenderadress.");
    }
}
