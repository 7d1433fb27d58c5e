using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samsyn.IntegrationTests.Features.Notifications;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Features.Meetings.Calendar;
using Samsyn.Web.Infrastructure;
using static Samsyn.IntegrationTests.Features.Cases.CaseScenes;

namespace Samsyn.IntegrationTests.Features.Cases;

/// <summary>
/// The report-back date with the clock: overdue from midnight after it, Swedish time; a reminder to the
/// receiving convener a week before and on the day, each once; the date in the receiving members'
/// calendars. Each test's handover is due on a Wednesday of its own 14–21 months ahead, beyond every other
/// handover the tests make and more than the reminder horizon apart; HTTP calls while travelled sign in
/// afresh, as a token from today is not valid then.
/// </summary>
public abstract class HandoverDatesTests(SamsynFactory factory)
{
    private ReminderService Reminders => factory.Services.GetRequiredService<ReminderService>();

    /// <summary>The first Wednesday at least <paramref name="daysAhead"/> days ahead that, like the day a week before, is a working day.</summary>
    private DateOnly DueWednesday(int daysAhead)
    {
        var date = factory.Today().AddDays(daysAhead);
        while (date.DayOfWeek != DayOfWeek.Wednesday || !SwedishCalendar.IsWorkingDay(date) || !SwedishCalendar.IsWorkingDay(date.AddDays(-7)))
            date = date.AddDays(1);
        return date;
    }

    private static DateTimeOffset At(DateOnly date, int hour, int minute = 0, int second = 0) => SwedishTime.At(date, new TimeOnly(hour, minute, second));

    private async Task RaiseRemindersAtAsync(DateTimeOffset moment)
    {
        using (factory.Clock.TravelTo(moment)) await Reminders.RaiseDueAsync(CancellationToken.None);
    }

    private Task<List<Notification>> RemindersAsync(int caseId) =>
        factory.InDatabaseAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.Link == $"/arenden/{caseId}" && n.Kind == NotificationKind.ReportBackDue).OrderBy(n => n.Id).ToListAsync());

    /// <summary>
    /// Reads the list and the case at <paramref name="moment"/>, as a person of the test's own who signed in an hour
    /// before it (hashing a password can take seconds on a busy machine; the clock goes on meanwhile).
    /// </summary>
    private async Task<(int[] Overdue, bool CaseOverdue, bool HandoverOverdue)> ReadAtAsync(DateTimeOffset moment, CaseScene scene, int caseId)
    {
        HttpClient client;
        using (factory.Clock.TravelTo(moment.AddHours(-1)))
        {
            var reader = await factory.NewPersonWithAccountAsync();
            client = await factory.SignedInAsync(reader.Email);
        }
        using var _ = client;
        using (factory.Clock.TravelTo(moment))
        {
            var overdue = (await client.ListAsync($"/api/v1/cases?overdue=true&groupId={scene.HandingGroupId}")).Select(Id).ToArray();
            var details = await client.CaseAsync(caseId);
            return (overdue, details.GetProperty("overdue").GetBoolean(), details.GetProperty("handovers")[0].GetProperty("overdue").GetBoolean());
        }
    }

    [Fact]
    public async Task Handover_is_overdue_from_midnight_Swedish_time_after_its_date_until_it_is_reported_back()
    {
        var scene = await factory.NewCaseSceneAsync();
        using var convener = await factory.SignedInAsync(scene.HandingConvener.Email);
        using var receiver = await factory.SignedInAsync(scene.ReceiverA.Email);
        var id = Id(await factory.RaiseCaseAsync(scene));
        var due = DueWednesday(430);
        var handover = Id(await convener.HandOverAsync(id, scene.GroupAId, due));
        await receiver.AcceptAsync(handover);

        // Half a minute before midnight, so a slow read does not cross it; CaseRulesTests hold the last second itself.
        var lastSecond = await ReadAtAsync(At(due, 23, 59, 30), scene, id);
        lastSecond.Overdue.ShouldNotContain(id);
        lastSecond.CaseOverdue.ShouldBeFalse();
        lastSecond.HandoverOverdue.ShouldBeFalse();

        // Midnight in Stockholm, which is 22.00 or 23.00 UTC.
        var midnight = await ReadAtAsync(At(due.AddDays(1), 0).ToUniversalTime(), scene, id);
        midnight.Overdue.ShouldContain(id);
        midnight.CaseOverdue.ShouldBeTrue();
        midnight.HandoverOverdue.ShouldBeTrue();

        await receiver.ReportBackAsync(handover);
        var reported = await ReadAtAsync(At(due.AddDays(7), 12), scene, id);
        reported.Overdue.ShouldNotContain(id);
        reported.CaseOverdue.ShouldBeFalse();
    }

    [Fact]
    public async Task Receiving_convener_is_reminded_a_week_before_and_on_the_day_each_once()
    {
        var scene = await factory.NewCaseSceneAsync();
        using var convener = await factory.SignedInAsync(scene.HandingConvener.Email);
        var raised = await factory.RaiseCaseAsync(scene);
        var id = Id(raised);
        var title = raised.GetProperty("title").GetString();
        var due = DueWednesday(500);
        var handover = Id(await convener.HandOverAsync(id, scene.GroupAId, due));

        await RaiseRemindersAtAsync(At(due.AddDays(-7), 7, 59));
        (await RemindersAsync(id)).ShouldBeEmpty("not before 08.00 a week before");

        await RaiseRemindersAtAsync(At(due.AddDays(-7), 8));
        var week = (await RemindersAsync(id)).ShouldHaveSingleItem();
        week.RecipientPersonId.ShouldBe(scene.ReceiverA.PersonId, "the receiving group's convener, not its member or the handing group");
        week.Subject.ShouldBe($"Återrapport om en vecka: {title}");
        week.Body.ShouldContain($"senast {due.ToString("d MMMM yyyy", SwedishTime.Culture)}");
        week.EntityType.ShouldBe("Handover");

        await RaiseRemindersAtAsync(At(due.AddDays(-7), 9));
        await RaiseRemindersAtAsync(At(due, 7, 59));
        (await RemindersAsync(id)).Count.ShouldBe(1, "once a week before, and not the day's before 08.00");

        await RaiseRemindersAtAsync(At(due, 8));
        await RaiseRemindersAtAsync(At(due, 16));
        var raisedReminders = await RemindersAsync(id);
        raisedReminders.Count.ShouldBe(2);
        raisedReminders[1].Subject.ShouldBe($"Återrapport senast i dag: {title}");
        raisedReminders[1].RecipientPersonId.ShouldBe(scene.ReceiverA.PersonId);
        (await factory.InDatabaseAsync(db => db.SentReminders.CountAsync(r => r.Key.StartsWith($"report-back-") && r.Key.Contains($":{handover}:"))))
            .ShouldBe(2);

        await RaiseRemindersAtAsync(At(due.AddDays(1), 8));
        (await RemindersAsync(id)).Count.ShouldBe(2, "no reminder once the date has passed");
    }

    [Fact]
    public async Task Reported_back_handover_is_not_reminded()
    {
        var scene = await factory.NewCaseSceneAsync();
        using var convener = await factory.SignedInAsync(scene.HandingConvener.Email);
        using var receiver = await factory.SignedInAsync(scene.ReceiverB.Email);
        var id = Id(await factory.RaiseCaseAsync(scene));
        var due = DueWednesday(560);
        var handover = Id(await convener.HandOverAsync(id, scene.GroupBId, due));
        await receiver.AcceptAsync(handover);
        await receiver.ReportBackAsync(handover);

        await RaiseRemindersAtAsync(At(due.AddDays(-7), 8));
        await RaiseRemindersAtAsync(At(due, 8));

        (await RemindersAsync(id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Report_back_date_is_in_the_receiving_members_calendars_while_the_handover_is_open()
    {
        var scene = await factory.NewCaseSceneAsync();
        using var convener = await factory.SignedInAsync(scene.HandingConvener.Email);
        var raised = await factory.RaiseCaseAsync(scene);
        var due = DueWednesday(620);
        await convener.HandOverAsync(Id(raised), scene.GroupAId, due);
        using var member = await factory.SignedInAsync(scene.GroupAMember.Email);
        using var other = await factory.SignedInAsync(scene.ReceiverB.Email);

        var days = await CalendarDaysAsync(member);
        var day = days.Single(e => e.Summary == $"Återrapport: {raised.GetProperty("title").GetString()}");
        day.DtStart!.Date.ShouldBe(due);
        day.Description.ShouldNotBeNull().ShouldContain(scene.GroupAName);
        day.Url!.AbsolutePath.ShouldBe($"/arenden/{Id(raised)}");
        (await CalendarDaysAsync(other)).ShouldNotContain(e => e.Summary == day.Summary, "not in another group's calendars");
    }

    private async Task<List<CalendarEvent>> CalendarDaysAsync(HttpClient client)
    {
        using var created = await client.PostJsonAsync("/api/v1/calendar-feed", new { });
        var url = new Uri((await created.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("url").GetString()!);
        using var anonymous = factory.Anonymous();
        using var response = await anonymous.GetAsync(url.PathAndQuery);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return [.. Ical.Net.Calendar.Load(text)!.Events];
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class HandoverDatesOnSqlite(SqliteFactory factory) : HandoverDatesTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class HandoverDatesOnPostgres(PostgresFactory factory) : HandoverDatesTests(factory);
