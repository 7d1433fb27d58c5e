using Microsoft.EntityFrameworkCore;
using static Samsyn.IntegrationTests.Features.Documents.DocumentScenes;

namespace Samsyn.IntegrationTests.Features.Documents;

/// <summary>The decision register over HTTP: decisions from the minutes and outside meetings, the search, links to documents, rights and stale edits.</summary>
public abstract class DecisionApiTests(SamsynFactory factory)
{
    /// <summary>The scene group's meeting on Tuesday 3 March 2026, with a decision in its minutes; returns the meeting and the decision.</summary>
    private static async Task<(int MeetingId, int DecisionId)> MeetingDecisionAsync(HttpClient convener, int groupId, string text)
    {
        var meeting = MeetingsApi.MeetingId(await convener.CreateMeetingAsync(groupId, new DateTimeOffset(2026, 3, 3, 10, 0, 0, MeetingsApi.Winter)));
        var item = await convener.AddAgendaItemAsync(meeting, "Aktiva temporära avsteg", "decision");
        using var added = await convener.PostJsonAsync($"/api/v1/meetings/{meeting}/agenda-items/{item.GetProperty("id").GetInt32()}/decisions", new { text, type = "decision" });
        return (meeting, (await added.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32());
    }

    private static async Task<int[]> IdsAsync(HttpClient client, string query) =>
        [.. (await client.ListAsync($"/api/v1/decisions?{query}")).Select(d => d.GetProperty("id").GetInt32())];

    [Fact]
    public async Task The_register_holds_decisions_from_the_minutes_and_outside_meetings_searchable_by_group_period_and_text()
    {
        var scene = await factory.NewDocumentSceneAsync();
        using var convener = await factory.SignedInAsync(scene.Convener.Email);
        var word = Unique.Letters(9);
        var (meetingId, atMeeting) = await MeetingDecisionAsync(convener, scene.GroupId, $"Gruppen fastställer rutinen {word}.");
        using var recorded = await convener.PostJsonAsync("/api/v1/decisions",
            new { groupId = scene.GroupId, decidedOn = "2026-02-01", text = "Beslut per capsulam om extra möte.", type = "other" });
        var outside = await recorded.ShouldBeJsonAsync(HttpStatusCode.Created);
        var outsideId = outside.GetProperty("id").GetInt32();
        outside.GetProperty("meetingId").ValueKind.ShouldBe(JsonValueKind.Null);
        outside.GetProperty("groupName").GetString().ShouldBe(scene.GroupName);

        (await IdsAsync(convener, $"groupId={scene.GroupId}")).ShouldBe([atMeeting, outsideId], "newest first");
        (await IdsAsync(convener, $"groupId={scene.GroupId}&from=2026-03-03&to=2026-03-03")).ShouldBe([atMeeting], "both ends inclusive");
        (await IdsAsync(convener, $"groupId={scene.GroupId}&to=2026-03-02")).ShouldBe([outsideId]);
        (await IdsAsync(convener, $"q={word.ToUpperInvariant()}")).ShouldBe([atMeeting]);

        var fromMinutes = await convener.GetItemAsync($"/api/v1/decisions/{atMeeting}");
        fromMinutes.GetProperty("meetingId").GetInt32().ShouldBe(meetingId);
        fromMinutes.GetProperty("agendaItemTitle").GetString().ShouldBe("Aktiva temporära avsteg");
        fromMinutes.GetProperty("decidedOn").GetString().ShouldBe("2026-03-03");
        fromMinutes.GetProperty("groupId").GetInt32().ShouldBe(scene.GroupId);
        fromMinutes.GetProperty("minutesApproved").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Bad_search_and_bad_decisions_are_refused_naming_the_field()
    {
        var scene = await factory.NewDocumentSceneAsync();
        using var convener = await factory.SignedInAsync(scene.Convener.Email);
        var count = await factory.InDatabaseAsync(db => db.Decisions.CountAsync());
        var otherAreaDocument = await factory.InDatabaseAsync(db => db.GoverningDocuments.Where(d => d.Type == Samsyn.Web.Features.Documents.DocumentType.Mandate).Select(d => d.Id).FirstAsync());

        using (var from = await convener.GetAsync("/api/v1/decisions?from=2026-13-01")) await from.ShouldBeValidationProblemAsync("from");
        using (var backwards = await convener.GetAsync("/api/v1/decisions?from=2026-03-01&to=2026-02-01")) await backwards.ShouldBeValidationProblemAsync("to");
        using (var type = await convener.GetAsync("/api/v1/decisions?type=1")) await type.ShouldBeValidationProblemAsync("type");
        using (var future = await convener.PostJsonAsync("/api/v1/decisions", new { groupId = scene.GroupId, decidedOn = Iso(factory.Today().AddDays(1)), text = "Framtida." }))
            await future.ShouldBeValidationProblemAsync("decidedOn");
        using (var empty = await convener.PostJsonAsync("/api/v1/decisions", new { groupId = scene.GroupId, decidedOn = "2026-01-10", text = "" }))
            await empty.ShouldBeValidationProblemAsync("text");
        using (var foreign = await convener.PostJsonAsync("/api/v1/decisions", new { groupId = scene.GroupId, decidedOn = "2026-01-10", text = "Om dokument.", documentIds = new[] { otherAreaDocument } }))
            await foreign.ShouldBeValidationProblemAsync("documentIds");
        using var member = await factory.SignedInAsync(scene.Member.Email);
        using (var byMember = await member.PostJsonAsync("/api/v1/decisions", new { groupId = scene.GroupId, decidedOn = "2026-01-10", text = "Ledamotens beslut." }))
            await byMember.ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await factory.InDatabaseAsync(db => db.Decisions.CountAsync())).ShouldBe(count);
    }

    [Fact]
    public async Task A_decision_is_linked_to_documents_and_a_stale_link_edit_is_refused()
    {
        var scene = await factory.NewDocumentSceneAsync();
        using var convener = await factory.SignedInAsync(scene.Convener.Email);
        var documentId = Id(await convener.CreateDocumentAsync(scene.GroupId));
        using var recorded = await convener.PostJsonAsync("/api/v1/decisions", new { groupId = scene.GroupId, decidedOn = "2026-02-01", text = "Rutinen ska revideras." });
        var decision = await recorded.ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = decision.GetProperty("id").GetInt32();
        var version = decision.GetProperty("version").GetInt32();

        using var link = await convener.PutJsonAsync($"/api/v1/decisions/{id}/documents", new { documentIds = new[] { documentId }, version });
        var linked = await link.ShouldBeJsonAsync(HttpStatusCode.OK);
        linked.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetInt32()).ShouldBe([documentId]);
        linked.GetProperty("version").GetInt32().ShouldBe(version + 1);
        using (var stale = await convener.PutJsonAsync($"/api/v1/decisions/{id}/documents", new { documentIds = Array.Empty<int>(), version }))
            await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await convener.GetItemAsync($"/api/v1/documents/{documentId}")).GetProperty("decisions").EnumerateArray()
            .Select(d => d.GetProperty("id").GetInt32()).ShouldBe([id]);
        (await IdsAsync(convener, $"documentId={documentId}")).ShouldBe([id]);
    }

    [Fact]
    public async Task The_minutes_cannot_drop_a_decision_that_approved_a_document()
    {
        var scene = await factory.NewDocumentSceneAsync();
        using var convener = await factory.SignedInAsync(scene.Convener.Email);
        var documentId = Id(await convener.CreateDocumentAsync(scene.GroupId));
        var (meetingId, decisionId) = await MeetingDecisionAsync(convener, scene.GroupId, "Gruppen fastställer riktlinjen.");
        using (var approve = await convener.PostJsonAsync($"/api/v1/documents/{documentId}/versions/1/approve", new { decisionId }))
        {
            var approved = await approve.ShouldBeJsonAsync(HttpStatusCode.OK);
            approved.GetProperty("summary").GetProperty("approvedOn").GetString().ShouldBe("2026-03-03", "approved on the meeting's day");
            approved.GetProperty("versions")[0].GetProperty("meetingId").GetInt32().ShouldBe(meetingId);
        }

        using var remove = await convener.DeleteAsync($"/api/v1/meetings/{meetingId}/decisions/{decisionId}");

        (await remove.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("godkände");
        (await factory.InDatabaseAsync(db => db.Decisions.CountAsync(d => d.Id == decisionId))).ShouldBe(1);
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class DecisionApiOnSqlite(SqliteFactory factory) : DecisionApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class DecisionApiOnPostgres(PostgresFactory factory) : DecisionApiTests(factory);
