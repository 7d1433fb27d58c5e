using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Bulletins;

/// <summary>The sender corrects a sent bulletin: text, links, validity and files. The recipients stay as sent.</summary>
[RequestSizeLimit(BulletinPages.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = BulletinPages.MaxRequestBytes)]
public sealed class EditModel(AppDbContext db, BulletinRights rights) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public BulletinForm Input { get; set; } = new();
    public string StoredTitle { get; private set; } = "";
    public string Audience { get; private set; } = "";
    public List<AttachmentView> Attachments { get; private set; } = [];
    public string? CleanedNotice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var bulletin = await db.Bulletins.AsNoTracking().Include(b => b.Links).FirstOrDefaultAsync(b => b.Id == Id, ct);
        if (bulletin is null) return NotFound();
        if (!rights.MayCorrect(bulletin.SenderPersonId)) return Forbid();
        Input = BulletinForm.From(bulletin);
        await LoadAsync(bulletin, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var bulletin = await db.Bulletins.Include(b => b.Links).FirstOrDefaultAsync(b => b.Id == Id, ct);
        if (bulletin is null) return NotFound();
        if (!rights.MayCorrect(bulletin.SenderPersonId)) return Forbid();
        var fields = new FieldErrors(BulletinForm.FieldOrder);
        var input = Input.ToInput(withRecipients: false, fields);
        var today = BulletinViews.Today(db);
        var errors = BulletinChecks.CheckContent(input, bulletin.ValidUntil < today ? bulletin.ValidUntil : today, out var draft);
        BulletinForm.AddErrors(fields, errors, input);
        var attached = await db.BulletinAttachments.CountAsync(a => a.BulletinId == Id, ct);
        var files = await BulletinPages.CheckFilesAsync(Input.Files, fields, ct, attached);
        if (!fields.Any && draft!.Body.WasChanged)
        {
            Input.Body = draft.Body.Html;
            CleanedNotice = BulletinPages.CleanedNotice(draft, Input.Files.Count > 0);
        }
        if (fields.Any || CleanedNotice is not null)
        {
            BulletinForm.Apply(fields, ModelState, ViewData);
            await LoadAsync(bulletin, ct);
            return Page();
        }
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.ExpectVersion(bulletin, Input.Version ?? 0);
            bulletin.Correct(draft!.Title, draft.Body.Html, draft.ValidUntil, draft.Links, BulletinOperations.Now(db));
            await db.SaveChangesAsync(ct);
            await BulletinPages.AttachAsync(db, Id, files, rights, ct);
            await transaction.CommitAsync(ct);
        }
        catch (Exception e) when (e.IsConflict())
        {
            // Someone else saved first: show what is stored now, with the message.
            db.ChangeTracker.Clear();
            var stored = await db.Bulletins.AsNoTracking().Include(b => b.Links).FirstAsync(b => b.Id == Id, ct);
            Input = BulletinForm.From(stored);
            ModelState.Clear();
            ModelState.AddModelError("", Texts.Common_Conflict);
            await LoadAsync(stored, ct);
            return Page();
        }
        TempData["Message"] = "Meddelandet är rättat.";
        return Redirect(BulletinNotifications.Link(Id));
    }

    public async Task<IActionResult> OnPostRemoveAttachmentAsync(int attachmentId, CancellationToken ct)
    {
        var sender = await db.Bulletins.Where(b => b.Id == Id).Select(b => new { b.SenderPersonId }).FirstOrDefaultAsync(ct);
        if (sender is null) return NotFound();
        if (!rights.MayCorrect(sender.SenderPersonId)) return Forbid();
        var attachment = await db.BulletinAttachments.FirstOrDefaultAsync(a => a.Id == attachmentId && a.BulletinId == Id, ct);
        if (attachment is not null)
        {
            db.BulletinAttachments.Remove(attachment);
            await db.SaveChangesAsync(ct);
            TempData["Message"] = $"Bilagan {attachment.FileName} är borttagen.";
        }
        return Redirect($"{BulletinNotifications.Link(Id)}/andra");
    }

    private async Task LoadAsync(Bulletin bulletin, CancellationToken ct)
    {
        StoredTitle = bulletin.Title;
        var details = (await BulletinViews.DetailsAsync(db, rights, bulletin.Id, ct))!;
        Audience = $"{details.Audience.Description} ({details.RecipientCount} organisationer)";
        Attachments = [.. details.Attachments];
        Input.PadLinks();
    }
}
