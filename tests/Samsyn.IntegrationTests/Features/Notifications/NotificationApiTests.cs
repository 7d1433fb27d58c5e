namespace Samsyn.IntegrationTests.Features.Notifications;

/// <summary>Notifications are raised with the change that causes them and shown to their recipient only.</summary>
public abstract class NotificationApiTests(SamsynFactory factory)
{
    private static readonly DateTimeOffset Start = new(2032, 9, 7, 8, 15, 0, MeetingsApi.Summer);

    private static async Task<JsonElement[]> NotificationsAsync(HttpClient client, bool unreadOnly = false)
    {
        using var response = await client.GetAsync($"/api/v1/notifications?unreadOnly={unreadOnly.ToString().ToLowerInvariant()}&pageSize=500");
        return [.. (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()];
    }

    [Fact]
    public async Task Named_substitute_is_notified_when_a_member_reports_absence()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start);
        var ale = MeetingsApi.SeatOf(await convener.SeatsAsync(id), MeetingsApi.Ale);
        using var member = await factory.SignedInAsync(Demo.Member);

        using var report = await member.PostJsonAsync($"/api/v1/meetings/{id}/absence", new { substitutePersonId = MeetingsApi.SubstituteOf(ale) });
        await report.ShouldBeJsonAsync(HttpStatusCode.OK);

        using var substitute = await factory.SignedInAsync(Demo.Substitute);
        var mine = (await NotificationsAsync(substitute, unreadOnly: true)).Where(n => n.GetProperty("link").GetString() == $"/moten/{id}").ToArray();
        var notification = mine.ShouldHaveSingleItem();
        notification.GetProperty("kind").GetString().ShouldBe("substituteRequested");
        notification.GetProperty("subject").GetString()!.ShouldStartWith("Du ersätter Eva Låtsasson");
        notification.GetProperty("read").GetBoolean().ShouldBeFalse();
        (await NotificationsAsync(member)).ShouldNotContain(n => n.GetProperty("link").GetString() == $"/moten/{id}" && n.GetProperty("kind").GetString() == "substituteRequested");
    }

    [Fact]
    public async Task Publishing_the_agenda_notifies_members_but_not_the_convener_who_published()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start.AddDays(1));

        using var publish = await convener.PostJsonAsync($"/api/v1/meetings/{id}/agenda/publish", new { });
        await publish.ShouldBeJsonAsync(HttpStatusCode.OK);

        using var member = await factory.SignedInAsync(Demo.Member);
        (await NotificationsAsync(member)).ShouldContain(n => n.GetProperty("kind").GetString() == "agendaPublished" && n.GetProperty("link").GetString() == $"/moten/{id}");
        (await NotificationsAsync(convener)).ShouldNotContain(n => n.GetProperty("kind").GetString() == "agendaPublished" && n.GetProperty("link").GetString() == $"/moten/{id}");
    }

    [Fact]
    public async Task Recipient_marks_a_notification_read_and_nobody_else_can()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start.AddDays(2));
        using (var publish = await convener.PostJsonAsync($"/api/v1/meetings/{id}/agenda/publish", new { })) await publish.ShouldBeJsonAsync(HttpStatusCode.OK);
        using var member = await factory.SignedInAsync(Demo.Member);
        var notification = (await NotificationsAsync(member, unreadOnly: true)).First(n => n.GetProperty("link").GetString() == $"/moten/{id}");
        var notificationId = notification.GetProperty("id").GetInt64();

        using (var other = await convener.PostJsonAsync($"/api/v1/notifications/{notificationId}/read", new { }))
            await other.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await NotificationsAsync(member, unreadOnly: true)).ShouldContain(n => n.GetProperty("id").GetInt64() == notificationId);

        using (var own = await member.PostJsonAsync($"/api/v1/notifications/{notificationId}/read", new { }))
            own.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await NotificationsAsync(member, unreadOnly: true)).ShouldNotContain(n => n.GetProperty("id").GetInt64() == notificationId);
        (await NotificationsAsync(member)).Single(n => n.GetProperty("id").GetInt64() == notificationId).GetProperty("read").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_refused_change_raises_no_notification()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start.AddDays(3));
        var tjorn = MeetingsApi.SubstituteOf(MeetingsApi.SeatOf(await convener.SeatsAsync(id), MeetingsApi.Tjorn));
        using var member = await factory.SignedInAsync(Demo.Member);

        using var report = await member.PostJsonAsync($"/api/v1/meetings/{id}/absence", new { substitutePersonId = tjorn });
        await report.ShouldBeValidationProblemAsync("substitutePersonId");

        var raised = await factory.InDatabaseAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.Notifications, n => n.Link == $"/moten/{id}"));
        raised.ShouldBe(0);
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class NotificationApiOnSqlite(SqliteFactory factory) : NotificationApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class NotificationApiOnPostgres(PostgresFactory factory) : NotificationApiTests(factory);
