using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Content;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Documents;

/// <summary>The draft: its text and change note (as PUT …/versions/{number}), and its files (PDF or DOCX).</summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class DraftModel(AppDbContext db, DocumentRights rights) : PageModel
{
    private const long MaxRequestBytes = FilePolicy.DocumentMaxBytes + 1024 * 1024;

    [FromRoute] public int Id { get; set; }
    [BindProperty] public DraftInput Input { get; set; } = new();
    [BindProperty] public IFormFile? Upload { get; set; }
    public string Title { get; private set; } = "";
    public VersionView Draft { get; private set; } = null!;
    public bool MayApprove { get; private set; }

    /// <summary>The stored text when someone else saved the draft while this user wrote.</summary>
    public string? StoredContent { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (refusal, draft) = await DraftAsync(ct);
        if (refusal is not null) return refusal;
        Input = new DraftInput { Content = draft!.Content, ChangeNote = draft.ChangeNote, Version = draft.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var (refusal, draft) = await DraftAsync(ct);
        if (refusal is not null) return refusal;
        var errors = Infrastructure.Validation.InputValidation.Validate(Input);
        var content = DocumentChecks.CheckContent(Input.Content, errors);
        if (!DocumentPages.ShowErrors(ModelState, ViewData, errors, "Input.Content", "Input.ChangeNote"))
        {
            try
            {
                db.ExpectVersion(draft!, Input.Version ?? 0);
                draft!.Edit(content.Html.Length == 0 ? null : content.Html, string.IsNullOrWhiteSpace(Input.ChangeNote) ? null : Input.ChangeNote.Trim());
                await db.SaveChangesAsync(ct);
                TempData["Message"] = content.WasChanged
                    ? $"Utkastet är sparat. Otillåten formatering togs bort ({string.Join(", ", content.Removed)}) – läs igenom texten."
                    : "Utkastet är sparat.";
                return Redirect($"{DocumentViews.Link(Id)}/utkast");
            }
            catch (Exception e) when (e.IsConflict())
            {
                ModelState.AddModelError("Input.Content", "Någon annan har sparat utkastet medan du skrev. Din text står kvar i rutan och den sparade versionen visas under den – för samman dem och spara igen.");
                db.ChangeTracker.Clear();
                var stored = await db.DocumentVersions.AsNoTracking().FirstAsync(v => v.Id == draft!.Id, ct);
                (StoredContent, Input.Version) = (stored.Content ?? "", stored.Version);
            }
        }
        await ShowAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken ct)
    {
        var (refusal, draft) = await DraftAsync(ct);
        if (refusal is not null) return refusal;
        var (stored, error) = Upload is null ? (null, "Välj en fil.") : await DocumentOperations.AttachAsync(db, draft!, Upload, await rights.DisplayNameAsync(ct), ct);
        if (error is not null)
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(Upload), error);
            ViewData["FieldOrder"] = new[] { nameof(Upload) };
            db.ChangeTracker.Clear();
            await ShowAsync(ct);
            Input = new DraftInput { Content = Draft.Content, ChangeNote = Draft.ChangeNote, Version = Draft.Version };
            return Page();
        }
        await db.SaveChangesAsync(ct);
        TempData["Message"] = $"Filen {stored!.FileName} är uppladdad.";
        return Redirect($"{DocumentViews.Link(Id)}/utkast#filer");
    }

    public async Task<IActionResult> OnPostRemoveFileAsync(int fileId, CancellationToken ct)
    {
        var (refusal, draft) = await DraftAsync(ct);
        if (refusal is not null) return refusal;
        await db.Entry(draft!).Collection(v => v.Files).LoadAsync(ct);
        var file = draft!.Files.FirstOrDefault(f => f.Id == fileId);
        if (file is null) return NotFound();
        draft.RemoveFile(file);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = $"Filen {file.FileName} är borttagen ur utkastet.";
        return Redirect($"{DocumentViews.Link(Id)}/utkast#filer");
    }

    /// <summary>The draft when the user may write it; else the refusal (no draft: back to the document).</summary>
    private async Task<(IActionResult?, DocumentVersion?)> DraftAsync(CancellationToken ct)
    {
        var groups = await DocumentApi.GroupsAsync(db, Id, ct);
        if (groups is null) return (NotFound(), null);
        if (!await rights.MayEditAsync(groups, ct)) return (Forbid(), null);
        var draft = await db.DocumentVersions.FirstOrDefaultAsync(v => v.DocumentId == Id && v.ApprovedOn == null, ct);
        if (draft is null)
        {
            TempData["Error"] = "Dokumentet har inget utkast. Starta en revidering för att ändra texten.";
            return (Redirect(DocumentViews.Link(Id)), null);
        }
        Title = await db.GoverningDocuments.Where(d => d.Id == Id).Select(d => d.Title).FirstAsync(ct);
        MayApprove = await rights.MayApproveAsync(groups, ct);
        Draft = await DocumentViews.VersionAsync(db, Id, draft, null, ct);
        return (null, draft);
    }

    private async Task ShowAsync(CancellationToken ct) => await DraftAsync(ct);
}
