using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Documents;

/// <summary>Changes a document's header (as PUT /api/v1/documents/{id}); the text is changed in a draft.</summary>
public sealed class EditModel(AppDbContext db, DocumentRights rights) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public DocumentInput Input { get; set; } = new();
    public string Title { get; private set; } = "";
    public List<SelectListItem> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var document = await db.GoverningDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == Id, ct);
        if (document is null) return NotFound();
        if (!await rights.MayEditAsync(DocumentRights.GroupsOf(document), ct)) return Forbid();
        Fill(document);
        Groups = await DocumentPages.GroupsAsync(db, null, document.AreaId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var document = await DocumentOperations.LoadAsync(db, Id, ct);
        if (document is null) return NotFound();
        if (!await rights.MayEditAsync(DocumentRights.GroupsOf(document), ct)) return Forbid();
        Title = document.Title;
        Input.Content = null;
        var (errors, header) = await DocumentChecks.CheckHeaderAsync(db, Input, ct);
        if (header is not null && errors.Count == 0)
        {
            if (!await rights.MayEditAsync(new DocumentGroups(header.IsInternal, header.ApprovingGroupId, header.OwnerGroupId, header.PreparedByGroupId), ct))
                errors["approvingGroupId"] = ["Efter ändringen skulle du inte längre vara sammankallande i någon av dokumentets grupper."];
            else DocumentOperations.UpdateHeader(document, header, errors);
        }
        if (!DocumentPages.ShowErrors(ModelState, ViewData, errors, CreateModel.FieldOrder))
        {
            try
            {
                db.ExpectVersion(document, Input.Version ?? 0);
                await db.SaveChangesAsync(ct);
                TempData["Message"] = "Dokumentets uppgifter är sparade.";
                return Redirect(DocumentViews.Link(Id));
            }
            catch (Exception e) when (e.IsConflict())
            {
                ModelState.AddModelError("", Texts.Common_Conflict);
                db.ChangeTracker.Clear();
                Fill(await db.GoverningDocuments.AsNoTracking().FirstAsync(d => d.Id == Id, ct));
            }
        }
        Groups = await DocumentPages.GroupsAsync(db, null, document.AreaId, ct);
        return Page();
    }

    private void Fill(GoverningDocument d)
    {
        Title = d.Title;
        Input = new DocumentInput
        {
            Type = d.Type, Title = d.Title, PreparedBy = d.PreparedBy, PreparedByPersonId = d.PreparedByPersonId, PreparedByGroupId = d.PreparedByGroupId,
            ApprovingGroupId = d.ApprovingGroupId, OwnerGroupId = d.OwnerGroupId, IssuedOn = d.IssuedOn, ValidFrom = d.ValidFrom, ValidTo = d.ValidTo,
            ReviewIntervalMonths = d.ReviewIntervalMonths, NextRevisionDue = d.RevisionDueSetByHand ? d.NextRevisionDue : null, IsInternal = d.IsInternal,
            Version = d.Version,
        };
    }
}
