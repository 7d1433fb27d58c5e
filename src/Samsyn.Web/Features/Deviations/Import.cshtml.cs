using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Situation.Discharge;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Deviations;

/// <summary>Reading in counts of deviations from other systems (administrators and conveners); the latest imports are listed.</summary>
public sealed class ImportModel(AppDbContext db, DeviationAccess access) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Source { get; set; }

    public bool MayImport => access.MayImport;
    public List<(string Month, string Process, string? Step, string Reporting, string Concerned, int Count, string Source)> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!MayImport) return Forbid();
        ModelState.Clear();
        ViewData["FieldOrder"] = new[] { "Source", "Upload" };
        if (Upload is null || Upload.Length == 0) ModelState.AddModelError("Upload", "Välj en CSV-fil att läsa in.");
        else if (Upload.Length > DischargeCsv.MaxBytes) ModelState.AddModelError("Upload", DischargeCsv.TooLarge);
        else
        {
            using var buffer = new MemoryStream();
            await Upload.CopyToAsync(buffer, ct);
            try
            {
                var (summary, errors) = await DeviationImport.ImportAsync(db, buffer.ToArray(), Source, access.PersonId, ct);
                if (summary is not null)
                {
                    TempData["Message"] = $"Filen är inläst: {summary.Message}";
                    return RedirectToPage();
                }
                foreach (var (key, messages) in errors)
                    foreach (var message in messages) ModelState.AddModelError(key == "source" ? "Source" : "Upload", message);
            }
            catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("Upload", "Någon annan läste in samma antal samtidigt. Läs in filen igen.");
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var rows = await db.DeviationAggregates.AsNoTracking().OrderByDescending(a => a.Id).Take(20)
            .Select(a => new { a.Month, Process = a.Process.Name, Step = a.Step != null ? a.Step.Name : null, Reporting = a.ReportingOrganisation.Name, Concerned = a.ConcernedOrganisation.Name, a.Count, a.Source })
            .ToListAsync(ct);
        Latest = [.. rows.Select(a => (DeviationStatistics.Iso(a.Month), a.Process, a.Step, a.Reporting, a.Concerned, a.Count, a.Source))];
    }
}
