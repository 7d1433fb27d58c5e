using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samsyn.Web.Features.Notifications;

namespace Samsyn.IntegrationTests.Features.Notifications;

/// <summary>The email outbox against a real SMTP server: nothing lost while it is down, each message sent once.</summary>
public sealed class EmailDeliveryTests(MailFactory factory) : IClassFixture<MailFactory>
{
    private EmailDeliveryWorker Worker => factory.Services.GetRequiredService<EmailDeliveryWorker>();

    private Task<Notification> NotificationAsync(long id) =>
        factory.InDatabaseAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Id == id));

    [Fact]
    public async Task Mail_waits_while_the_server_is_down_and_is_delivered_once_when_it_is_back()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var meetingId = await convener.CreateManagementMeetingAsync(new DateTimeOffset(2033, 3, 8, 8, 15, 0, MeetingsApi.Winter));
        var ale = MeetingsApi.SeatOf(await convener.SeatsAsync(meetingId), MeetingsApi.Ale);
        using var member = await factory.SignedInAsync(Demo.Member);
        using (var report = await member.PostJsonAsync($"/api/v1/meetings/{meetingId}/absence", new { substitutePersonId = MeetingsApi.SubstituteOf(ale) }))
            await report.ShouldBeJsonAsync(HttpStatusCode.OK);
        var id = await factory.InDatabaseAsync(db => db.Notifications.Where(n => n.Link == $"/moten/{meetingId}").Select(n => n.Id).SingleAsync());

        (await Worker.DeliverPendingAsync(CancellationToken.None)).ShouldBe(0);
        var waiting = await NotificationAsync(id);
        waiting.EmailStatus.ShouldBe(DeliveryStatus.Pending);
        waiting.EmailAttempts.ShouldBe(1);
        waiting.EmailNextAttemptAt.ShouldNotBeNull().ShouldBeGreaterThan(DateTimeOffset.UtcNow);

        await factory.Smtp.StartAsync();
        (await Worker.DeliverPendingAsync(CancellationToken.None)).ShouldBe(0, "the retry waits for its back-off");
        await factory.InDatabaseAsync(db => db.Notifications.Where(n => n.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.EmailNextAttemptAt, (DateTimeOffset?)null)));

        (await Worker.DeliverPendingAsync(CancellationToken.None)).ShouldBe(1);
        (await Worker.DeliverPendingAsync(CancellationToken.None)).ShouldBe(0);

        (await NotificationAsync(id)).EmailStatus.ShouldBe(DeliveryStatus.Sent);
        var mail = factory.Smtp.Messages().Where(m => m.MessageId == $"notification-{id}@samsyn").ShouldHaveSingleItem();
        mail.To.Mailboxes.Single().Address.ShouldBe(Demo.Substitute);
        mail.Subject.ShouldStartWith("Du ersätter Eva Låtsasson vid Ledningsgrupp i samverkan");
        mail.TextBody.ShouldNotBeNull().ShouldContain($"https://samsyn.test.example/moten/{meetingId}");
        mail.HtmlBody.ShouldNotBeNull().ShouldContain($"href=\"https://samsyn.test.example/moten/{meetingId}\"");
    }

}

/// <summary>Several app instances share one outbox: the claim lets only one of them send a message.</summary>
public sealed class ConcurrentEmailDeliveryTests(MailFactory factory) : IClassFixture<MailFactory>
{
    private EmailDeliveryWorker Worker => factory.Services.GetRequiredService<EmailDeliveryWorker>();

    [Fact]
    public async Task Two_senders_at_once_send_each_message_exactly_once()
    {
        await factory.Smtp.StartAsync();
        var ids = await factory.InDatabaseAsync(async db =>
        {
            var person = await db.People.SingleAsync(p => p.Email == Demo.Member);
            Notifier.Raise(db, [person.Id], NotificationKind.AgendaPublished, "Samtidighetsprov", "Text", "/moten");
            Notifier.Raise(db, [person.Id], NotificationKind.AgendaPublished, "Samtidighetsprov", "Text", "/moten");
            Notifier.Raise(db, [person.Id], NotificationKind.AgendaPublished, "Samtidighetsprov", "Text", "/moten");
            Notifier.Raise(db, [person.Id], NotificationKind.AgendaPublished, "Samtidighetsprov", "Text", "/moten");
            await db.SaveChangesAsync();
            return await db.Notifications.Where(n => n.Subject == "Samtidighetsprov").Select(n => n.Id).ToListAsync();
        });
        ids.Count.ShouldBe(4);

        var sent = await Task.WhenAll(Worker.DeliverPendingAsync(CancellationToken.None), Worker.DeliverPendingAsync(CancellationToken.None));

        sent.Sum().ShouldBe(4);
        foreach (var id in ids)
            factory.Smtp.Messages().Count(m => m.MessageId == $"notification-{id}@samsyn").ShouldBe(1);
    }
}
