using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samsyn.Web.Features.Notifications;
using static Samsyn.IntegrationTests.Features.Documents.DocumentScenes;

namespace Samsyn.IntegrationTests.Features.Documents;

/// <summary>The document register over HTTP: the contract, versions and approval, rights, stale edits, audit, search and revision reminders.</summary>
public abstract class DocumentApiTests(SamsynFactory factory)
{
    [Fact]
    public async Task Register_lists_the_contract_fields_and_the_two_seed_documents_with_their_real_header()
    {
        using var member = await factory.SignedInAsync(Demo.Member);

        var documents = await member.ListAsync("/api/v1/documents");

        foreach (var d in documents)
            foreach (var field in new[] { "id", "title", "type", "approvedBy", "issuedOn", "approvedOn", "nextRevisionDue" })
                d.TryGetProperty(field, out _).ShouldBeTrue($"{field} in {d}");
        var mandate = documents.Single(d => d.GetProperty("title").GetString() == "Uppdragsbeskrivning för ledningsgrupp i samverkan");
        mandate.GetProperty("type").GetString().ShouldBe("mandate");
        mandate.GetProperty("approvedBy").GetString().ShouldBe(Demo.CoordinationGroup);
        mandate.GetProperty("issuedOn").GetString().ShouldBe("2021-11-02");
        mandate.GetProperty("approvedOn").GetString().ShouldBe("2021-12-03");
        mandate.GetProperty("revisedOn").GetString().ShouldBe("2023-12-01");
        var plan = documents.Single(d => d.GetProperty("title").GetString()!.StartsWith("Strategisk plan med prioriterade målområden", StringComparison.Ordinal));
        plan.GetProperty("type").GetString().ShouldBe("strategicPlan");
        plan.GetProperty("approvedBy").GetString().ShouldBe("Politisk samverkan Skaraborg (PSS)");
        plan.GetProperty("approvedOn").GetString().ShouldBe("2018-10-05");
        plan.GetProperty("nextRevisionDue").GetString().ShouldBe("2019-10-05", "revised once a year");
        plan.GetProperty("revisionState").GetString().ShouldBe("overdue");

        var details = await member.GetItemAsync($"/api/v1/documents/{mandate.GetProperty("id").GetInt32()}");
        details.GetProperty("preparedBy").GetString().ShouldBe("Carina Westerelve i samverkan med samordningsgruppen");
        details.GetProperty("summary").GetProperty("ownerGroupName").GetString().ShouldBe(Demo.ManagementGroup);
        details.GetProperty("current").GetProperty("content").GetString()!.ShouldContain("Fatta beslut om temporära avsteg från gemensamma riktlinjer och rutiner.");
    }

    [Fact]
    public async Task Register_searches_by_type_text_and_group_and_refuses_an_unknown_type()
    {
        var scene = await factory.NewDocumentSceneAsync();
        using var convener = await factory.SignedInAsync(scene.Convener.Email);
        var word = Unique.Letters(10);
        var routine = Id(await convener.CreateDocumentAsync(scene.GroupId, "routine", $"Rutin {word}"));
        var guideline = Id(await convener.CreateDocumentAsync(scene.GroupId, "guideline"));
        await convener.ApproveAsync(guideline, 1, new DateOnly(2026, 2, 2));

        (await convener.ListAsync($"/api/v1/documents?q={word.ToUpperInvariant()}")).Select(d => d.GetProperty("id").GetInt32()).ShouldBe([routine]);
        (await convener.ListAsync($"/api/v1/documents?groupId={scene.GroupId}&type=guideline")).Select(d => d.GetProperty("id").GetInt32()).ShouldBe([guideline]);
        (await convener.ListAsync("/api/v1/documents?q=sammanhållet mellan olika verksamheter")).ShouldContain(d => d.GetProperty("type").GetString() == "strategicPlan",
            "the approved text is searched");
        using var unknown = await convener.GetAsync("/api/v1/documents?type=handbok");
        (await unknown.ShouldBeValidationProblemAsync("type")).ShouldHaveSingleItem().ShouldContain("guideline");
    }

    [Fact]
    public async Task A_document_goes_from_draft_to_approved_version_and_a_revision_keeps_the_approved_one_in_force()
    {
        var scene = await factory.NewDocumentSceneAsync();
        using var convener = await factory.SignedInAsync(scene.Convener.Email);

        using var created = await convener.PostDocumentAsync(scene.GroupId, content: "### Syfte\n\nAtt **alla** vet vad som gäller.");
        var details = await created.ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = Id(details);
        created.Headers.Location!.ToString().ShouldBe($"/api/v1/documents/{id}");
        details.GetProperty("current").ValueKind.ShouldBe(JsonValueKind.Null);
        var draft = details.GetProperty("draft");
        draft.GetProperty("number").GetInt32().ShouldBe(1);
        draft.GetProperty("content").GetString().ShouldBe("<h3>Syfte</h3><p>Att <strong>alla</strong> vet vad som gäller.</p>");
        details.GetProperty("summary").GetProperty("approvedOn").ValueKind.ShouldBe(JsonValueKind.Null);

        var approved = await convener.ApproveAsync(id, 1, new DateOnly(2026, 2, 10));
        approved.GetProperty("summary").GetProperty("approvedOn").GetString().ShouldBe("2026-02-10");
        approved.GetProperty("summary").GetProperty("nextRevisionDue").GetString().ShouldBe("2028-02-10");
        var decisionId = approved.GetProperty("current").GetProperty("approvalDecision").GetProperty("id").GetInt32();
        approved.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("id").GetInt32()).ShouldContain(decisionId);

        using var revise = await convener.PostJsonAsync($"/api/v1/documents/{id}/versions", new { changeNote = "Förtydligar syftet." });
        var revision = await revise.ShouldBeJsonAsync(HttpStatusCode.Created);
        revision.GetProperty("number").GetInt32().ShouldBe(2);
        revision.GetProperty("content").GetString()!.ShouldContain("<strong>alla</strong>", Case.Sensitive, "a revision starts from the approved text");
        using (var edit = await convener.PutJsonAsync($"/api/v1/documents/{id}/versions/2",
                   new { content = "Ny text för version två.", changeNote = "Förtydligar syftet.", version = revision.GetProperty("version").GetInt32() }))
            await edit.ShouldBeJsonAsync(HttpStatusCode.OK);

        var during = await convener.GetItemAsync($"/api/v1/documents/{id}");
        during.GetProperty("current").GetProperty("number").GetInt32().ShouldBe(1, "the approved version stays in force beside the draft");
        during.GetProperty("current").GetProperty("content").GetString()!.ShouldContain("alla");
        during.GetProperty("draft").GetProperty("content").GetString().ShouldBe("<p>Ny text för version två.</p>");
        using (var second = await convener.PostJsonAsync($"/api/v1/documents/{id}/versions", new { changeNote = "En till." }))
            (await second.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("redan ett utkast");

        var after = await convener.ApproveAsync(id, 2, new DateOnly(2026, 9, 1));
        after.GetProperty("summary").GetProperty("approvedOn").GetString().ShouldBe("2026-02-10", "the first approval stays the header's approval date");
        after.GetProperty("revisions").EnumerateArray().Select(r => r.GetString()).ShouldBe(["2026-09-01"]);
        after.GetProperty("current").GetProperty("number").GetInt32().ShouldBe(2);
        after.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("number").GetInt32()).ShouldBe([2, 1]);
        (await convener.GetItemAsync($"/api/v1/documents/{id}/versions/1")).GetProperty("content").GetString()!.ShouldContain("alla", Case.Sensitive, "earlier versions stay readable");
    }

    [Fact]
    public async Task An_edit_to_an_approved_version_is_refused_with_a_clear_message_and_nothing_changes()
    {
        var scene = await factory.NewDocumentSceneAsync();
        using var convener = await factory.SignedInAsync(scene.Convener.Email);
        var id = await convener.ApprovedDocumentAsync(scene);
        var before = await convener.GetItemAsync($"/api/v1/documents/{id}/versions/1");

        using var edit = await convener.PutJsonAsync($"/api/v1/documents/{id}/versions/1",
            new { content = "Ändrad i efterhand.", version = before.GetProperty("version").GetInt32() });

        (await edit.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString().ShouldBe(
            "Version 1 är godkänd och kan inte ändras. Starta en revidering för att göra en ny version.");
        (await convener.GetItemAsync($"/api/v1/documents/{id}/versions/1")).GetProperty("content").GetString().ShouldBe(before.GetProperty("content").GetString());
        using var upload = await convener.UploadAsync(id, 1, "bilaga.pdf", Pdf(100));
        await upload.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await factory.InDatabaseAsync(db => db.DocumentFiles.CountAsync(f => f.FileName == "bilaga.pdf" && db.DocumentVersions.Any(v => v.Id == f.VersionId && v.DocumentId == id)))).ShouldBe(0);
    }

    [Fact]
    public async Task Approval_by_someone_without_the_right_is_refused_and_nothing_changes()
    {
        var scene = await factory.NewDocumentSceneAsync();
        using var convener = await factory.SignedInAsync(scene.Convener.Email);
        var id = Id(await convener.CreateDocumentAsync(scene.GroupId));
        using var member = await factory.SignedInAsync(scene.Member.Email);
        using var otherConvener = await factory.SignedInAsync(Demo.Convener);
        var decisions = await factory.InDatabaseAsync(db => db.Decisions.CountAsync());

        foreach (var client in new[] { member, otherConvener })
        {
            using var approve = await client.PostJsonAsync($"/api/v1/documents/{id}/versions/1/approve", new { decisionText = "Godkänt.", decidedOn = "2026-03-01" });
            await approve.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        (await convener.GetItemAsync($"/api/v1/documents/{id}")).GetProperty("current").ValueKind.ShouldBe(JsonValueKind.Null);
        (await factory.InDatabaseAsync(db => db.Decisions.CountAsync())).ShouldBe(decisions);
        using var create = await member.PostDocumentAsync(scene.GroupId);
        await create.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Approval_needs_a_decision_of_the_approving_group()
    {
        var scene = await factory.NewDocumentSceneAsync();
        using var convener = await factory.SignedInAsync(scene.Convener.Email);
        var id = Id(await convener.CreateDocumentAsync(scene.GroupId));
        var foreign = await factory.InDatabaseAsync(db => db.Decisions.Where(d => d.GroupId != scene.GroupId).Select(d => d.Id).FirstAsync());

        using var none = await convener.PostJsonAsync($"/api/v1/documents/{id}/versions/1/approve", new { });
        using var other = await convener.PostJsonAsync($"/api/v1/documents/{id}/versions/1/approve", new { decisionId = foreign });
        using var future = await convener.PostJsonAsync($"/api/v1/documents/{id}/versions/1/approve",
            new { decisionText = "Godkänt.", decidedOn = Iso(factory.Today().AddDays(1)) });

        (await none.ShouldBeValidationProblemAsync("decisionId")).ShouldHaveSingleItem().ShouldContain("Välj beslutet");
        (await other.ShouldBeValidationProblemAsync("decisionId")).ShouldHaveSingleItem().ShouldContain("inte fattat av den grupp");
        await future.ShouldBeValidationProblemAsync("decidedOn");
        (await convener.GetItemAsync($"/api/v1/documents/{id}")).GetProperty("current").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_stale_edit_of_the_header_is_refused_with_409_and_the_stored_header_stands()
    {
        var scene = await factory.NewDocumentSceneAsync();
        using var convener = await factory.SignedInAsync(scene.Convener.Email);
        var created = await convener.CreateDocumentAsync(scene.GroupId);
        var id = Id(created);
        var version = created.GetProperty("summary").GetProperty("version").GetInt32();
        object Header(string title, int v) => new { type = "guideline", title, approvingGroupId = scene.GroupId, reviewIntervalMonths = 12, version = v };

        using (var first = await convener.PutJsonAsync($"/api/v1/documents/{id}", Header("Första ändringen", version)))
        {
            (await first.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("summary").GetProperty("title").GetString().ShouldBe("Första ändringen");
            first.Headers.ETag!.Tag.ShouldBe($"\"{version + 1}\"");
        }
        using var stale = await convener.PutJsonAsync($"/api/v1/documents/{id}", Header("Andra ändringen", version));
        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/documents/{id}") { Content = JsonContent(Header("Via If-Match", 0)) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        using var staleByHeader = await convener.SendAsync(request);
        await staleByHeader.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await convener.GetItemAsync($"/api/v1/documents/{id}")).GetProperty("summary").GetProperty("title").GetString().ShouldBe("Första ändringen");
    }

    [Fact]
    public async Task An_internal_document_is_read_only_by_the_members_of_its_groups()
    {
        var scene = await factory.NewDocumentSceneAsync();
        using var convener = await factory.SignedInAsync(scene.Convener.Email);
        var id = Id(await convener.CreateDocumentAsync(scene.GroupId, isInternal: true));
        using var member = await factory.SignedInAsync(scene.Member.Email);
        using var outsider = await factory.SignedInAsync(scene.Outsider.Email);

        (await member.GetItemAsync($"/api/v1/documents/{id}")).GetProperty("draft").ValueKind.ShouldBe(JsonValueKind.Null, "a member reads the approved text, not the draft");
        using var refused = await outsider.GetAsync($"/api/v1/documents/{id}");
        await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await outsider.ListAsync($"/api/v1/documents?groupId={scene.GroupId}")).ShouldBeEmpty();
        (await member.ListAsync($"/api/v1/documents?groupId={scene.GroupId}")).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Files_are_checked_for_type_content_size_and_emptiness_and_a_good_one_comes_back_as_uploaded()
    {
        var scene = await factory.NewDocumentSceneAsync();
        using var convener = await factory.SignedInAsync(scene.Convener.Email);
        var id = Id(await convener.CreateDocumentAsync(scene.GroupId));

        using var renamed = await convener.UploadAsync(id, 1, "rutin.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04]);
        using var excel = await convener.UploadAsync(id, 1, "statistik.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
        using var empty = await convener.UploadAsync(id, 1, "tom.pdf", []);
        using var large = await convener.UploadAsync(id, 1, "stor.pdf", Pdf(20 * 1024 * 1024 + 1));
        (await renamed.ShouldBeValidationProblemAsync("file")).ShouldHaveSingleItem().ShouldContain("stämmer inte med filtypen PDF");
        (await excel.ShouldBeValidationProblemAsync("file")).ShouldHaveSingleItem().ShouldContain("PDF eller Word (DOCX)");
        (await empty.ShouldBeValidationProblemAsync("file")).ShouldHaveSingleItem().ShouldBe("Filen tom.pdf är tom.");
        (await large.ShouldBeValidationProblemAsync("file")).ShouldHaveSingleItem().ShouldContain("större än 20 MB");
        (await convener.GetItemAsync($"/api/v1/documents/{id}/versions/1")).GetProperty("files").GetArrayLength().ShouldBe(0);

        var bytes = Pdf(2048);
        using var good = await convener.UploadAsync(id, 1, "riktlinje.pdf", bytes);
        var file = await good.ShouldBeJsonAsync(HttpStatusCode.Created);
        file.GetProperty("contentType").GetString().ShouldBe("application/pdf");
        using var download = await convener.GetAsync(file.GetProperty("url").GetString());
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(bytes);
        using var outsider = await factory.SignedInAsync(scene.Outsider.Email);
        using var draftFile = await outsider.GetAsync(file.GetProperty("url").GetString());
        await draftFile.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Creating_approving_and_revising_are_in_the_audit_trail()
    {
        var scene = await factory.NewDocumentSceneAsync();
        using var convener = await factory.SignedInAsync(scene.Convener.Email);
        var id = await convener.ApprovedDocumentAsync(scene);
        var versionId = await factory.InDatabaseAsync(db => db.DocumentVersions.Where(v => v.DocumentId == id).Select(v => v.Id).SingleAsync());

        using var admin = await factory.SignedInAsync(Demo.Admin);
        var created = (await admin.ListAsync($"/api/v1/audit?entityType=GoverningDocument&entityId={id}")).First(e => e.GetProperty("action").GetString() == "created");
        created.GetProperty("userName").GetString().ShouldBe(scene.Convener.Email);
        var approval = (await admin.ListAsync($"/api/v1/audit?entityType=DocumentVersion&entityId={versionId}")).Single(e => e.GetProperty("action").GetString() == "updated");
        approval.GetProperty("changes").GetProperty("ApprovedOn").GetProperty("after").GetString().ShouldBe("2026-01-20");
    }

    [Fact]
    public async Task The_owners_are_reminded_once_before_the_revision_is_due()
    {
        var scene = await factory.NewDocumentSceneAsync();
        using var convener = await factory.SignedInAsync(scene.Convener.Email);
        var created = await convener.CreateDocumentAsync(scene.GroupId);
        var id = Id(created);
        await convener.ApproveAsync(id, 1, new DateOnly(2026, 1, 20));
        var header = await convener.GetItemAsync($"/api/v1/documents/{id}");
        using (var set = await convener.PutJsonAsync($"/api/v1/documents/{id}", new
               {
                   type = "guideline", title = header.GetProperty("summary").GetProperty("title").GetString(), approvingGroupId = scene.GroupId,
                   ownerGroupId = scene.GroupId, reviewIntervalMonths = 24, nextRevisionDue = "2041-05-15", version = header.GetProperty("summary").GetProperty("version").GetInt32(),
               }))
            await set.ShouldBeJsonAsync(HttpStatusCode.OK);
        var reminders = factory.Services.GetRequiredService<ReminderService>();
        var summer = MeetingsApi.Summer;

        // 30 days before 15 May 2041 is Monday 15 April 2041; reminders go out at 08.00.
        using (factory.Clock.TravelTo(new DateTimeOffset(2041, 4, 15, 7, 59, 0, summer))) await reminders.RaiseDueAsync(CancellationToken.None);
        (await RemindedAsync(id)).ShouldBeEmpty();
        using (factory.Clock.TravelTo(new DateTimeOffset(2041, 4, 15, 8, 0, 0, summer))) await reminders.RaiseDueAsync(CancellationToken.None);
        using (factory.Clock.TravelTo(new DateTimeOffset(2041, 5, 2, 8, 0, 0, summer))) await reminders.RaiseDueAsync(CancellationToken.None);
        using (factory.Clock.TravelTo(new DateTimeOffset(2041, 5, 16, 8, 0, 0, summer))) await reminders.RaiseDueAsync(CancellationToken.None);

        var raised = await RemindedAsync(id);
        raised.Select(n => n.RecipientPersonId).ShouldBe([scene.Convener.PersonId], "once, to the owning group's convener");
        raised[0].Subject.ShouldStartWith("Dags att revidera:");
        raised[0].Body.ShouldContain("15 maj 2041");
    }

    private Task<List<Notification>> RemindedAsync(int documentId) =>
        factory.InDatabaseAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.Kind == NotificationKind.DocumentRevisionDue && n.Link == $"/dokument/{documentId}").ToListAsync());

    private static System.Net.Http.Json.JsonContent JsonContent(object body) => System.Net.Http.Json.JsonContent.Create(body);

    /// <summary>A file that starts like a PDF, of the given size.</summary>
    public static byte[] Pdf(int length)
    {
        var bytes = new byte[length];
        "%PDF-1.7\n"u8.ToArray().AsSpan(0, Math.Min(9, length)).CopyTo(bytes);
        return bytes;
    }
}

public static class DocumentFiles
{
    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, int documentId, int number, string fileName, byte[] content)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        return client.PostAsync($"/api/v1/documents/{documentId}/versions/{number}/files", form);
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class DocumentApiOnSqlite(SqliteFactory factory) : DocumentApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class DocumentApiOnPostgres(PostgresFactory factory) : DocumentApiTests(factory);
