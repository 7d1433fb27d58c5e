using Microsoft.Extensions.DependencyInjection;

namespace Samsyn.IntegrationTests.Infrastructure.Data;

/// <summary>
/// A page opens the database connection once, however many queries it and its layout ask (the meeting page asks some
/// twenty): EF would otherwise open and close it around each (see OpenConnectionPageFilter).
/// </summary>
public abstract class ConnectionPerPageTests(SamsynFactory factory)
{
    [Fact]
    public async Task The_meeting_page_opens_one_connection_for_all_its_queries()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var meetingId = await convener.CreateManagementMeetingAsync(new DateTimeOffset(2039, 10, 4, 8, 15, 0, MeetingsApi.Summer));
        using var pages = await factory.PagesAsAsync(Demo.Convener);
        var probe = Guid.NewGuid().ToString("N");

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/moten/{meetingId}");
        request.Headers.Add(ConnectionOpenings.Header, probe);
        using var response = await pages.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        factory.Services.GetRequiredService<ConnectionOpenings>().Of(probe).ShouldBe(1);
    }

    [Fact]
    public async Task An_api_request_is_counted_too_so_the_probe_sees_what_it_should()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var meetingId = await convener.CreateManagementMeetingAsync(new DateTimeOffset(2039, 10, 11, 8, 15, 0, MeetingsApi.Summer));
        var probe = Guid.NewGuid().ToString("N");

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/meetings/{meetingId}");
        request.Headers.Add(ConnectionOpenings.Header, probe);
        using var response = await convener.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        // The API keeps EF's own handling (a few queries, each opening the pooled connection): more than one opening here
        // shows the probe counts every opening, so the page's single one above is the filter's doing.
        factory.Services.GetRequiredService<ConnectionOpenings>().Of(probe).ShouldBeGreaterThan(1);
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class ConnectionPerPageOnSqlite(SqliteFactory factory) : ConnectionPerPageTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class ConnectionPerPageOnPostgres(PostgresFactory factory) : ConnectionPerPageTests(factory);
