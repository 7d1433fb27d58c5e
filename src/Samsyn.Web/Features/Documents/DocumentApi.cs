using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Documents;

/// <summary>The register of governing documents: list and search, read, create, change the header.</summary>
public static class DocumentApi
{
    public static RouteGroupBuilder MapDocumentApi(this RouteGroupBuilder api)
    {
        var documents = api.MapGroup("/documents").WithTags("Styrdokument");
        documents.MapGet("/", List).WithName("ListDocuments")
            .WithSummary("Styrdokument som jag får läsa; sök med q (titel och text), type, groupId och areaId");
        documents.MapGet("/revision-due", RevisionDue).WithName("ListDocumentsDueForRevision")
            .WithSummary($"Styrdokument vars revidering är försenad eller infaller inom {RevisionSchedule.SoonDays} dagar, först den mest brådskande");
        documents.MapGet("/{id:int}", Get).WithName("GetDocument")
            .WithSummary("Ett styrdokument med sidhuvud, gällande version, utkast (för den som får se det), versioner, aktiva avsteg och beslut");
        documents.MapPost("/", Create).WithName("CreateDocument")
            .WithSummary("Registrera ett styrdokument med dess första utkast (sammankallande i dokumentets grupper)");
        documents.MapPut("/{id:int}", Update).WithName("UpdateDocument")
            .WithSummary("Ändra dokumentets uppgifter (sidhuvudet); texten ändras i utkastet");
        documents.MapDocumentVersionApi();
        return documents;
    }

    private static async Task<Results<Ok<PagedList<DocumentSummary>>, ValidationProblem>> List(
        AppDbContext db, DocumentRights rights, string? q, string? type, int? groupId, int? areaId, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = Paging.Check(page, pageSize) ?? [];
        if (!QueryNames.TryParse<DocumentType>(type, out var documentType))
            errors["type"] = [$"Okänd dokumenttyp. Välj en av {QueryNames.Allowed<DocumentType>()}."];
        if (errors.Count > 0) return ApiProblems.Validation(errors);
        var query = (await rights.ReadableAsync(ct)).Matching(q, documentType, groupId, areaId);
        var (p, size) = (page ?? 1, pageSize ?? Paging.DefaultPageSize);
        var (items, total) = await DocumentViews.PageAsync(db, query, DocumentText.Today(db.Clock), p, size, ct);
        return TypedResults.Ok(new PagedList<DocumentSummary>(items, total, p, size));
    }

    private static async Task<Ok<List<DocumentSummary>>> RevisionDue(AppDbContext db, DocumentRights rights, CancellationToken ct)
    {
        var today = DocumentText.Today(db.Clock);
        return TypedResults.Ok(await DueAsync(db, await rights.ReadableAsync(ct), today, ct));
    }

    /// <summary>The readable documents whose revision is overdue or due within <see cref="RevisionSchedule.SoonDays"/> days, earliest first.</summary>
    public static async Task<List<DocumentSummary>> DueAsync(AppDbContext db, IQueryable<GoverningDocument> readable, DateOnly today, CancellationToken ct)
    {
        var limit = today.AddDays(RevisionSchedule.SoonDays);
        var due = await DocumentViews.Summaries(readable.Where(d => d.NextRevisionDue != null && d.NextRevisionDue <= limit)).ToListAsync(ct);
        return await DocumentViews.CompleteAsync(db, [.. due.OrderBy(d => d.NextRevisionDue).ThenBy(d => d.Title, StringComparer.Ordinal)], today, ct);
    }

    private static async Task<Results<Ok<DocumentDetails>, ProblemHttpResult>> Get(int id, AppDbContext db, DocumentRights rights, HttpContext http, CancellationToken ct)
    {
        var groups = await GroupsAsync(db, id, ct);
        if (groups is null) return ApiProblems.NotFound();
        if (!await rights.MayReadAsync(groups, ct)) return ApiProblems.Forbidden();
        var details = (await DocumentViews.DetailsAsync(db, id, await rights.MayEditAsync(groups, ct) || await rights.MayApproveAsync(groups, ct), ct))!;
        http.SetETag(details.Summary.Version);
        return TypedResults.Ok(details);
    }

    private static async Task<Results<Created<DocumentDetails>, ValidationProblem, ProblemHttpResult>> Create(
        DocumentInput input, AppDbContext db, DocumentRights rights, CancellationToken ct)
    {
        if (!await rights.ConvenesAnyGroupAsync(ct)) return ApiProblems.Forbidden();
        var (errors, header) = await DocumentChecks.CheckHeaderAsync(db, input, ct);
        var content = DocumentChecks.CheckContent(input.Content, errors);
        if (header is not null && !await rights.MayEditAsync(new DocumentGroups(header.IsInternal, header.ApprovingGroupId, header.OwnerGroupId, header.PreparedByGroupId), ct))
            return ApiProblems.Forbidden();
        if (errors.Count > 0) return ApiProblems.Validation(errors);
        var document = await DocumentOperations.CreateAsync(db, header!, content, await rights.DisplayNameAsync(ct), ct);
        return TypedResults.Created(DocumentViews.ApiUrl(document.Id), (await DocumentViews.DetailsAsync(db, document.Id, withDraft: true, ct))!);
    }

    private static async Task<Results<Ok<DocumentDetails>, ValidationProblem, ProblemHttpResult>> Update(
        int id, DocumentInput input, AppDbContext db, DocumentRights rights, HttpContext http, CancellationToken ct)
    {
        var document = await DocumentOperations.LoadAsync(db, id, ct);
        if (document is null) return ApiProblems.NotFound();
        if (!await rights.MayEditAsync(DocumentRights.GroupsOf(document), ct)) return ApiProblems.Forbidden();
        var (errors, header) = await DocumentChecks.CheckHeaderAsync(db, input, ct);
        if (input.Content is not null) errors["content"] = ["Texten ändras i ett utkast (PUT …/versions/{nummer}), inte i dokumentets uppgifter."];
        if (header is not null && errors.Count == 0)
        {
            if (!await rights.MayEditAsync(new DocumentGroups(header.IsInternal, header.ApprovingGroupId, header.OwnerGroupId, header.PreparedByGroupId), ct))
                return ApiProblems.Forbidden();
            DocumentOperations.UpdateHeader(document, header, errors);
        }
        if (errors.Count > 0) return ApiProblems.Validation(errors);
        if (http.ClientVersion(input.Version) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(document, version);
        await db.SaveChangesAsync(ct);
        http.SetETag(document.Version);
        return TypedResults.Ok((await DocumentViews.DetailsAsync(db, id, withDraft: true, ct))!);
    }

    /// <summary>The groups of a document for the rights checks; null when there is no such document.</summary>
    public static Task<DocumentGroups?> GroupsAsync(AppDbContext db, int id, CancellationToken ct) =>
        db.GoverningDocuments.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new DocumentGroups(d.IsInternal, d.ApprovingGroupId, d.OwnerGroupId, d.PreparedByGroupId)).FirstOrDefaultAsync(ct);
}
