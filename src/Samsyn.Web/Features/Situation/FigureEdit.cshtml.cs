using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Shared;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;

namespace Samsyn.Web.Features.Situation;

/// <summary>Adds or changes a key figure (administrators).</summary>
public sealed class FigureEditModel(AppDbContext db, StructureRights rights) : PageModel
{
    [FromRoute] public int? Id { get; set; }
    [BindProperty] public StatusFigureInput Input { get; set; } = new();
    public StatusFigureDefinition? Figure { get; private set; }
    public List<SelectListItem> Kinds { get; } = [.. Labels.All<OrganisationKind>(Labels.Kind).Select(k => new SelectListItem(k.Label, k.Value.ToString()))];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!rights.CanManageRegisters) return Forbid();
        if (Id is int id)
        {
            Figure = await db.StatusFigureDefinitions.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
            if (Figure is null) return NotFound();
            Input = new StatusFigureInput
            {
                Key = Figure.Key, Label = Figure.Label, Unit = Figure.Unit, OrganisationKind = Figure.OrganisationKind,
                Order = Figure.Order, Maximum = Figure.Maximum, Version = Figure.Version,
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!rights.CanManageRegisters) return Forbid();
        var figure = Id is int id ? await db.StatusFigureDefinitions.FirstOrDefaultAsync(f => f.Id == id, ct) : new StatusFigureDefinition();
        if (figure is null) return NotFound();
        Figure = figure.Id == 0 ? null : figure;
        ModelState.Clear();
        var errors = await SituationApi.CheckFigureAsync(db, Input, Id, ct);
        if (errors.Count > 0)
        {
            ModelState.AddErrors(errors);
            return Page();
        }
        try
        {
            if (figure.Id != 0) db.ExpectVersion(figure, Input.Version ?? 0);
            else db.StatusFigureDefinitions.Add(figure);
            SituationApi.Apply(Input, figure);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e.IsConflict())
        {
            ModelState.AddModelError("", "Någon annan har ändrat nyckeltalet sedan du öppnade sidan. Ladda om sidan och gör ändringen igen.");
            return Page();
        }
        TempData["Message"] = $"Nyckeltalet \"{figure.Label}\" är sparat.";
        return Redirect("/lagesbild/nyckeltal");
    }

    public Task<IActionResult> OnPostRetireAsync(int version, CancellationToken ct) =>
        this.ChangeRetirementAsync<StatusFigureDefinition>(db, Id ?? 0, version, rights.CanManageRegisters, retire: true, ct);

    public Task<IActionResult> OnPostReinstateAsync(int version, CancellationToken ct) =>
        this.ChangeRetirementAsync<StatusFigureDefinition>(db, Id ?? 0, version, rights.CanManageRegisters, retire: false, ct);
}
