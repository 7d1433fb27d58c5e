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

        (await OpeningsAsync(pages, $"/moten/{meetingId}")).ShouldBe(1);
    }

    [Fact]
    public async Task An_api_request_is_counted_too_so_the_probe_sees_what_it_should()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var meetingId = await convener.CreateManagementMeetingAsync(new DateTimeOffset(2039, 10, 11, 8, 15, 0, MeetingsApi.Summer));

        // The API keeps EF's own handling (a few queries, each opening the pooled connection): more than one opening here
        // shows the probe counts every opening, so the page's single one above is the filter's doing.
        (await OpeningsAsync(convener, $"/api/v1/meetings/{meetingId}")).ShouldBeGreaterThan(1);
    }

    /// <summary>Gets <paramref name="path"/> (which must answer 200) marked with a probe of its own; how often that request opened a connection.</summary>
    private async Task<int> OpeningsAsync(HttpClient client, string path)
    {
        var probe = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(ConnectionOpenings.Header, probe);
        using var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        return factory.Services.GetRequiredService<ConnectionOpenings>().Of(probe);
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class ConnectionPerPageOnSqlite(SqliteFactory factory) : ConnectionPerPageTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class ConnectionPerPageOnPostgres(PostgresFactory factory) : ConnectionPerPageTests(factory);
