using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Notifications;

namespace Samsyn.IntegrationTests.Features.Notifications;

/// <summary>
/// A person's own calendar address: made, replaced and turned off through the API, read by a
/// calendar program without logging in, and parsed here as such a program would.
/// </summary>
public abstract class PersonalCalendarFeedTests(SamsynFactory factory)
{
    private const string FeedPath = "/api/v1/calendar-feed/personal.ics";

    /// <summary>A Tuesday no other test plans for.</summary>
    private static readonly DateTimeOffset Start = new(2038, 2, 9, 13, 0, 0, MeetingsApi.Winter);

    private static async Task<Uri> NewAddressAsync(HttpClient client)
    {
        using var response = await client.PostJsonAsync("/api/v1/calendar-feed", new { });
        var created = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        created.GetProperty("hint").GetString().ShouldNotBeNullOrWhiteSpace();
        var url = new Uri(created.GetProperty("url").GetString()!);
        url.IsAbsoluteUri.ShouldBeTrue();
        url.AbsolutePath.ShouldBe(FeedPath);
        return url;
    }

    private async Task<Ical.Net.Calendar> ReadFeedAsync(Uri url)
    {
        using var anonymous = factory.Anonymous();
        using var response = await anonymous.GetAsync(url.PathAndQuery);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        return Ical.Net.Calendar.Load(text).ShouldNotBeNull();
    }

    private async Task FeedShouldBeRefusedAsync(string pathAndQuery)
    {
        using var anonymous = factory.Anonymous();
        using var response = await anonymous.GetAsync(pathAndQuery);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.GetProperty("title").GetString().ShouldNotBeNull().ShouldContain("Kalenderadressen är ogiltig eller avstängd");
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("BEGIN:VCALENDAR");
    }

    private static async Task<JsonElement> StatusAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v1/calendar-feed");
        return await response.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Feed_has_the_persons_meetings_and_action_items_but_not_the_meetings_of_other_groups()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var ownTitle = Unique.Name("Eget möte");
        var own = await convener.CreateMeetingAsync(await convener.ManagementGroupIdAsync(), Start, minutes: 90, title: ownTitle);
        var ownId = MeetingsApi.MeetingId(own);
        var otherTitle = Unique.Name("Annan grupps möte");
        var otherGroupId = await convener.IdByNameAsync("/api/v1/groups", "Närområdesgrupp Ale");
        await convener.CreateMeetingAsync(otherGroupId, Start.AddDays(1), title: otherTitle);
        var eva = MeetingsApi.SeatOf(await convener.SeatsAsync(ownId), MeetingsApi.Ale).GetProperty("personId").GetInt32();
        var item = MeetingsApi.Agenda(own)[0].GetProperty("id").GetInt32();
        var actionText = Unique.Name("Ta fram underlag");
        int actionId;
        using (var action = await convener.PostJsonAsync($"/api/v1/meetings/{ownId}/agenda-items/{item}/action-items",
                   new { text = actionText, ownerPersonId = eva, dueDate = "2038-02-26" }))
            actionId = (await action.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var deadline = DateOnly.Parse(own.GetProperty("meeting").GetProperty("agendaDeadline").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        using var member = await factory.SignedInAsync(Demo.Member);

        var calendar = await ReadFeedAsync(await NewAddressAsync(member));

        calendar.Method.ShouldBe("PUBLISH");
        CalendarName(calendar).ShouldBe("Samsyn – Eva Låtsasson");
        var meeting = calendar.Events.Where(e => e.Summary == $"{Demo.ManagementGroup}: {ownTitle}").ShouldHaveSingleItem();
        meeting.DtStart!.TzId.ShouldBe("Europe/Stockholm");
        meeting.DtStart.Value.ShouldBe(new DateTime(2038, 2, 9, 13, 0, 0));
        meeting.DtEnd!.Value.ShouldBe(new DateTime(2038, 2, 9, 14, 30, 0));
        meeting.Url!.AbsolutePath.ShouldBe($"/moten/{ownId}");

        var due = calendar.Events.Where(e => e.Uid == $"action-item-{actionId}@samsyn").ShouldHaveSingleItem();
        due.Summary.ShouldBe($"Åtgärd klar: {actionText}");
        due.IsAllDay.ShouldBeTrue();
        due.DtStart!.HasTime.ShouldBeFalse();
        due.DtStart.Date.ShouldBe(new DateOnly(2038, 2, 26));
        due.DtEnd!.Date.ShouldBe(new DateOnly(2038, 2, 27));
        due.Url!.AbsolutePath.ShouldBe($"/moten/{ownId}/protokoll");

        calendar.Events.ShouldContain(e => e.Summary == $"Sista dag för förslag: {Demo.ManagementGroup}" && e.IsAllDay && e.DtStart!.Date == deadline);
        calendar.Events.ShouldNotContain(e => e.Summary != null && e.Summary.Contains(otherTitle));
        // The convener of that group does have it: the meeting is left out for the member, not missing.
        var convenersCalendar = await ReadFeedAsync(await NewAddressAsync(convener));
        convenersCalendar.Events.ShouldContain(e => e.Summary == $"Närområdesgrupp Ale: {otherTitle}");
        convenersCalendar.Events.ShouldNotContain(e => e.Uid == $"action-item-{actionId}@samsyn", "an action item is in its owner's feed only");
    }

    [Fact]
    public async Task A_new_address_stops_the_old_one_at_once()
    {
        var person = await factory.NewPersonWithAccountAsync();
        using var client = await factory.SignedInAsync(person.Email);
        var first = await NewAddressAsync(client);
        CalendarName(await ReadFeedAsync(first)).ShouldBe($"Samsyn – {person.Name}");

        var second = await NewAddressAsync(client);

        second.Query.ShouldNotBe(first.Query);
        await FeedShouldBeRefusedAsync(first.PathAndQuery);
        CalendarName(await ReadFeedAsync(second)).ShouldBe($"Samsyn – {person.Name}");
        var status = await StatusAsync(client);
        status.GetProperty("active").GetBoolean().ShouldBeTrue();
        status.GetProperty("createdAt").ValueKind.ShouldBe(JsonValueKind.String);
        (await factory.InDatabaseAsync(db => db.PersonalCalendarFeeds.CountAsync(f => f.PersonId == person.PersonId))).ShouldBe(1);
    }

    [Fact]
    public async Task Turning_the_address_off_stops_it_and_the_status_says_inactive()
    {
        var person = await factory.NewPersonWithAccountAsync();
        using var client = await factory.SignedInAsync(person.Email);
        (await StatusAsync(client)).GetProperty("active").GetBoolean().ShouldBeFalse();
        var url = await NewAddressAsync(client);
        (await StatusAsync(client)).GetProperty("active").GetBoolean().ShouldBeTrue();

        using (var revoke = await client.DeleteAsync("/api/v1/calendar-feed"))
            revoke.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await FeedShouldBeRefusedAsync(url.PathAndQuery);
        var status = await StatusAsync(client);
        status.GetProperty("active").GetBoolean().ShouldBeFalse();
        status.GetProperty("createdAt").ValueKind.ShouldBe(JsonValueKind.Null);
        using (var again = await client.DeleteAsync("/api/v1/calendar-feed"))
            await again.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?token=")]
    [InlineData("?token=abc")]
    [InlineData("?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%2B")]
    [InlineData("?token=%27%20OR%201%3D1--")]
    public async Task A_missing_malformed_or_unknown_token_gives_401(string query)
    {
        await FeedShouldBeRefusedAsync($"{FeedPath}{query}");
    }

    [Fact]
    public async Task The_token_and_its_hash_never_reach_the_audit_trail()
    {
        var person = await factory.NewPersonWithAccountAsync();
        using var client = await factory.SignedInAsync(person.Email);
        var first = Token(await NewAddressAsync(client));
        var second = Token(await NewAddressAsync(client));
        var feedId = await factory.InDatabaseAsync(db => db.PersonalCalendarFeeds.Where(f => f.PersonId == person.PersonId).Select(f => f.Id).SingleAsync());
        using (var revoke = await client.DeleteAsync("/api/v1/calendar-feed"))
            revoke.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var admin = await factory.SignedInAsync(Demo.Admin);

        var trail = await admin.ListAsync($"/api/v1/audit?entityType=PersonalCalendarFeed&entityId={feedId}");

        trail.Select(e => e.GetProperty("action").GetString()).ShouldBe(["deleted", "updated", "created"]);
        trail.ShouldAllBe(e => e.GetProperty("userName").GetString() == person.Email);
        trail[2].GetProperty("changes").GetProperty("TokenHash").GetProperty("after").GetString().ShouldBe("***");
        trail[1].GetProperty("changes").GetProperty("TokenHash").GetProperty("before").GetString().ShouldBe("***");
        trail[1].GetProperty("changes").GetProperty("TokenHash").GetProperty("after").GetString().ShouldBe("***");
        trail[0].GetProperty("changes").GetProperty("TokenHash").GetProperty("before").GetString().ShouldBe("***");
        var stored = await factory.InDatabaseAsync(db => db.AuditEntries.Select(e => e.Changes).ToListAsync());
        foreach (var secret in new[] { first, second, CalendarFeedToken.Hash(first), CalendarFeedToken.Hash(second) })
            stored.ShouldNotContain(changes => changes.Contains(secret), $"audit must not hold {secret}");
    }

    private static string? CalendarName(Ical.Net.Calendar calendar) =>
        calendar.Properties["X-WR-CALNAME"].ShouldNotBeNull().Value?.ToString();

    private static string Token(Uri url) =>
        System.Web.HttpUtility.ParseQueryString(url.Query)["token"].ShouldNotBeNull();
}

[Collection(SqliteDatabase.Name)]
public sealed class PersonalCalendarFeedOnSqlite(SqliteFactory factory) : PersonalCalendarFeedTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class PersonalCalendarFeedOnPostgres(PostgresFactory factory) : PersonalCalendarFeedTests(factory);
