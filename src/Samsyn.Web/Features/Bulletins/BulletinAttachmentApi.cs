using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Content;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Bulletins;

/// <summary>Files sent with a bulletin: uploaded by its sender as multipart/form-data (field "file"), downloaded by its readers.</summary>
public static class BulletinAttachmentApi
{
    public static RouteGroupBuilder MapBulletinAttachmentApi(this RouteGroupBuilder bulletins)
    {
        bulletins.MapPost("/{id:int}/attachments", Upload).WithName("AttachToBulletin")
            .WithSummary($"Bifoga en fil (multipart/form-data, fältet file): {FilePolicy.Attachments.AllowedText}, högst {FilePolicy.Attachments.MaxText}")
            .Accepts<IFormFile>("multipart/form-data");
        bulletins.MapGet("/{id:int}/attachments/{attachmentId:int}", Download).WithName("DownloadBulletinAttachment")
            .WithSummary("Hämta en bilaga");
        bulletins.MapDelete("/{id:int}/attachments/{attachmentId:int}", Remove).WithName("RemoveBulletinAttachment")
            .WithSummary("Ta bort en bilaga (avsändaren)");
        return bulletins;
    }

    private static async Task<Results<Created<AttachmentView>, ValidationProblem, ProblemHttpResult>> Upload(
        int id, HttpRequest request, AppDbContext db, BulletinRights rights, CancellationToken ct)
    {
        var sender = await db.Bulletins.Where(b => b.Id == id).Select(b => new { b.SenderPersonId }).FirstOrDefaultAsync(ct);
        if (sender is null) return ApiProblems.NotFound();
        if (!rights.MayCorrect(sender.SenderPersonId)) return ApiProblems.Forbidden();
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
        var (attachment, error) = await BulletinOperations.AttachAsync(db, id, file, rights.PersonId, rights.UserName, ct);
        if (error is not null) return ApiProblems.Validation("file", error);
        await db.SaveChangesAsync(ct);
        var url = $"/api/v1/bulletins/{id.ToString(CultureInfo.InvariantCulture)}/attachments/{attachment!.Id.ToString(CultureInfo.InvariantCulture)}";
        return TypedResults.Created(url, new AttachmentView(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Length, url));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(
        int id, int attachmentId, AppDbContext db, BulletinRights rights, HttpContext http, CancellationToken ct)
    {
        if (!await db.BulletinAttachments.AnyAsync(a => a.Id == attachmentId && a.BulletinId == id, ct)) return ApiProblems.NotFound();
        if (!await rights.MayReadAsync(id, ct)) return ApiProblems.Forbidden();
        var attachment = await db.BulletinAttachments.AsNoTracking().FirstAsync(a => a.Id == attachmentId, ct);
        // The stored content type comes from the checked extension; the browser must not guess another.
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(attachment.Content.Data, attachment.ContentType, attachment.FileName);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Remove(int id, int attachmentId, AppDbContext db, BulletinRights rights, CancellationToken ct)
    {
        var attachment = await db.BulletinAttachments.FirstOrDefaultAsync(a => a.Id == attachmentId && a.BulletinId == id, ct);
        if (attachment is null) return ApiProblems.NotFound();
        var sender = await db.Bulletins.Where(b => b.Id == id).Select(b => b.SenderPersonId).FirstAsync(ct);
        if (!rights.MayCorrect(sender)) return ApiProblems.Forbidden();
        db.BulletinAttachments.Remove(attachment);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
