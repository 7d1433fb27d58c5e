using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Structure.People;

public sealed class CreateModel(AppDbContext db, StructureRights rights) : PageModel
{
    [BindProperty] public PersonInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        rights.CanCreatePeople ? await FormAsync(ct) : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!rights.CanCreatePeople) return Forbid();
        ModelState.Clear();
        ModelState.AddErrors(await PersonApi.Check(Input, null, db, ct));
        if (!ModelState.IsValid) return await FormAsync(ct);
        var person = new Person();
        Input.ApplyTo(person);
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = Texts.Common_Created;
        return RedirectToPage("Details", new { id = person.Id });
    }

    private async Task<IActionResult> FormAsync(CancellationToken ct)
    {
        ViewData[PersonChoices.Key] = await PersonChoices.LoadAsync(db, null, ct);
        return Page();
    }
}
