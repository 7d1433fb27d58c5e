using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Content;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Documents;

/// <summary>A document's versions: read any approved one, start a revision, write the draft, approve it, and its files.</summary>
public static class DocumentVersionApi
{
    public static RouteGroupBuilder MapDocumentVersionApi(this RouteGroupBuilder documents)
    {
        documents.MapGet("/{id:int}/versions/{number:int}", Get).WithName("GetDocumentVersion")
            .WithSummary("En version med text och filer; tidigare godkända versioner finns kvar att läsa");
        documents.MapPost("/{id:int}/versions", StartRevision).WithName("StartDocumentRevision")
            .WithSummary("Starta en revidering: ett nytt utkast från den gällande versionen, med vad som ändras (changeNote)");
        documents.MapPut("/{id:int}/versions/{number:int}", EditDraft).WithName("EditDocumentDraft")
            .WithSummary("Ändra utkastets text och ändringsnotering; en godkänd version kan inte ändras (409)");
        documents.MapPost("/{id:int}/versions/{number:int}/approve", Approve).WithName("ApproveDocumentVersion")
            .WithSummary("Godkänn utkastet med ett beslut av den godkännande gruppen (decisionId), eller registrera ett beslut utanför möte (decisionText, decidedOn); gruppens sammankallande");
        documents.MapPost("/{id:int}/versions/{number:int}/files", Upload).WithName("UploadDocumentFile")
            .WithSummary($"Ladda upp en fil till utkastet (multipart/form-data, fältet file): {FilePolicy.Documents.AllowedText}, högst {FilePolicy.Documents.MaxText}")
            .Accepts<IFormFile>("multipart/form-data");
        documents.MapGet("/{id:int}/versions/{number:int}/files/{fileId:int}", Download).WithName("DownloadDocumentFile").WithSummary("Hämta en fil");
        documents.MapDelete("/{id:int}/versions/{number:int}/files/{fileId:int}", RemoveFile).WithName("RemoveDocumentFile")
            .WithSummary("Ta bort en fil ur utkastet");
        return documents;
    }

    private static async Task<Results<Ok<VersionView>, ProblemHttpResult>> Get(int id, int number, AppDbContext db, DocumentRights rights, HttpContext http, CancellationToken ct)
    {
        var (version, groups) = await FindAsync(db, id, number, ct);
        if (version is null) return ApiProblems.NotFound();
        if (!await rights.MayReadAsync(groups!, ct)) return ApiProblems.Forbidden();
        // A draft is work in progress: shown to those who write or approve it.
        if (!version.IsApproved && !await rights.MayEditAsync(groups!, ct) && !await rights.MayApproveAsync(groups!, ct)) return ApiProblems.NotFound();
        http.SetETag(version.Version);
        return TypedResults.Ok(await DocumentViews.VersionAsync(db, id, version, null, ct));
    }

    private static async Task<Results<Created<VersionView>, ValidationProblem, ProblemHttpResult>> StartRevision(
        int id, RevisionInput input, AppDbContext db, DocumentRights rights, CancellationToken ct)
    {
        var document = await DocumentOperations.LoadAsync(db, id, ct);
        if (document is null) return ApiProblems.NotFound();
        if (!await rights.MayEditAsync(DocumentRights.GroupsOf(document), ct)) return ApiProblems.Forbidden();
        if (InputValidation.Validate(input) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        var draft = await DocumentOperations.StartRevisionAsync(db, document, input.ChangeNote!, await rights.DisplayNameAsync(ct), ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created(VersionUrl(id, draft.Number), await DocumentViews.VersionAsync(db, id, draft, null, ct));
    }

    private static async Task<Results<Ok<VersionView>, ValidationProblem, ProblemHttpResult>> EditDraft(
        int id, int number, DraftInput input, AppDbContext db, DocumentRights rights, HttpContext http, CancellationToken ct)
    {
        var (version, groups) = await FindAsync(db, id, number, ct, tracked: true);
        if (version is null) return ApiProblems.NotFound();
        if (!await rights.MayEditAsync(groups!, ct)) return ApiProblems.Forbidden();
        version.EnsureDraft();
        var errors = InputValidation.Validate(input);
        var content = DocumentChecks.CheckContent(input.Content, errors);
        if (errors.Count > 0) return ApiProblems.Validation(errors);
        if (http.ClientVersion(input.Version) is not int expected) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(version, expected);
        version.Edit(content.Html.Length == 0 ? null : content.Html, string.IsNullOrWhiteSpace(input.ChangeNote) ? null : input.ChangeNote.Trim());
        await db.SaveChangesAsync(ct);
        http.SetETag(version.Version);
        return TypedResults.Ok(await DocumentViews.VersionAsync(db, id, version, null, ct));
    }

    private static async Task<Results<Ok<DocumentDetails>, ValidationProblem, ProblemHttpResult>> Approve(
        int id, int number, ApprovalInput input, AppDbContext db, DocumentRights rights, HttpContext http, CancellationToken ct)
    {
        var document = await DocumentOperations.LoadAsync(db, id, ct);
        var draft = document?.Versions.FirstOrDefault(v => v.Number == number);
        if (document is null || draft is null) return ApiProblems.NotFound();
        if (!await rights.MayApproveAsync(DocumentRights.GroupsOf(document), ct)) return ApiProblems.Forbidden();
        if (InputValidation.Validate(input) is { Count: > 0 } invalid) return ApiProblems.Validation(invalid);
        if (http.ClientVersion(input.Version) is int expected) db.ExpectVersion(draft, expected);
        var errors = new Dictionary<string, string[]>();
        await DocumentOperations.ApproveAsync(db, document, draft, input, errors, rights.PersonId, await rights.DisplayNameAsync(ct), ct);
        if (errors.Count > 0) return ApiProblems.Validation(errors);
        await db.SaveChangesAsync(ct);
        http.SetETag(document.Version);
        return TypedResults.Ok((await DocumentViews.DetailsAsync(db, id, withDraft: true, ct))!);
    }

    private static async Task<Results<Created<FileView>, ValidationProblem, ProblemHttpResult>> Upload(
        int id, int number, HttpRequest request, AppDbContext db, DocumentRights rights, CancellationToken ct)
    {
        var (version, groups) = await FindAsync(db, id, number, ct, tracked: true);
        if (version is null) return ApiProblems.NotFound();
        if (!await rights.MayEditAsync(groups!, ct)) return ApiProblems.Forbidden();
        version.EnsureDraft();
        if (!request.HasFormContentType) return ApiProblems.Validation("file", "Skicka filen som multipart/form-data i fältet file.");
        IFormFile? file;
        try
        {
            file = (await request.ReadFormAsync(ct)).Files.GetFile("file");
        }
        catch (InvalidDataException)
        {
            return ApiProblems.Validation("file", "Formuläret kunde inte läsas. Skicka filen som multipart/form-data i fältet file.");
        }
        if (file is null) return ApiProblems.Validation("file", "Välj en fil (fältet file).");
        var (stored, error) = await DocumentOperations.AttachAsync(db, version, file, await rights.DisplayNameAsync(ct), ct);
        if (error is not null) return ApiProblems.Validation("file", error);
        await db.SaveChangesAsync(ct);
        var url = DocumentViews.FileUrl(id, number, stored!.Id);
        return TypedResults.Created(url, new FileView(stored.Id, stored.FileName, stored.ContentType, stored.Length, url));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(
        int id, int number, int fileId, AppDbContext db, DocumentRights rights, HttpContext http, CancellationToken ct)
    {
        var (version, groups) = await FindAsync(db, id, number, ct);
        if (version is null || !await db.DocumentFiles.AnyAsync(f => f.Id == fileId && f.VersionId == version.Id, ct)) return ApiProblems.NotFound();
        if (!await rights.MayReadAsync(groups!, ct)) return ApiProblems.Forbidden();
        if (!version.IsApproved && !await rights.MayEditAsync(groups!, ct) && !await rights.MayApproveAsync(groups!, ct)) return ApiProblems.NotFound();
        var file = await db.DocumentFiles.AsNoTracking().FirstAsync(f => f.Id == fileId, ct);
        // The stored content type comes from the checked extension; the browser must not guess another.
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(file.Content.Data, file.ContentType, file.FileName);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveFile(int id, int number, int fileId, AppDbContext db, DocumentRights rights, CancellationToken ct)
    {
        var (version, groups) = await FindAsync(db, id, number, ct, tracked: true);
        if (version is null) return ApiProblems.NotFound();
        await db.Entry(version).Collection(v => v.Files).LoadAsync(ct);
        var file = version.Files.FirstOrDefault(f => f.Id == fileId);
        if (file is null) return ApiProblems.NotFound();
        if (!await rights.MayEditAsync(groups!, ct)) return ApiProblems.Forbidden();
        version.RemoveFile(file);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<(DocumentVersion? Version, DocumentGroups? Groups)> FindAsync(AppDbContext db, int id, int number, CancellationToken ct, bool tracked = false)
    {
        var groups = await DocumentApi.GroupsAsync(db, id, ct);
        if (groups is null) return (null, null);
        var versions = tracked ? db.DocumentVersions : db.DocumentVersions.AsNoTracking();
        return (await versions.FirstOrDefaultAsync(v => v.DocumentId == id && v.Number == number, ct), groups);
    }

    public static string VersionUrl(int id, int number) => $"{DocumentViews.ApiUrl(id)}/versions/{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
