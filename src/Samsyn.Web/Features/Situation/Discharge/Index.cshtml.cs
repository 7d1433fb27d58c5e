using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Situation.Discharge;

/// <summary>
/// Utskrivningsklara: per municipality of an area, the average days waited, monthly and rolling over three months,
/// against the area's threshold, as charts with tables; with the single-month form and the file import for those
/// who may enter figures (administrators, and people acting for a municipality – for that municipality).
/// </summary>
public sealed class IndexModel(AppDbContext db, StructureRights rights, IOptions<DischargeOptions> options) : PageModel
{
    public sealed record AreaOption(int Id, string Name);

    [BindProperty(SupportsGet = true, Name = "areaId")] public int? AreaId { get; set; }
    [BindProperty(SupportsGet = true, Name = "fran")] public string? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "till")] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "kommun")] public int? EditOrganisationId { get; set; }
    [BindProperty(SupportsGet = true, Name = "manad")] public string? EditMonth { get; set; }
    [BindProperty] public DischargeMonthForm Entry { get; set; } = new();
    [BindProperty] public IFormFile? Upload { get; set; }

    public List<AreaOption> Areas { get; private set; } = [];
    public DischargeAreaView? View { get; private set; }
    public IReadOnlyList<DateOnly> Axis { get; private set; } = [];
    public List<SelectListItem> Enterable { get; private set; } = [];
    public bool CanEditThreshold => rights.IsAdministrator;
    public bool CanEnter => Enterable.Count > 0;
    public bool CanEnterFor(int organisationId) => Enterable.Any(e => e.Value == organisationId.ToString(CultureInfo.InvariantCulture));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } missing) return missing;
        if (EditOrganisationId is int organisationId && DischargeMonth.Parse(EditMonth, out _) is DateOnly month && CanEnterFor(organisationId))
        {
            var stored = await DischargeEntry.FindAsync(db, organisationId, month, ct);
            Entry = new DischargeMonthForm { OrganisationId = organisationId, Month = DischargeMonth.Iso(month) };
            if (stored is not null) Fill(stored);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostMonthAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } missing) return missing;
        if (!CanEnter) return Forbid();
        ModelState.Clear();
        var errors = new FieldErrors("Entry.OrganisationId", "Entry.Month", "Entry.AverageDays", "Entry.DischargedPatients");
        if (Entry.OrganisationId is not int organisationId || !CanEnterFor(organisationId))
            errors.Add("Entry.OrganisationId", "Välj en kommun som du företräder.");
        var month = DischargeMonth.Parse(Entry.Month, out var monthError);
        if (monthError is not null) errors.Add("Entry.Month", monthError);
        var days = DischargeValues.ParseDays(Entry.AverageDays, out var daysError);
        if (daysError is not null) errors.Add("Entry.AverageDays", daysError);
        var patients = DischargeValues.ParsePatients(Entry.DischargedPatients, out var patientsError);
        if (patientsError is not null) errors.Add("Entry.DischargedPatients", patientsError);
        if (days is decimal d && patientsError is null && DischargeValues.Check(d, patients) is var (field, message))
            errors.Add(field == "averageDays" ? "Entry.AverageDays" : "Entry.DischargedPatients", message);
        if (errors.Any)
        {
            errors.CopyTo(ModelState, ViewData);
            return Page();
        }

        var organisation = Entry.OrganisationId!.Value;
        var stored = await DischargeEntry.FindAsync(db, organisation, month!.Value, ct);
        var version = Entry.VersionOf == DischargeMonthForm.Identity(organisation, month.Value) ? Entry.Version : null;
        if (stored is not null && version is null)
        {
            // Someone may not know the month is there: show what is stored and let a second save replace it.
            errors.Add("Entry.Month", $"Kommunen har redan siffror för {DischargeMonth.Name(month.Value)}: {DischargeValues.DaysWithUnit(stored.AverageDays)}" +
                $"{(stored.DischargedPatients is int n ? $" och {DischargeValues.Patients(n)} patienter" : "")}. Spara igen för att ersätta dem med dina.");
            errors.CopyTo(ModelState, ViewData);
            Entry.Version = stored.Version;
            Entry.VersionOf = DischargeMonthForm.Identity(organisation, month.Value);
            return Page();
        }
        try
        {
            if (await DischargeEntry.SaveAsync(db, stored, organisation, month.Value, days!.Value, patients, version, ct) is null)
                return await ConflictAsync(organisation, month.Value, ct);
        }
        catch (Exception e) when (e.IsConflict())
        {
            return await ConflictAsync(organisation, month.Value, ct);
        }
        var name = Enterable.First(e => e.Value == organisation.ToString(CultureInfo.InvariantCulture)).Text;
        TempData["Message"] = $"Siffrorna för {name}, {DischargeMonth.Name(month.Value)}, är sparade.";
        return RedirectToShow(month.Value, organisation);
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } missing) return missing;
        if (!CanEnter) return Forbid();
        ModelState.Clear();
        ViewData["FieldOrder"] = new[] { "Upload" };
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError("Upload", "Välj en CSV-fil att läsa in.");
            return Page();
        }
        if (Upload.Length > DischargeCsv.MaxBytes)
        {
            ModelState.AddModelError("Upload", DischargeCsv.TooLarge);
            return Page();
        }
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, ct);
        DischargeImportResult result;
        try
        {
            result = await DischargeImport.ImportAsync(db, rights, buffer.ToArray(), AreaId, ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("Upload", "Någon annan registrerade några av månaderna samtidigt. Läs in filen igen.");
            return Page();
        }
        if (result.ForbiddenRows.Count > 0) ModelState.AddModelError("Upload", result.ForbiddenDetail);
        foreach (var message in result.Errors.OrderBy(e => LineOf(e.Key)).SelectMany(e => e.Value)) ModelState.AddModelError("Upload", message);
        if (!result.Succeeded) return Page();
        TempData["Message"] = $"Filen är inläst: {result.Summary}";
        return RedirectToShow(result.LatestMonth!.Value, null);
    }

    /// <summary>The file's errors in the order of its lines, the file and header first.</summary>
    private static int LineOf(string key) =>
        key.StartsWith("rows[", StringComparison.Ordinal) && int.TryParse(key[5..key.IndexOf(']', StringComparison.Ordinal)], CultureInfo.InvariantCulture, out var line) ? line : 0;

    private async Task<IActionResult> ConflictAsync(int organisationId, DateOnly month, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        ModelState.AddModelError("", Texts.Common_Conflict);
        if (await DischargeEntry.FindAsync(db, organisationId, month, ct) is { } stored) Fill(stored);
        await LoadAsync(ct);
        return Page();
    }

    private void Fill(DischargeWaitingMonth stored)
    {
        Entry = new DischargeMonthForm
        {
            OrganisationId = stored.OrganisationId, Month = DischargeMonth.Iso(stored.Month),
            AverageDays = DischargeValues.Stored(stored.AverageDays).ToString("0.0#", Infrastructure.SwedishTime.Culture),
            DischargedPatients = stored.DischargedPatients?.ToString(CultureInfo.InvariantCulture),
            Version = stored.Version, VersionOf = DischargeMonthForm.Identity(stored.OrganisationId, stored.Month),
        };
        ModelState.Clear();
    }

    /// <summary>Back to the page, over a period that shows <paramref name="month"/>.</summary>
    private RedirectResult RedirectToShow(DateOnly month, int? organisationId)
    {
        var current = DischargeViews.CurrentMonth(db.Clock);
        var (from, to, _) = DischargeApi.Period(From, To, current);
        var query = $"?areaId={AreaId!.Value.ToString(CultureInfo.InvariantCulture)}";
        if (month < from || month > to)
            query += $"&till={DischargeMonth.Iso(month > current ? month : current)}&fran={DischargeMonth.Iso((month > current ? month : current).AddMonths(-(DischargeViews.DefaultMonths - 1)))}";
        else if (!string.IsNullOrWhiteSpace(From) || !string.IsNullOrWhiteSpace(To))
            query += $"&fran={DischargeMonth.Iso(from!.Value)}&till={DischargeMonth.Iso(to!.Value)}";
        return Redirect($"/lagesbild/utskrivningsklara{query}{(organisationId is int id ? $"#kommun-{id.ToString(CultureInfo.InvariantCulture)}" : "")}");
    }

    /// <summary>The areas, the chosen one (the first by name when none is asked for), its figures and what the user may enter.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        Areas = await db.Areas.AsNoTracking().Where(a => a.RetiredAt == null || a.Id == AreaId)
            .OrderBy(a => a.Name).Select(a => new AreaOption(a.Id, a.Name)).ToListAsync(ct);
        if (AreaId is null && Areas.Count > 0) AreaId = Areas[0].Id;
        if (AreaId is not int areaId || Areas.All(a => a.Id != areaId)) return NotFound();

        var (from, to, errors) = DischargeApi.Period(From, To, DischargeViews.CurrentMonth(db.Clock));
        if (errors is not null)
        {
            foreach (var (key, messages) in errors) ModelState.AddModelError(key == "from" ? "fran" : "till", messages[0]);
            (from, to, _) = DischargeApi.Period(null, null, DischargeViews.CurrentMonth(db.Clock));
            (From, To) = (null, null);
        }
        View = await DischargeViews.AreaAsync(db, options, areaId, from!.Value, to!.Value, ct);
        Axis = DischargeChart.Axis(View!);

        var municipalities = (await DischargeMunicipalities.LoadAsync(db, areaId, ct)).All;
        var own = rights.IsAdministrator ? null : await rights.OwnOrganisationIdsAsync(ct);
        Enterable = [.. municipalities.Where(m => own is null || own.Contains(m.Id))
            .Select(m => new SelectListItem(m.Name, m.Id.ToString(CultureInfo.InvariantCulture)))];
        return null;
    }
}
