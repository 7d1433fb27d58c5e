using Ical.Net.CalendarComponents;

namespace Samsyn.IntegrationTests.Features.Meetings;

/// <summary>Invitations and the group feed, read back with an iCalendar parser as a calendar program would.</summary>
public abstract class MeetingCalendarApiTests(SamsynFactory factory)
{
    private static readonly DateTimeOffset Start = new(2034, 2, 7, 13, 0, 0, MeetingsApi.Winter);

    private static async Task<(Ical.Net.Calendar Calendar, CalendarEvent Event)> InvitationAsync(HttpClient client, int id)
    {
        using var response = await client.GetAsync($"/api/v1/meetings/{id}/invite.ics");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync()).ShouldNotBeNull();
        return (calendar, calendar.Events.ShouldHaveSingleItem());
    }

    [Fact]
    public async Task Invitation_is_valid_icalendar_in_Stockholm_time_with_the_members_invited()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start, minutes: 45);

        var (calendar, e) = await InvitationAsync(convener, id);

        calendar.Method.ShouldBe("REQUEST");
        calendar.TimeZones.ShouldContain(z => z.TzId == "Europe/Stockholm");
        e.DtStart!.TzId.ShouldBe("Europe/Stockholm");
        e.DtStart.Value.ShouldBe(new DateTime(2034, 2, 7, 13, 0, 0));
        e.DtEnd!.Value.ShouldBe(new DateTime(2034, 2, 7, 13, 45, 0));
        e.Sequence.ShouldBe(0);
        e.Uid.ShouldNotBeNullOrWhiteSpace();
        e.Description.ShouldNotBeNull().ShouldContain("Dagordning:");
        e.Organizer.ShouldNotBeNull().Value!.ToString().ShouldBe($"mailto:{Demo.Convener}");
        e.Attendees.ShouldContain(a => a.Value!.ToString() == $"mailto:{Demo.Member}");
    }

    [Fact]
    public async Task Rescheduling_keeps_the_uid_and_raises_the_sequence_and_cancelling_sends_a_cancel()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start.AddDays(1));
        var (_, before) = await InvitationAsync(convener, id);
        var details = await convener.GetMeetingAsync(id);
        var meeting = details.GetProperty("meeting");

        using (var move = await convener.PutJsonAsync($"/api/v1/meetings/{id}", new
        {
            title = meeting.GetProperty("title").GetString(),
            startsAt = Start.AddDays(1).AddHours(1),
            endsAt = Start.AddDays(1).AddHours(2),
            version = meeting.GetProperty("version").GetInt32(),
        }))
            await move.ShouldBeJsonAsync(HttpStatusCode.OK);
        var (_, moved) = await InvitationAsync(convener, id);
        moved.Uid.ShouldBe(before.Uid);
        moved.Sequence.ShouldBe(before.Sequence + 1);
        moved.DtStart!.Value.ShouldBe(new DateTime(2034, 2, 8, 14, 0, 0));

        var version = (await convener.GetMeetingAsync(id)).GetProperty("meeting").GetProperty("version").GetInt32();
        using (var cancel = await convener.PostJsonAsync($"/api/v1/meetings/{id}/cancel", new { version }))
            await cancel.ShouldBeJsonAsync(HttpStatusCode.OK);
        var (cancelled, e) = await InvitationAsync(convener, id);
        cancelled.Method.ShouldBe("CANCEL");
        e.Status.ShouldBe("CANCELLED");
        e.Uid.ShouldBe(before.Uid);
        e.Sequence.ShouldBeGreaterThan(moved.Sequence);
    }

    [Fact]
    public async Task Group_feed_needs_its_secret_address_and_lists_the_groups_meetings()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var groupId = await convener.ManagementGroupIdAsync();
        await convener.CreateManagementMeetingAsync(Start.AddDays(2));
        using var subscription = await convener.GetAsync($"/api/v1/groups/{groupId}/calendar-subscription");
        var url = new Uri((await subscription.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("url").GetString()!);
        using var anonymous = factory.Anonymous();

        using var feed = await anonymous.GetAsync(url.PathAndQuery);
        feed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var calendar = Ical.Net.Calendar.Load(await feed.Content.ReadAsStringAsync()).ShouldNotBeNull();
        calendar.Method.ShouldBe("PUBLISH");
        calendar.Events.Count.ShouldBeGreaterThan(1);
        calendar.Events.ShouldContain(e => e.DtStart!.Value == new DateTime(2034, 2, 9, 13, 0, 0));

        using var forged = await anonymous.GetAsync($"/api/v1/groups/{groupId}/calendar.ics?token=forged");
        await forged.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var otherGroup = groupId + 1;
        using var wrongGroup = await anonymous.GetAsync($"/api/v1/groups/{otherGroup}/calendar.ics{url.Query}");
        await wrongGroup.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class MeetingCalendarApiOnSqlite(SqliteFactory factory) : MeetingCalendarApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class MeetingCalendarApiOnPostgres(PostgresFactory factory) : MeetingCalendarApiTests(factory);
