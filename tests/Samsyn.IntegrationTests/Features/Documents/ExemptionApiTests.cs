using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samsyn.Web.Features.Notifications;
using static Samsyn.IntegrationTests.Features.Documents.DocumentScenes;

namespace Samsyn.IntegrationTests.Features.Documents;

/// <summary>Temporary exemptions over HTTP: the contract, the active window on its boundary days, bad input, rights, history, 409, audit and the reminder.</summary>
public abstract class ExemptionApiTests(SamsynFactory factory)
{
    /// <summary>Windows in 2039, clear of the demo's exemptions and of other tests' days.</summary>
    private static readonly DateOnly From = new(2039, 3, 1);
    private static readonly DateOnly To = new(2039, 3, 31);

    private static object Body(int documentId, DocumentScene scene, DateOnly? from = null, DateOnly? to = null, int[]? organisationIds = null, int? decisionId = null) => new
    {
        documentId, decisionId, description = "SIP-kallelse inom fem dagar i stället för tre.", organisationIds = organisationIds ?? [scene.MunicipalityId],
        validFrom = Iso(from ?? From), validTo = Iso(to ?? To),
    };

    private async Task<(DocumentScene Scene, HttpClient Convener, int DocumentId)> ArrangeAsync()
    {
        var scene = await factory.NewDocumentSceneAsync();
        var convener = await factory.SignedInAsync(scene.Convener.Email);
        return (scene, convener, await convener.ApprovedDocumentAsync(scene));
    }

    private Task<int> ExemptionCountAsync(int documentId) => factory.InDatabaseAsync(db => db.Exemptions.CountAsync(e => e.DocumentId == documentId));

    private static async Task<int[]> ActiveOnAsync(HttpClient client, DateOnly day, int documentId) =>
        [.. (await client.ListAsync($"/api/v1/exemptions?activeOn={Iso(day)}&documentId={documentId}")).Select(e => e.GetProperty("id").GetInt32())];

    [Fact]
    public async Task The_contract_body_grants_an_exemption_with_201_and_registers_its_decision()
    {
        var (scene, convener, documentId) = await ArrangeAsync();
        using var _ = convener;

        using var response = await convener.SendRawJsonAsync(HttpMethod.Post, "/api/v1/exemptions",
            $$"""{"documentId": {{documentId}}, "description": "SIP-kallelse inom fem dagar i stället för tre.", "organisationIds": [{{scene.MunicipalityId}}, {{scene.HospitalId}}], "validFrom": "2039-03-01", "validTo": "2039-03-31"}""");

        var exemption = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        var summary = exemption.GetProperty("summary");
        var id = summary.GetProperty("id").GetInt32();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/exemptions/{id}");
        summary.GetProperty("documentId").GetInt32().ShouldBe(documentId);
        summary.GetProperty("documentVersion").GetInt32().ShouldBe(1);
        summary.GetProperty("validFrom").GetString().ShouldBe("2039-03-01");
        summary.GetProperty("validTo").GetString().ShouldBe("2039-03-31");
        summary.GetProperty("state").GetString().ShouldBe("upcoming");
        summary.GetProperty("organisations").EnumerateArray().Select(o => o.GetProperty("id").GetInt32()).ShouldBe([scene.MunicipalityId, scene.HospitalId], ignoreOrder: true);
        var decision = exemption.GetProperty("decision");
        decision.GetProperty("groupId").GetInt32().ShouldBe(scene.GroupId, "without a decision the owning group decides now, outside a meeting");
        decision.GetProperty("meetingId").ValueKind.ShouldBe(JsonValueKind.Null);
        decision.GetProperty("text").GetString()!.ShouldContain("Temporärt avsteg från");
        exemption.GetProperty("history").EnumerateArray().Single().GetProperty("kind").GetString().ShouldBe("granted");

        var registered = await convener.GetItemAsync($"/api/v1/decisions/{decision.GetProperty("id").GetInt32()}");
        registered.GetProperty("type").GetString().ShouldBe("exemption");
        registered.GetProperty("exemptionIds").EnumerateArray().Select(e => e.GetInt32()).ShouldBe([id]);
        registered.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetInt32()).ShouldBe([documentId]);
        var notified = await factory.InDatabaseAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.ExemptionGranted && n.Link == $"/avsteg/{id}")
            .Select(n => n.RecipientPersonId).ToListAsync());
        notified.ShouldContain(scene.Member.PersonId, "the municipality's member acts for an organisation it applies to");
    }

    [Fact]
    public async Task ActiveOn_lists_exactly_those_whose_window_contains_the_day_both_ends_inclusive()
    {
        var (scene, convener, documentId) = await ArrangeAsync();
        using var _ = convener;
        using (var granted = await convener.PostJsonAsync("/api/v1/exemptions", Body(documentId, scene)))
            await granted.ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = await factory.InDatabaseAsync(db => db.Exemptions.Where(e => e.DocumentId == documentId).Select(e => e.Id).SingleAsync());

        (await ActiveOnAsync(convener, From.AddDays(-1), documentId)).ShouldBeEmpty("the day before it starts");
        (await ActiveOnAsync(convener, From, documentId)).ShouldBe([id], "its first day");
        (await ActiveOnAsync(convener, To, documentId)).ShouldBe([id], "its last day");
        (await ActiveOnAsync(convener, To.AddDays(1), documentId)).ShouldBeEmpty("the day after its end date");
        (await convener.ListAsync($"/api/v1/exemptions?activeOn={Iso(From)}")).ShouldContain(e => e.GetProperty("id").GetInt32() == id);
        using var bad = await convener.GetAsync("/api/v1/exemptions?activeOn=2039-02-30");
        await bad.ShouldBeValidationProblemAsync("activeOn");
    }

    [Fact]
    public async Task Each_bad_input_is_refused_naming_its_field_and_nothing_is_granted()
    {
        var (scene, convener, documentId) = await ArrangeAsync();
        using var _ = convener;
        var draftOnly = Id(await convener.CreateDocumentAsync(scene.GroupId, "routine"));
        var plan = Id(await convener.CreateDocumentAsync(scene.GroupId, "strategicPlan"));
        await convener.ApproveAsync(plan, 1, new DateOnly(2026, 1, 20));
        var cases = new (string Field, object Body)[]
        {
            ("validTo", Body(documentId, scene, From, From.AddDays(-1))),
            ("documentId", new { description = "Utan dokument.", organisationIds = new[] { scene.MunicipalityId }, validFrom = Iso(From), validTo = Iso(To) }),
            ("documentId", Body(987654321, scene)),
            ("documentId", Body(draftOnly, scene)),
            ("documentId", Body(plan, scene)),
            ("decisionId", Body(documentId, scene, decisionId: 987654321)),
            ("organisationIds", Body(documentId, scene, organisationIds: [scene.OtherAreaOrganisationId])),
            ("organisationIds", Body(documentId, scene, organisationIds: [])),
            ("description", new { documentId, organisationIds = new[] { scene.MunicipalityId }, validFrom = Iso(From), validTo = Iso(To), description = $"Gäller patient {Demo.TestIdentityNumber}." }),
        };
        var exemptions = await factory.InDatabaseAsync(db => db.Exemptions.CountAsync());
        var decisions = await factory.InDatabaseAsync(db => db.Decisions.CountAsync());

        foreach (var (field, body) in cases)
        {
            using var response = await convener.PostJsonAsync("/api/v1/exemptions", body);
            (await response.ShouldBeValidationProblemAsync(field)).ShouldAllBe(m => m.Length > 10, $"{field}: a clear message");
        }

        (await factory.InDatabaseAsync(db => db.Exemptions.CountAsync())).ShouldBe(exemptions);
        (await factory.InDatabaseAsync(db => db.Decisions.CountAsync())).ShouldBe(decisions, "no decision is registered for a refused exemption");
        using var outside = await convener.PostJsonAsync("/api/v1/exemptions", Body(documentId, scene, organisationIds: [scene.OtherAreaOrganisationId]));
        (await outside.ShouldBeValidationProblemAsync("organisationIds")).ShouldHaveSingleItem().ShouldContain("hör inte till dokumentets samverkansområde");
    }

    [Fact]
    public async Task Only_the_deciding_group_s_convener_grants_extends_and_revokes()
    {
        var (scene, convener, documentId) = await ArrangeAsync();
        using var _ = convener;
        using var member = await factory.SignedInAsync(scene.Member.Email);
        using var processLeader = await factory.SignedInAsync(Demo.Convener);

        using (var byMember = await member.PostJsonAsync("/api/v1/exemptions", Body(documentId, scene))) await byMember.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using (var byOther = await processLeader.PostJsonAsync("/api/v1/exemptions", Body(documentId, scene))) await byOther.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await ExemptionCountAsync(documentId)).ShouldBe(0);

        using var granted = await convener.PostJsonAsync("/api/v1/exemptions", Body(documentId, scene));
        var id = (await granted.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("summary").GetProperty("id").GetInt32();
        using (var extend = await processLeader.PostJsonAsync($"/api/v1/exemptions/{id}/extend", new { validTo = "2039-04-30", version = 1 }))
            await extend.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using (var revoke = await member.PostJsonAsync($"/api/v1/exemptions/{id}/revoke", new { reason = "Nej.", version = 1 }))
            await revoke.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await member.GetItemAsync($"/api/v1/exemptions/{id}")).GetProperty("history").GetArrayLength().ShouldBe(1, "members read it; nothing changed");
    }

    [Fact]
    public async Task Extension_and_revocation_keep_the_history_and_a_stale_version_is_refused_with_409()
    {
        var (scene, convener, documentId) = await ArrangeAsync();
        using var _ = convener;
        var today = factory.Today();
        using var granted = await convener.PostJsonAsync("/api/v1/exemptions", Body(documentId, scene, today, today.AddDays(10)));
        var summary = (await granted.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("summary");
        var id = summary.GetProperty("id").GetInt32();
        var version = summary.GetProperty("version").GetInt32();

        using var extend = await convener.PostJsonAsync($"/api/v1/exemptions/{id}/extend", new { validTo = Iso(today.AddDays(20)), note = "Sjukfrånvaron kvarstår.", version });
        var extended = await extend.ShouldBeJsonAsync(HttpStatusCode.OK);
        extended.GetProperty("summary").GetProperty("validTo").GetString().ShouldBe(Iso(today.AddDays(20)));
        var step = extended.GetProperty("history")[1];
        step.GetProperty("kind").GetString().ShouldBe("extended");
        step.GetProperty("previousValidTo").GetString().ShouldBe(Iso(today.AddDays(10)));
        step.GetProperty("decision").GetProperty("groupId").GetInt32().ShouldBe(scene.GroupId, "an extension is a new decision");

        using (var stale = await convener.PostJsonAsync($"/api/v1/exemptions/{id}/revoke", new { reason = "Återställt.", version }))
            await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using (var earlier = await convener.PostJsonAsync($"/api/v1/exemptions/{id}/extend",
                   new { validTo = Iso(today.AddDays(5)), version = extended.GetProperty("summary").GetProperty("version").GetInt32() }))
            await earlier.ShouldBeValidationProblemAsync("validTo");
        using (var early = await convener.PostJsonAsync($"/api/v1/exemptions/{id}/close",
                   new { note = "Klart.", version = extended.GetProperty("summary").GetProperty("version").GetInt32() }))
            (await early.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("gäller till och med");

        using var revoke = await convener.PostJsonAsync($"/api/v1/exemptions/{id}/revoke",
            new { reason = "Bemanningen är återställd.", version = extended.GetProperty("summary").GetProperty("version").GetInt32() });
        var revoked = await revoke.ShouldBeJsonAsync(HttpStatusCode.OK);
        revoked.GetProperty("summary").GetProperty("lastDay").GetString().ShouldBe(Iso(today.AddDays(-1)), "revoked from today, it applied until yesterday");
        revoked.GetProperty("summary").GetProperty("state").GetString().ShouldBe("ended");
        revoked.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString()).ShouldBe(["granted", "extended", "revoked"]);
        (await ActiveOnAsync(convener, today, documentId)).ShouldBeEmpty();

        using var close = await convener.PostJsonAsync($"/api/v1/exemptions/{id}/close",
            new { note = "Primärvården kallar åter inom tre dagar.", version = revoked.GetProperty("summary").GetProperty("version").GetInt32() });
        var closed = await close.ShouldBeJsonAsync(HttpStatusCode.OK);
        closed.GetProperty("summary").GetProperty("state").GetString().ShouldBe("closed");
        closed.GetProperty("returnNote").GetString().ShouldBe("Primärvården kallar åter inom tre dagar.");
        (await factory.InDatabaseAsync(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.ExemptionChanged && n.Link == $"/avsteg/{id}" && n.RecipientPersonId == scene.Member.PersonId)))
            .ShouldBe(3, "extended, revoked, closed");

        using var admin = await factory.SignedInAsync(Demo.Admin);
        var trail = await admin.ListAsync($"/api/v1/audit?entityType=Exemption&entityId={id}");
        trail.Select(e => e.GetProperty("action").GetString()).ShouldBe(["created", "updated", "updated", "updated"], ignoreOrder: true);
        trail.ShouldAllBe(e => e.GetProperty("userName").GetString() == scene.Convener.Email);
    }

    [Fact]
    public async Task The_end_is_reminded_once_five_working_days_before_the_last_day()
    {
        var (scene, convener, documentId) = await ArrangeAsync();
        using var _ = convener;
        // Last day Friday 23 September 2039: five working days before is Friday 16 September.
        using var granted = await convener.PostJsonAsync("/api/v1/exemptions", Body(documentId, scene, new DateOnly(2039, 9, 5), new DateOnly(2039, 9, 23)));
        var id = (await granted.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("summary").GetProperty("id").GetInt32();
        var reminders = factory.Services.GetRequiredService<ReminderService>();
        var summer = MeetingsApi.Summer;
        async Task RaiseAtAsync(DateTimeOffset at)
        {
            using (factory.Clock.TravelTo(at)) await reminders.RaiseDueAsync(CancellationToken.None);
        }
        Task<List<Notification>> RemindedAsync() => factory.InDatabaseAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.Kind == NotificationKind.ExemptionEnding && n.Link == $"/avsteg/{id}").ToListAsync());

        await RaiseAtAsync(new DateTimeOffset(2039, 9, 16, 7, 59, 0, summer));
        (await RemindedAsync()).ShouldBeEmpty();
        await RaiseAtAsync(new DateTimeOffset(2039, 9, 16, 8, 0, 0, summer));
        await RaiseAtAsync(new DateTimeOffset(2039, 9, 19, 8, 0, 0, summer));
        await RaiseAtAsync(new DateTimeOffset(2039, 9, 23, 12, 0, 0, summer));

        var raised = await RemindedAsync();
        raised.Select(n => n.RecipientPersonId).ShouldBe([scene.Convener.PersonId, scene.Member.PersonId], ignoreOrder: true);
        raised.ShouldAllBe(n => n.Subject.Contains("23 september 2039"));
        await RaiseAtAsync(new DateTimeOffset(2039, 9, 26, 8, 0, 0, summer));
        (await RemindedAsync()).Count.ShouldBe(2, "once per person; not after it has ended");
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class ExemptionApiOnSqlite(SqliteFactory factory) : ExemptionApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class ExemptionApiOnPostgres(PostgresFactory factory) : ExemptionApiTests(factory);
