using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samsyn.Web.Features.Bulletins;
using Samsyn.Web.Features.Notifications;

namespace Samsyn.IntegrationTests.Features.Bulletins;

/// <summary>Each recipient organisation acknowledges; the sender sees who has and has not, and those who have not are reminded once.</summary>
public abstract class AcknowledgementTests(SamsynFactory factory)
{
    [Fact]
    public async Task Member_acknowledges_for_her_organisation_and_a_second_acknowledgement_returns_the_first()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = BulletinsApi.Id(await convener.SendToAsync(MeetingsApi.Ale, MeetingsApi.Tjorn));
        using var member = await factory.SignedInAsync(Demo.Member);

        using var first = await member.AcknowledgeAsync(id);
        var recorded = await first.ShouldBeJsonAsync(HttpStatusCode.Created);
        recorded.GetProperty("organisationName").GetString().ShouldBe(MeetingsApi.Ale);
        recorded.GetProperty("acknowledgedBy").GetString().ShouldBe("Eva Låtsasson");
        recorded.GetProperty("alreadyAcknowledged").GetBoolean().ShouldBeFalse();

        using var substitute = await factory.SignedInAsync(Demo.Substitute);
        using var again = await substitute.AcknowledgeAsync(id);
        var existing = await again.ShouldBeJsonAsync(HttpStatusCode.OK);
        existing.GetProperty("alreadyAcknowledged").GetBoolean().ShouldBeTrue();
        existing.GetProperty("acknowledgedBy").GetString().ShouldBe("Eva Låtsasson", "the first acknowledgement stands");
        existing.GetProperty("acknowledgedAt").GetDateTimeOffset().ShouldBe(recorded.GetProperty("acknowledgedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Person_of_an_organisation_that_is_not_a_recipient_may_not_acknowledge_or_read()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = BulletinsApi.Id(await convener.SendToAsync(MeetingsApi.Tjorn));
        var ale = await convener.OrganisationIdAsync(MeetingsApi.Ale);
        var tjorn = await convener.OrganisationIdAsync(MeetingsApi.Tjorn);
        using var member = await factory.SignedInAsync(Demo.Member);

        using (var ack = await member.AcknowledgeAsync(id)) await ack.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using (var forTjorn = await member.AcknowledgeAsync(id, tjorn)) await forTjorn.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using (var forAle = await member.AcknowledgeAsync(id, ale)) await forAle.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using (var read = await member.GetAsync($"/api/v1/bulletins/{id}")) await read.ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await convener.GetBulletinAsync(id)).GetProperty("acknowledgedCount").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Convener_without_a_recipient_organisation_cannot_acknowledge_and_a_non_recipient_id_is_named()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = BulletinsApi.Id(await convener.SendToAsync(MeetingsApi.Ale));
        var tjorn = await convener.OrganisationIdAsync(MeetingsApi.Tjorn);

        using (var own = await convener.AcknowledgeAsync(id)) await own.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var member = await factory.SignedInAsync(Demo.Member);
        using (var other = await member.AcknowledgeAsync(id, tjorn)) await other.ShouldBeValidationProblemAsync("organisationId");
    }

    [Fact]
    public async Task Sender_sees_who_has_and_has_not_acknowledged_and_a_member_sees_only_her_own()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = BulletinsApi.Id(await convener.SendToAsync(MeetingsApi.Ale, MeetingsApi.Tjorn, MeetingsApi.Hospital));
        using var member = await factory.SignedInAsync(Demo.Member);
        using (var ack = await member.AcknowledgeAsync(id)) ack.StatusCode.ShouldBe(HttpStatusCode.Created);

        var seen = await convener.GetBulletinAsync(id);
        seen.GetProperty("seesAllRecipients").GetBoolean().ShouldBeTrue();
        seen.GetProperty("acknowledgedCount").GetInt32().ShouldBe(1);
        seen.GetProperty("acknowledgementText").GetString().ShouldBe("1 av 3 har bekräftat");
        var ale = BulletinsApi.RecipientNamed(seen, MeetingsApi.Ale);
        ale.GetProperty("acknowledged").GetBoolean().ShouldBeTrue();
        ale.GetProperty("acknowledgedBy").GetString().ShouldBe("Eva Låtsasson");
        ale.GetProperty("acknowledgedAt").ValueKind.ShouldBe(JsonValueKind.String);
        foreach (var name in new[] { MeetingsApi.Tjorn, MeetingsApi.Hospital })
        {
            var pending = BulletinsApi.RecipientNamed(seen, name);
            pending.GetProperty("acknowledged").GetBoolean().ShouldBeFalse();
            pending.GetProperty("acknowledgedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        }

        var own = await member.GetBulletinAsync(id);
        own.GetProperty("seesAllRecipients").GetBoolean().ShouldBeFalse();
        BulletinsApi.RecipientNames(own).ShouldBe([MeetingsApi.Ale]);
        own.GetProperty("mine").EnumerateArray().ShouldHaveSingleItem().GetProperty("acknowledged").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Acknowledgement_is_in_the_audit_trail_under_the_members_name()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = BulletinsApi.Id(await convener.SendToAsync(MeetingsApi.Ale));
        using var member = await factory.SignedInAsync(Demo.Member);
        using (var ack = await member.AcknowledgeAsync(id)) ack.StatusCode.ShouldBe(HttpStatusCode.Created);
        var recipientId = await factory.InDatabaseAsync(db => db.BulletinRecipients.Where(r => r.BulletinId == id).Select(r => r.Id).SingleAsync());

        using var admin = await factory.SignedInAsync(Demo.Admin);
        var trail = await admin.ListAsync($"/api/v1/audit?entityType=BulletinRecipient&entityId={recipientId}");

        var update = trail.First();
        update.GetProperty("action").GetString().ShouldBe("updated");
        update.GetProperty("userName").GetString().ShouldBe(Demo.Member);
        update.GetProperty("changes").GetProperty("AcknowledgedByName").GetProperty("after").GetString().ShouldBe("Eva Låtsasson");
    }

    [Fact]
    public async Task Reminder_falls_due_two_working_days_after_sending_for_the_organisations_that_have_not_acknowledged()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = BulletinsApi.Id(await convener.SendToAsync(MeetingsApi.Ale, MeetingsApi.Tjorn));
        var tjorn = await convener.OrganisationIdAsync(MeetingsApi.Tjorn);
        using var member = await factory.SignedInAsync(Demo.Member);
        using (var ack = await member.AcknowledgeAsync(id)) ack.StatusCode.ShouldBe(HttpStatusCode.Created);
        var sentAt = await factory.InDatabaseAsync(db => db.Bulletins.Where(b => b.Id == id).Select(b => b.SentAt).SingleAsync());
        var due = BulletinReminders.DueAt(sentAt, 8);

        var before = await DueForAsync(id, due.AddMinutes(-1));
        var at = await DueForAsync(id, due);

        before.ShouldBeEmpty();
        var reminder = at.ShouldHaveSingleItem("only Tjörn, which has not acknowledged");
        reminder.Key.ShouldBe($"bulletin-unacknowledged:{id}:{tjorn}");
        reminder.Kind.ShouldBe(NotificationKind.BulletinUnacknowledged);
        var tjornPeople = await factory.InDatabaseAsync(db => db.People.Where(p => p.OrganisationId == tjorn).Select(p => p.Id).ToListAsync());
        reminder.RecipientPersonIds.ShouldBeSubsetOf(reminder.RecipientPersonIds);
        tjornPeople.ShouldBeSubsetOf(reminder.RecipientPersonIds);
        reminder.Link.ShouldBe($"/meddelanden/{id}");
    }

    [Fact]
    public async Task Reminder_service_raises_the_reminder_once_and_not_for_the_organisation_that_has_acknowledged()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = BulletinsApi.Id(await convener.SendToAsync(MeetingsApi.Ale, MeetingsApi.Tjorn));
        var tjorn = await convener.OrganisationIdAsync(MeetingsApi.Tjorn);
        using var member = await factory.SignedInAsync(Demo.Member);
        using (var ack = await member.AcknowledgeAsync(id)) ack.StatusCode.ShouldBe(HttpStatusCode.Created);
        var sentAt = await factory.InDatabaseAsync(db => db.Bulletins.Where(b => b.Id == id).Select(b => b.SentAt).SingleAsync());
        var due = BulletinReminders.DueAt(sentAt, 8);
        Task<List<string>> RaisedAsync() => factory.InDatabaseAsync(db => db.Notifications
            .Where(n => n.Kind == NotificationKind.BulletinUnacknowledged && n.Link == $"/meddelanden/{id}").Select(n => n.Recipient.Name).ToListAsync());

        await BulletinReminderService(due.AddMinutes(-1)).RaiseDueAsync(CancellationToken.None);
        (await RaisedAsync()).ShouldBeEmpty("not before two working days have passed");

        await BulletinReminderService(due).RaiseDueAsync(CancellationToken.None);
        await BulletinReminderService(due.AddHours(3)).RaiseDueAsync(CancellationToken.None);

        var raised = await RaisedAsync();
        raised.ShouldContain("Maria Fantasia");
        raised.ShouldContain("Olof Sagoson");
        raised.ShouldBeUnique("each person is reminded once");
        raised.ShouldNotContain("Eva Låtsasson", "Ale has acknowledged");
        raised.ShouldNotContain("Per Modellsson");
        (await factory.InDatabaseAsync(db => db.SentReminders.CountAsync(r => r.Key == $"bulletin-unacknowledged:{id}:{tjorn}"))).ShouldBe(1);
    }

    /// <summary>
    /// The app's reminder service at a chosen moment, with only the bulletins' reminder source: the test drives the
    /// time without waiting, and raises no meeting reminders that other tests may expect to raise themselves.
    /// </summary>
    private ReminderService BulletinReminderService(DateTimeOffset now) =>
        new(new OnlyBulletinReminders(factory.Services.GetRequiredService<IServiceScopeFactory>()), new FixedClock(now),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ReminderService>.Instance);

    /// <summary>A clock stopped at <paramref name="now"/>, in UTC as TimeProvider promises (Npgsql writes only UTC offsets).</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }

    private sealed class OnlyBulletinReminders(IServiceScopeFactory inner) : IServiceScopeFactory
    {
        public IServiceScope CreateScope() => new Scope(inner.CreateScope());

        private sealed class Scope(IServiceScope scope) : IServiceScope, IServiceProvider
        {
            public IServiceProvider ServiceProvider => this;

            public object? GetService(Type serviceType) => serviceType == typeof(IEnumerable<IReminderSource>)
                ? scope.ServiceProvider.GetServices<IReminderSource>().OfType<BulletinReminders>().ToArray<IReminderSource>()
                : scope.ServiceProvider.GetService(serviceType);

            public void Dispose() => scope.Dispose();
        }
    }

    [Fact]
    public async Task Sender_reminds_by_hand_now_it_is_audited_and_a_second_reminder_at_once_is_refused()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = BulletinsApi.Id(await convener.SendToAsync(MeetingsApi.Ale, MeetingsApi.Tjorn));
        using var member = await factory.SignedInAsync(Demo.Member);
        using (var ack = await member.AcknowledgeAsync(id)) ack.StatusCode.ShouldBe(HttpStatusCode.Created);

        using (var refused = await member.PostJsonAsync($"/api/v1/bulletins/{id}/reminders", new { }))
            await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using (var remind = await convener.PostJsonAsync($"/api/v1/bulletins/{id}/reminders", new { }))
        {
            var round = await remind.ShouldBeJsonAsync(HttpStatusCode.OK);
            round.GetProperty("organisationCount").GetInt32().ShouldBe(1);
            round.GetProperty("personCount").GetInt32().ShouldBeGreaterThan(0);
        }
        using (var again = await convener.PostJsonAsync($"/api/v1/bulletins/{id}/reminders", new { }))
            await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var notified = await factory.InDatabaseAsync(db => db.Notifications
            .Where(n => n.Kind == NotificationKind.BulletinUnacknowledged && n.Link == $"/meddelanden/{id}").Select(n => n.Recipient.Name).ToListAsync());
        notified.ShouldContain("Maria Fantasia");
        notified.ShouldNotContain("Eva Låtsasson");
        var roundId = await factory.InDatabaseAsync(db => db.BulletinReminderRounds.Where(r => r.BulletinId == id).Select(r => r.Id).SingleAsync());
        using var admin = await factory.SignedInAsync(Demo.Admin);
        (await admin.ListAsync($"/api/v1/audit?entityType=BulletinReminderRound&entityId={roundId}")).ShouldHaveSingleItem()
            .GetProperty("userName").GetString().ShouldBe(Demo.Convener);
        (await convener.GetBulletinAsync(id)).GetProperty("reminders").EnumerateArray().ShouldHaveSingleItem();
    }

    private Task<List<Reminder>> DueForAsync(int bulletinId, DateTimeOffset now) =>
        factory.InScopeAsync(async services =>
        {
            var source = services.GetServices<IReminderSource>().OfType<BulletinReminders>().Single();
            var due = await source.DueAsync(services.GetRequiredService<Samsyn.Web.Infrastructure.Data.AppDbContext>(), now, CancellationToken.None);
            return due.Where(r => r.Link == $"/meddelanden/{bulletinId}").ToList();
        });
}

[Collection(SqliteDatabase.Name)]
public sealed class AcknowledgementOnSqlite(SqliteFactory factory) : AcknowledgementTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class AcknowledgementOnPostgres(PostgresFactory factory) : AcknowledgementTests(factory);
