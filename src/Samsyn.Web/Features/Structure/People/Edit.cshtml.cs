using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Structure.People;

public sealed class EditModel(AppDbContext db, StructureRights rights) : PageModel
{
    [BindProperty] public PersonInput Input { get; set; } = new();
    [FromRoute] public int Id { get; set; }
    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!rights.CanEditPerson(Id)) return Forbid();
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == Id, ct);
        if (person is null) return NotFound();
        (Name, Input) = (person.Name, PersonInput.From(person));
        return await FormAsync(person.OrganisationId, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!rights.CanEditPerson(Id)) return Forbid();
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == Id, ct);
        if (person is null) return NotFound();
        Name = person.Name;
        var savedOrganisationId = person.OrganisationId;
        ModelState.Clear();
        ModelState.AddErrors(await PersonApi.Check(Input, Id, db, ct));
        if (!ModelState.IsValid) return await FormAsync(savedOrganisationId, ct);
        try
        {
            db.ExpectVersion(person, Input.Version ?? 0);
            Input.ApplyTo(person);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e.IsConflict())
        {
            ModelState.AddModelError("", Texts.Common_Conflict);
            db.ChangeTracker.Clear();
            var saved = await db.People.AsNoTracking().FirstAsync(p => p.Id == Id, ct);
            Input = PersonInput.From(saved);
            return await FormAsync(saved.OrganisationId, ct);
        }
        TempData["Message"] = Texts.Common_Saved;
        return RedirectToPage("Details", new { id = Id });
    }

    private async Task<IActionResult> FormAsync(int? currentOrganisationId, CancellationToken ct)
    {
        ViewData[PersonChoices.Key] = await PersonChoices.LoadAsync(db, currentOrganisationId, ct);
        return Page();
    }
}
