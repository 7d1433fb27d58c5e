using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samsyn.Web.Features.Notifications;

namespace Samsyn.IntegrationTests.Features.Notifications;

/// <summary>
/// Reminders from meeting dates, raised by <see cref="ReminderService.RaiseDueAsync"/> with the app's
/// clock travelled to just before and at the moment they fall due (08.00 Swedish time on a working day).
/// Each test plans its meetings in a year and season of its own, more than the reminder horizon
/// (45 days) away from every other test's, so that a scan only finds what the test made.
/// HTTP calls are made before travelling: a sign-in token is not valid years ahead.
/// </summary>
public abstract class ReminderTests(SamsynFactory factory)
{
    private static readonly TimeSpan Winter = MeetingsApi.Winter;
    private static readonly TimeSpan Summer = MeetingsApi.Summer;

    private ReminderService Reminders => factory.Services.GetRequiredService<ReminderService>();

    private async Task<int> RaiseAtAsync(DateTimeOffset moment)
    {
        using (factory.Clock.TravelTo(moment))
            return await Reminders.RaiseDueAsync(CancellationToken.None);
    }

    private Task<List<Notification>> RaisedAsync(string link, NotificationKind kind) =>
        factory.InDatabaseAsync(db => db.Notifications.AsNoTracking().Where(n => n.Link == link && n.Kind == kind).OrderBy(n => n.Id).ToListAsync());

    private static async Task<List<int>> SeatedPeopleAsync(HttpClient convener, int meetingId) =>
        [.. (await convener.SeatsAsync(meetingId)).Select(s => s.GetProperty("personId").GetInt32())];

    [Fact]
    public async Task A_Monday_meeting_is_reminded_on_the_Friday_before_at_eight_and_only_once()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(new DateTimeOffset(2035, 3, 12, 10, 0, 0, Winter));
        var seated = await SeatedPeopleAsync(convener, id);
        var eva = await factory.PersonIdAsync(Demo.Member);
        var link = $"/moten/{id}";

        await RaiseAtAsync(new DateTimeOffset(2035, 3, 8, 12, 0, 0, Winter));
        await RaiseAtAsync(new DateTimeOffset(2035, 3, 9, 7, 59, 0, Winter));
        (await RaisedAsync(link, NotificationKind.MeetingTomorrow)).ShouldBeEmpty("not before 08.00 on the working day before");

        var friday = new DateTimeOffset(2035, 3, 9, 8, 0, 0, Winter);
        (await RaiseAtAsync(friday)).ShouldBeGreaterThanOrEqualTo(1);

        var raised = await RaisedAsync(link, NotificationKind.MeetingTomorrow);
        raised.Select(n => n.RecipientPersonId).ShouldBe(seated, ignoreOrder: true);
        var evas = raised.Single(n => n.RecipientPersonId == eva);
        evas.Subject.ShouldBe("Påminnelse: Ledningsgrupp i samverkan måndag 12 mars 2035 kl. 10.00");
        evas.Body.ShouldStartWith("Mötet med Ledningsgrupp i samverkan är måndag 12 mars 2035 kl. 10.00");
        evas.CreatedAt.ShouldBeInRange(friday, friday.AddMinutes(1));
        evas.EmailStatus.ShouldBe(DeliveryStatus.Pending);
        evas.EntityType.ShouldBe("Meeting");
        evas.EntityId.ShouldBe(id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await RaiseAtAsync(friday.AddMinutes(5));
        await RaiseAtAsync(new DateTimeOffset(2035, 3, 11, 18, 0, 0, Winter));
        (await RaisedAsync(link, NotificationKind.MeetingTomorrow)).Count.ShouldBe(seated.Count, "a reminder is raised once");
        (await factory.InDatabaseAsync(db => db.SentReminders.CountAsync(r => r.Key.StartsWith($"meeting-soon:{id}:")))).ShouldBe(1);
    }

    [Fact]
    public async Task A_member_who_sends_a_substitute_is_not_reminded_but_the_substitute_is()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(new DateTimeOffset(2035, 9, 11, 10, 0, 0, Summer));
        var seated = await SeatedPeopleAsync(convener, id);
        var substitute = MeetingsApi.SubstituteOf(MeetingsApi.SeatOf(await convener.SeatsAsync(id), MeetingsApi.Ale));
        var eva = await factory.PersonIdAsync(Demo.Member);
        substitute.ShouldBe(await factory.PersonIdAsync(Demo.Substitute));
        using var member = await factory.SignedInAsync(Demo.Member);
        using (var report = await member.PostJsonAsync($"/api/v1/meetings/{id}/absence", new { substitutePersonId = substitute }))
            await report.ShouldBeJsonAsync(HttpStatusCode.OK);

        await RaiseAtAsync(new DateTimeOffset(2035, 9, 10, 8, 0, 0, Summer));

        var recipients = (await RaisedAsync($"/moten/{id}", NotificationKind.MeetingTomorrow)).Select(n => n.RecipientPersonId).ToList();
        recipients.ShouldBe([.. seated.Where(p => p != eva), substitute], ignoreOrder: true);
        (await RaisedAsync($"/moten/{id}", NotificationKind.AbsenceWithoutSubstitute)).ShouldBeEmpty("the seat has a substitute");
    }

    [Fact]
    public async Task An_absence_without_substitute_is_reminded_to_the_member_and_the_convener_two_working_days_before()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        // A Tuesday: two working days before is the Friday.
        var id = await convener.CreateManagementMeetingAsync(new DateTimeOffset(2036, 3, 11, 10, 0, 0, Winter));
        var eva = await factory.PersonIdAsync(Demo.Member);
        var helena = await factory.PersonIdAsync(Demo.Convener);
        using var member = await factory.SignedInAsync(Demo.Member);
        using (var report = await member.PostJsonAsync($"/api/v1/meetings/{id}/absence", new { }))
            await report.ShouldBeJsonAsync(HttpStatusCode.OK);
        var link = $"/moten/{id}";

        await RaiseAtAsync(new DateTimeOffset(2036, 3, 7, 7, 59, 0, Winter));
        (await RaisedAsync(link, NotificationKind.AbsenceWithoutSubstitute)).ShouldBeEmpty();

        await RaiseAtAsync(new DateTimeOffset(2036, 3, 7, 8, 0, 0, Winter));

        var raised = await RaisedAsync(link, NotificationKind.AbsenceWithoutSubstitute);
        raised.Select(n => n.RecipientPersonId).ShouldBe([eva, helena], ignoreOrder: true);
        raised.ShouldAllBe(n => n.Subject == "Ingen ersättare för Ale kommun – vård och omsorg: Ledningsgrupp i samverkan tisdag 11 mars 2036 kl. 10.00");
        (await RaisedAsync(link, NotificationKind.MeetingTomorrow)).ShouldBeEmpty("the meeting itself is reminded on the Monday");

        await RaiseAtAsync(new DateTimeOffset(2036, 3, 10, 8, 0, 0, Winter));
        (await RaisedAsync(link, NotificationKind.AbsenceWithoutSubstitute)).Count.ShouldBe(2, "raised once");
        var coming = (await RaisedAsync(link, NotificationKind.MeetingTomorrow)).Select(n => n.RecipientPersonId).ToList();
        coming.ShouldContain(helena);
        coming.ShouldNotContain(eva, "she reported that she will not come");
    }

    [Fact]
    public async Task The_last_day_for_proposals_is_reminded_that_morning_while_the_agenda_is_unpublished()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var groupId = await convener.ManagementGroupIdAsync();
        var open = await convener.CreateMeetingAsync(groupId, new DateTimeOffset(2036, 9, 18, 10, 0, 0, Summer));
        var openId = MeetingsApi.MeetingId(open);
        var publishedId = MeetingsApi.MeetingId(await convener.CreateMeetingAsync(groupId, new DateTimeOffset(2036, 9, 18, 13, 0, 0, Summer)));
        using (var publish = await convener.PostJsonAsync($"/api/v1/meetings/{publishedId}/agenda/publish", new { }))
            await publish.ShouldBeJsonAsync(HttpStatusCode.OK);
        // Three working days before Thursday 18 September is Monday the 15th.
        open.GetProperty("meeting").GetProperty("agendaDeadline").GetString().ShouldBe("2036-09-15");
        var seated = await SeatedPeopleAsync(convener, openId);

        await RaiseAtAsync(new DateTimeOffset(2036, 9, 12, 12, 0, 0, Summer));
        await RaiseAtAsync(new DateTimeOffset(2036, 9, 15, 7, 59, 0, Summer));
        (await RaisedAsync($"/moten/{openId}", NotificationKind.AgendaDeadline)).ShouldBeEmpty();

        await RaiseAtAsync(new DateTimeOffset(2036, 9, 15, 8, 0, 0, Summer));
        await RaiseAtAsync(new DateTimeOffset(2036, 9, 15, 16, 0, 0, Summer));

        var raised = await RaisedAsync($"/moten/{openId}", NotificationKind.AgendaDeadline);
        raised.Select(n => n.RecipientPersonId).ShouldBe(seated, ignoreOrder: true);
        raised.ShouldAllBe(n => n.Subject == "Sista dag att föreslå punkter: Ledningsgrupp i samverkan torsdag 18 september 2036 kl. 10.00");
        raised[0].Body.ShouldStartWith("I dag 15 september är sista dagen att föreslå punkter");
        (await RaisedAsync($"/moten/{publishedId}", NotificationKind.AgendaDeadline)).ShouldBeEmpty("its agenda is already published");
    }

    [Fact]
    public async Task An_open_action_item_is_reminded_to_its_owner_the_working_day_before_it_is_due()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var details = await convener.CreateMeetingAsync(await convener.ManagementGroupIdAsync(), new DateTimeOffset(2037, 3, 10, 10, 0, 0, Winter));
        var meetingId = MeetingsApi.MeetingId(details);
        var item = MeetingsApi.Agenda(details)[0].GetProperty("id").GetInt32();
        var eva = await factory.PersonIdAsync(Demo.Member);
        var text = Unique.Name("Sammanställ utskrivningsstatistiken");
        int openAction, doneAction;
        // Due on Monday 23 March: reminded on Friday the 20th.
        using (var action = await convener.PostJsonAsync($"/api/v1/meetings/{meetingId}/agenda-items/{item}/action-items",
                   new { text, ownerPersonId = eva, dueDate = "2037-03-23" }))
            openAction = (await action.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        using (var action = await convener.PostJsonAsync($"/api/v1/meetings/{meetingId}/agenda-items/{item}/action-items",
                   new { text = Unique.Name("Redan gjord"), ownerPersonId = eva, dueDate = "2037-03-23", done = true }))
            doneAction = (await action.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var link = $"/moten/{meetingId}/protokoll";

        await RaiseAtAsync(new DateTimeOffset(2037, 3, 20, 7, 59, 0, Winter));
        (await RaisedAsync(link, NotificationKind.ActionItemDue)).ShouldBeEmpty();

        await RaiseAtAsync(new DateTimeOffset(2037, 3, 20, 8, 0, 0, Winter));
        await RaiseAtAsync(new DateTimeOffset(2037, 3, 22, 9, 0, 0, Winter));

        var raised = (await RaisedAsync(link, NotificationKind.ActionItemDue)).ShouldHaveSingleItem("once, and not for the action item that is done");
        raised.RecipientPersonId.ShouldBe(eva);
        raised.EntityType.ShouldBe("ActionItem");
        raised.EntityId.ShouldBe(openAction.ToString(System.Globalization.CultureInfo.InvariantCulture));
        raised.EntityId.ShouldNotBe(doneAction.ToString(System.Globalization.CultureInfo.InvariantCulture));
        raised.Subject.ShouldBe($"Åtgärd ska vara klar 23 mars: {text}");
        raised.Body.ShouldContain("måndag 23 mars 2037");
    }

    [Fact]
    public async Task Two_scans_at_once_raise_each_reminder_exactly_once()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(new DateTimeOffset(2037, 9, 15, 10, 0, 0, Summer));
        var seated = await SeatedPeopleAsync(convener, id);

        int[] counts;
        using (factory.Clock.TravelTo(new DateTimeOffset(2037, 9, 14, 8, 0, 0, Summer)))
            counts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Reminders.RaiseDueAsync(CancellationToken.None))));

        counts.Sum().ShouldBe(1, "the one reminder due is raised by one of the scans");
        var recipients = (await RaisedAsync($"/moten/{id}", NotificationKind.MeetingTomorrow)).Select(n => n.RecipientPersonId).ToList();
        recipients.ShouldBe(seated, ignoreOrder: true);
        recipients.Count.ShouldBe(recipients.Distinct().Count(), "nobody is reminded twice");
        (await factory.InDatabaseAsync(db => db.SentReminders.CountAsync(r => r.Key.StartsWith($"meeting-soon:{id}:")))).ShouldBe(1);
    }

    [Fact]
    public async Task A_failing_reminder_source_does_not_stop_the_others()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(new DateTimeOffset(2038, 3, 16, 10, 0, 0, Winter));
        var seated = await SeatedPeopleAsync(convener, id);
        var failing = new FailingSource();
        var reminders = new ReminderService(new ScopesWith(factory.Services.GetRequiredService<IServiceScopeFactory>(), failing),
            factory.Clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<ReminderService>.Instance);

        using (factory.Clock.TravelTo(new DateTimeOffset(2038, 3, 15, 8, 0, 0, Winter)))
            (await reminders.RaiseDueAsync(CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(1);

        failing.Calls.ShouldBe(1, "the failing source was asked first");
        (await RaisedAsync($"/moten/{id}", NotificationKind.MeetingTomorrow)).Select(n => n.RecipientPersonId).ShouldBe(seated, ignoreOrder: true);
    }

    private sealed class FailingSource : IReminderSource
    {
        public int Calls { get; private set; }

        public Task<IReadOnlyList<Reminder>> DueAsync(Samsyn.Web.Infrastructure.Data.AppDbContext db, DateTimeOffset now, CancellationToken ct)
        {
            Calls++;
            throw new InvalidOperationException("a capability's reminder query is broken");
        }
    }

    /// <summary>The app's scopes, with <paramref name="first"/> put before the app's own reminder sources.</summary>
    private sealed class ScopesWith(IServiceScopeFactory inner, IReminderSource first) : IServiceScopeFactory
    {
        public IServiceScope CreateScope() => new Scope(inner.CreateScope(), first);

        private sealed class Scope(IServiceScope scope, IReminderSource first) : IServiceScope, IServiceProvider, IAsyncDisposable
        {
            public IServiceProvider ServiceProvider => this;

            public object? GetService(Type serviceType) => serviceType == typeof(IEnumerable<IReminderSource>)
                ? scope.ServiceProvider.GetServices<IReminderSource>().Prepend(first).ToArray()
                : scope.ServiceProvider.GetService(serviceType);

            public void Dispose() => scope.Dispose();

            public ValueTask DisposeAsync() => scope is IAsyncDisposable d ? d.DisposeAsync() : ValueTask.CompletedTask;
        }
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class ReminderOnSqlite(SqliteFactory factory) : ReminderTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class ReminderOnPostgres(PostgresFactory factory) : ReminderTests(factory);
