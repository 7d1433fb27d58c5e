using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Documents;

/// <summary>Starts a revision: a new draft from the version in force, with a note of what the revision changes (as POST …/versions).</summary>
public sealed class ReviseModel(AppDbContext db, DocumentRights rights) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public RevisionInput Input { get; set; } = new();
    public string Title { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var document = await DocumentOperations.LoadAsync(db, Id, ct);
        if (document is null) return NotFound();
        if (!await rights.MayEditAsync(DocumentRights.GroupsOf(document), ct)) return Forbid();
        if (document.Draft is not null) return Redirect($"{DocumentViews.Link(Id)}/utkast");
        Title = document.Title;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var document = await DocumentOperations.LoadAsync(db, Id, ct);
        if (document is null) return NotFound();
        if (!await rights.MayEditAsync(DocumentRights.GroupsOf(document), ct)) return Forbid();
        Title = document.Title;
        if (DocumentPages.ShowErrors(ModelState, ViewData, InputValidation.Validate(Input), "Input.ChangeNote")) return Page();
        try
        {
            var draft = await DocumentOperations.StartRevisionAsync(db, document, Input.ChangeNote!, await rights.DisplayNameAsync(ct), ct);
            await db.SaveChangesAsync(ct);
            TempData["Message"] = $"Version {draft.Number} är skapad som utkast med texten från den gällande versionen.";
            return Redirect($"{DocumentViews.Link(Id)}/utkast");
        }
        catch (InvalidStateChangeException e)
        {
            TempData["Error"] = e.Message;
            return Redirect(DocumentViews.Link(Id));
        }
    }
}
