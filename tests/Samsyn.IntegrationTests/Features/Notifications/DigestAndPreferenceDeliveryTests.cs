using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Samsyn.Web.Features.Notifications;

namespace Samsyn.IntegrationTests.Features.Notifications;

/// <summary>
/// The email worker applies each person's choices against a real SMTP server: in-app only is
/// never emailed, a daily digest collects the day's notifications into one email after the
/// digest hour (07.00 Swedish time). Each test has a person of its own and starts from an
/// empty outbox; the digest times are reached by travelling the app's clock.
/// </summary>
public abstract partial class DigestAndPreferenceDeliveryTests(MailFactoryBase factory)
{
    private static readonly TimeSpan Winter = MeetingsApi.Winter;

    private EmailDeliveryWorker Worker => factory.Services.GetRequiredService<EmailDeliveryWorker>();

    private Task<int> DeliverAsync() => Worker.DeliverPendingAsync(CancellationToken.None);

    private async Task<int> DeliverAtAsync(DateTimeOffset moment)
    {
        using (factory.Clock.TravelTo(moment))
            return await DeliverAsync();
    }

    /// <summary>A person of the test's own with the given choices saved through the API, and an outbox with nothing left to send.</summary>
    private async Task<TestPerson> PersonChoosingAsync(params (string Kind, string Channel)[] choices)
    {
        await factory.Smtp.StartAsync();
        var person = await factory.NewPersonWithAccountAsync();
        using var client = await factory.SignedInAsync(person.Email);
        using (var save = await client.PutJsonAsync("/api/v1/notifications/preferences",
                   new { preferences = choices.Select(c => new { kind = c.Kind, channel = c.Channel }).ToArray() }))
            await save.ShouldBeJsonAsync(HttpStatusCode.OK);
        await DeliverAsync();
        return person;
    }

    private Task<long> RaiseAsync(TestPerson person, NotificationKind kind, string subject, string link) =>
        factory.InDatabaseAsync(async db =>
        {
            Notifier.Raise(db, [person.PersonId], kind, subject, $"Om {subject}.", link);
            await db.SaveChangesAsync();
            return await db.Notifications.Where(n => n.Subject == subject).Select(n => n.Id).SingleAsync();
        });

    private Task<Notification> NotificationAsync(long id) =>
        factory.InDatabaseAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Id == id));

    private List<MimeMessage> MailTo(TestPerson person) =>
        [.. factory.Smtp.Messages().Where(m => m.To.Mailboxes.Any(a => a.Address == person.Email))];

    [Fact]
    public async Task In_app_only_is_shown_in_Samsyn_but_never_emailed()
    {
        var person = await PersonChoosingAsync(("minutesApproved", "inAppOnly"));
        var quiet = await RaiseAsync(person, NotificationKind.MinutesApproved, Unique.Name("Protokoll justerat"), "/moten/901");
        var loud = await RaiseAsync(person, NotificationKind.AgendaPublished, Unique.Name("Dagordning publicerad"), "/moten/902");

        (await DeliverAsync()).ShouldBe(1, "only the kind left at 'immediately' is emailed");
        (await DeliverAsync()).ShouldBe(0);

        var notSent = await NotificationAsync(quiet);
        notSent.EmailStatus.ShouldBe(DeliveryStatus.NotRequired);
        notSent.EmailAttempts.ShouldBe(0);
        (await NotificationAsync(loud)).EmailStatus.ShouldBe(DeliveryStatus.Sent);
        MailTo(person).Select(m => m.MessageId).ShouldBe([$"notification-{loud}@samsyn"]);

        using var client = await factory.SignedInAsync(person.Email);
        using var list = await client.GetAsync("/api/v1/notifications?unreadOnly=true&pageSize=500");
        var shown = (await list.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
            .Single(n => n.GetProperty("id").GetInt64() == quiet);
        shown.GetProperty("kind").GetString().ShouldBe("minutesApproved");
        shown.GetProperty("subject").GetString().ShouldBe(notSent.Subject);
    }

    [Fact]
    public async Task Daily_digest_sends_the_days_notifications_in_one_email_after_seven()
    {
        var person = await PersonChoosingAsync(("agendaPublished", "dailyDigest"), ("meetingCancelled", "dailyDigest"));
        // Tuesday 6 March 2035, mid-morning: the next digest is Wednesday at 07.00.
        var raisedAt = new DateTimeOffset(2035, 3, 6, 10, 0, 0, Winter);
        var firstSubject = Unique.Name("Dagordningen är publicerad för mötet");
        var secondSubject = Unique.Name("Mötet är inställt");
        long first, second, immediate;
        using (factory.Clock.TravelTo(raisedAt))
        {
            first = await RaiseAsync(person, NotificationKind.AgendaPublished, firstSubject, "/moten/911");
            second = await RaiseAsync(person, NotificationKind.MeetingCancelled, secondSubject, "/moten/912");
            immediate = await RaiseAsync(person, NotificationKind.MeetingRescheduled, Unique.Name("Mötet är flyttat"), "/moten/913");

            (await DeliverAsync()).ShouldBe(1, "only the kind left at 'immediately' goes out at once");
        }
        MailTo(person).Select(m => m.MessageId).ShouldBe([$"notification-{immediate}@samsyn"]);
        (await NotificationAsync(first)).EmailStatus.ShouldBe(DeliveryStatus.AwaitingDigest);
        (await NotificationAsync(second)).EmailStatus.ShouldBe(DeliveryStatus.AwaitingDigest);

        (await DeliverAtAsync(new DateTimeOffset(2035, 3, 6, 23, 59, 0, Winter))).ShouldBe(0);
        (await DeliverAtAsync(new DateTimeOffset(2035, 3, 7, 6, 59, 0, Winter))).ShouldBe(0, "the digest waits for 07.00");
        MailTo(person).Count.ShouldBe(1);

        (await DeliverAtAsync(new DateTimeOffset(2035, 3, 7, 7, 0, 0, Winter))).ShouldBe(1);

        var digest = MailTo(person).Where(m => m.MessageId?.StartsWith("digest-", StringComparison.Ordinal) == true).ShouldHaveSingleItem();
        DigestId().IsMatch(digest.MessageId ?? "").ShouldBeTrue(digest.MessageId);
        digest.Subject.ShouldBe("Samsyn i dag: 2 notiser");
        digest.From.Mailboxes.Single().Address.ShouldBe("samsyn@test.example");
        var text = digest.TextBody.ShouldNotBeNull();
        text.ShouldContain($"Hej {person.Name}!");
        text.ShouldContain("Det här har hänt i Samsyn sedan förra sammanfattningen:");
        text.ShouldContain(firstSubject);
        text.ShouldContain(secondSubject);
        text.ShouldContain("https://samsyn.test.example/moten/911");
        text.ShouldContain("https://samsyn.test.example/moten/912");
        text.ShouldNotContain("https://samsyn.test.example/moten/913", customMessage: "the immediate email is not repeated");
        text.ShouldContain("https://samsyn.test.example/notiser/installningar");
        text.IndexOf(firstSubject, StringComparison.Ordinal).ShouldBeLessThan(text.IndexOf(secondSubject, StringComparison.Ordinal), "in the order raised");
        var html = digest.HtmlBody.ShouldNotBeNull();
        html.ShouldContain("lang=\"sv\"");
        html.ShouldContain("href=\"https://samsyn.test.example/moten/911\"");
        html.ShouldContain("href=\"https://samsyn.test.example/moten/912\"");
        (await NotificationAsync(first)).EmailStatus.ShouldBe(DeliveryStatus.Sent);
        (await NotificationAsync(second)).EmailStatus.ShouldBe(DeliveryStatus.Sent);

        (await DeliverAtAsync(new DateTimeOffset(2035, 3, 7, 7, 5, 0, Winter))).ShouldBe(0);
        (await DeliverAtAsync(new DateTimeOffset(2035, 3, 8, 7, 0, 0, Winter))).ShouldBe(0, "nothing new for the next day's digest");
        MailTo(person).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_notification_raised_after_seven_waits_for_the_next_days_digest()
    {
        var person = await PersonChoosingAsync(("actionItemDue", "dailyDigest"));
        var subject = Unique.Name("Åtgärd ska vara klar");
        long id;
        using (factory.Clock.TravelTo(new DateTimeOffset(2035, 11, 13, 7, 30, 0, Winter)))
        {
            id = await RaiseAsync(person, NotificationKind.ActionItemDue, subject, "/moten/921/protokoll");
            (await DeliverAsync()).ShouldBe(0);
        }

        (await DeliverAtAsync(new DateTimeOffset(2035, 11, 13, 18, 0, 0, Winter))).ShouldBe(0, "today's 07.00 digest was before it was raised");
        (await DeliverAtAsync(new DateTimeOffset(2035, 11, 14, 7, 0, 0, Winter))).ShouldBe(1);

        var digest = MailTo(person).ShouldHaveSingleItem();
        digest.Subject.ShouldBe($"Samsyn i dag: {subject}", "a digest of one names it in the subject");
        digest.TextBody.ShouldNotBeNull().ShouldContain("https://samsyn.test.example/moten/921/protokoll");
        (await NotificationAsync(id)).EmailStatus.ShouldBe(DeliveryStatus.Sent);
    }

    [GeneratedRegex("^digest-[0-9a-f]{32}@samsyn$")]
    private static partial Regex DigestId();
}

public sealed class DigestAndPreferenceDeliveryOnSqlite(MailFactory factory) : DigestAndPreferenceDeliveryTests(factory), IClassFixture<MailFactory>;

public sealed class DigestAndPreferenceDeliveryOnPostgres(PostgresMailFactory factory) : DigestAndPreferenceDeliveryTests(factory), IClassFixture<PostgresMailFactory>;
