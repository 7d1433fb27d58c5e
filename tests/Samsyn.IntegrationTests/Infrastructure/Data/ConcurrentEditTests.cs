using Microsoft.EntityFrameworkCore;

namespace Samsyn.IntegrationTests.Infrastructure.Data;

/// <summary>
/// Many people save the same agenda item at the same moment, each from the version they read: exactly
/// one save wins, every other gets 409 naming the version now stored, and nothing is lost silently.
/// </summary>
public abstract class ConcurrentEditTests(SamsynFactory factory)
{
    [Fact]
    public async Task Simultaneous_edits_of_one_record_lose_no_update()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var meetingId = await convener.CreateManagementMeetingAsync(new DateTimeOffset(2039, 9, 6, 8, 15, 0, MeetingsApi.Summer));
        var item = await convener.AddAgendaItemAsync(meetingId, "Samtidig punkt");
        var url = $"/api/v1/meetings/{meetingId}/agenda-items/{item.GetProperty("id").GetInt32()}";

        const int editors = 12;
        var responses = await Task.WhenAll(Enumerable.Range(0, editors).Select(async i =>
        {
            using var response = await convener.PutJsonAsync(url, MeetingsApi.AgendaItemInput(item, body => body["title"] = $"Version från redaktör {i}"));
            return (Editor: i, Status: response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        var saved = responses.Where(r => r.Status == HttpStatusCode.OK).ShouldHaveSingleItem("exactly one of the simultaneous saves wins");
        var refused = responses.Where(r => r.Status == HttpStatusCode.Conflict).ToList();
        refused.Count.ShouldBe(editors - 1, string.Join("; ", responses.Select(r => $"{r.Status}")));
        foreach (var conflict in refused)
        {
            var problem = System.Text.Json.JsonDocument.Parse(conflict.Body).RootElement;
            problem.GetProperty("currentVersion").GetInt32().ShouldBe(item.GetProperty("version").GetInt32() + 1);
            problem.GetProperty("entityType").GetString().ShouldBe("AgendaItem");
        }
        var stored = await factory.InDatabaseAsync(db => db.AgendaItems.AsNoTracking().SingleAsync(i => i.Id == item.GetProperty("id").GetInt32()));
        stored.Title.ShouldBe($"Version från redaktör {saved.Editor}", "the stored record is the one save that was acknowledged");
        var lostUpdates = responses.Count(r => r.Status == HttpStatusCode.OK && stored.Title != $"Version från redaktör {r.Editor}");
        lostUpdates.ShouldBe(0);
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class ConcurrentEditOnSqlite(SqliteFactory factory) : ConcurrentEditTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class ConcurrentEditOnPostgres(PostgresFactory factory) : ConcurrentEditTests(factory);
