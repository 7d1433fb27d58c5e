using Samsyn.Web.Infrastructure.Content;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;

namespace Samsyn.Web.Features.Bulletins;

/// <summary>What the compose and correct pages share: checking chosen files before anything is saved, and attaching them.</summary>
public static class BulletinPages
{
    /// <summary>Ten files of 10 MB and the form around them.</summary>
    public const long MaxRequestBytes = (Bulletin.MaxAttachments + 1) * BulletinAttachment.MaxBytes;

    public static string CleanedNotice(BulletinDraft draft, bool hadFiles) =>
        $"{BulletinText.FormattingRemoved} ({string.Join(", ", draft.Body.Removed)}). Texten nedan är rensad – läs igenom den och skicka igen."
        + (hadFiles ? " Välj bilagorna på nytt." : "");

    /// <summary>The chosen files, each checked; errors land on the form's file field and the files are not kept.</summary>
    public static async Task<List<IFormFile>> CheckFilesAsync(List<IFormFile> files, FieldErrors fields, CancellationToken ct, int alreadyAttached = 0)
    {
        var chosen = files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        if (chosen.Count + alreadyAttached > Bulletin.MaxAttachments)
        {
            fields.Add("Input.Files", $"Ett meddelande kan ha högst {Bulletin.MaxAttachments} bilagor.");
            return [];
        }
        foreach (var file in chosen)
        {
            if (await UploadedFiles.CheckAsync(file, FilePolicy.Attachments, ct) is { } error)
                fields.Add("Input.Files", error + " Välj filerna på nytt.");
        }
        return chosen;
    }

    public static async Task AttachAsync(AppDbContext db, int bulletinId, List<IFormFile> files, BulletinRights rights, CancellationToken ct)
    {
        foreach (var file in files)
        {
            var (_, error) = await BulletinOperations.AttachAsync(db, bulletinId, file, rights.PersonId, rights.UserName, ct);
            if (error is not null) throw new InvalidOperationException($"A checked file was refused: {error}");
        }
        if (files.Count > 0) await db.SaveChangesAsync(ct);
    }
}
