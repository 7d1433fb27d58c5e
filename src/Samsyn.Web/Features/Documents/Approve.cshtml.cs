using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Documents;

/// <summary>
/// The approving group's convener approves the draft by the group's decision: one from the minutes or the register, or
/// one taken outside a meeting that is registered here (as POST …/versions/{number}/approve).
/// </summary>
public sealed class ApproveModel(AppDbContext db, DocumentRights rights) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public ApprovalInput Input { get; set; } = new();
    public string Title { get; private set; } = "";
    public string GroupName { get; private set; } = "";
    public VersionView Draft { get; private set; } = null!;
    public List<SelectListItem> Decisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (refusal, document) = await LoadAsync(ct);
        if (refusal is not null) return refusal;
        Input = new ApprovalInput { DecidedOn = DocumentText.Today(db.Clock), Version = document!.Draft!.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (refusal, document) = await LoadAsync(ct);
        if (refusal is not null) return refusal;
        var draft = document!.Draft!;
        var errors = Infrastructure.Validation.InputValidation.Validate(Input);
        try
        {
            if (errors.Count == 0)
            {
                db.ExpectVersion(draft, Input.Version ?? 0);
                await DocumentOperations.ApproveAsync(db, document, draft, Input, errors, rights.PersonId, await rights.DisplayNameAsync(ct), ct);
            }
            if (!DocumentPages.ShowErrors(ModelState, ViewData, errors, "Input.DecisionId", "Input.DecisionText", "Input.DecidedOn"))
            {
                await db.SaveChangesAsync(ct);
                TempData["Message"] = $"Version {draft.Number} är godkänd och gäller från och med nu.";
                return Redirect(DocumentViews.Link(Id));
            }
        }
        catch (InvalidStateChangeException e)
        {
            ModelState.Clear();
            ModelState.AddModelError("", e.Message);
        }
        catch (Exception e) when (e.IsConflict())
        {
            ModelState.Clear();
            ModelState.AddModelError("", "Någon har ändrat utkastet sedan du öppnade sidan. Läs igenom det igen innan du godkänner.");
            db.ChangeTracker.Clear();
            Input.Version = (await LoadAsync(ct)).Item2?.Draft?.Version;
        }
        return Page();
    }

    private async Task<(IActionResult?, GoverningDocument?)> LoadAsync(CancellationToken ct)
    {
        var document = await DocumentOperations.LoadAsync(db, Id, ct);
        if (document is null) return (NotFound(), null);
        if (!await rights.MayApproveAsync(DocumentRights.GroupsOf(document), ct)) return (Forbid(), null);
        if (document.Draft is null)
        {
            TempData["Error"] = "Dokumentet har inget utkast att godkänna.";
            return (Redirect(DocumentViews.Link(Id)), null);
        }
        Title = document.Title;
        GroupName = (await db.Groups.FindAsync([document.ApprovingGroupId], ct))!.Name;
        Draft = await DocumentViews.VersionAsync(db, Id, document.Draft, null, ct);
        Decisions = await DocumentPages.DecisionsAsync(db, [document.ApprovingGroupId], ct);
        return (null, document);
    }
}
