using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;

namespace Samsyn.Web.Features.Deviations;

/// <summary>The report form's fields; process and step are chosen together as "process/step".</summary>
public sealed class DeviationForm
{
    [Display(Name = "Rapporterande organisation")] public int? ReportingOrganisationId { get; set; }
    [Display(Name = "Berörda organisationer")] public List<int> ConcernedOrganisationIds { get; set; } = [];
    [Display(Name = "Process och steg")] public string? ProcessStep { get; set; }
    [Display(Name = "När hände det?")] public string? OccurredOn { get; set; }
    [Display(Name = "Vad hände i processen?")] public string? Description { get; set; }
    [Display(Name = "Vilken blev konsekvensen?")] public string? Consequence { get; set; }
    [Display(Name = "Vilken överenskommelse, riktlinje eller rutin följdes inte?")] public string? GoverningDocumentReference { get; set; }
    [Display(Name = "Er egen referens")] public string? ReporterReference { get; set; }
}

/// <summary>Reporting a deviation: one page, the note that it is about the process and never the patient at the top.</summary>
public sealed class CreateModel(AppDbContext db, DeviationAccess access, IOptions<DeviationOptions> options) : PageModel
{
    public static readonly string[] FieldOrder =
    [
        "Input.ReportingOrganisationId", "Input.ConcernedOrganisationIds", "Input.ProcessStep", "Input.OccurredOn",
        "Input.Description", "Input.Consequence", "Input.GoverningDocumentReference", "Input.ReporterReference",
    ];

    [BindProperty] public DeviationForm Input { get; set; } = new();

    public List<SelectListItem> Reportable { get; private set; } = [];
    public List<SelectListItem> Steps { get; private set; } = [];
    public List<(string Area, List<(int Id, string Name)> Organisations)> Concernable { get; private set; } = [];
    public int AnswerDays => options.Value.AnswerDays;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Reportable.Count == 1) Input.ReportingOrganisationId = int.Parse(Reportable[0].Value, CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Reportable.Count == 0) return Forbid();
        ModelState.Clear();
        var errors = new FieldErrors(FieldOrder);
        DateOnly? occurred = null;
        if (!string.IsNullOrWhiteSpace(Input.OccurredOn))
        {
            if (DateOnly.TryParseExact(Input.OccurredOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) occurred = date;
            else errors.Add("Input.OccurredOn", "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-14.");
        }
        var (process, step) = Input.ProcessStep?.Split('/') is [var p, var s] ? (p, s) : (null, null);
        var input = new DeviationInput
        {
            ReportingOrganisationId = Input.ReportingOrganisationId, ConcernedOrganisationIds = Input.ConcernedOrganisationIds,
            Process = process, Step = step, OccurredOn = occurred, Description = Input.Description, Consequence = Input.Consequence,
            GoverningDocumentReference = Input.GoverningDocumentReference, ReporterReference = Input.ReporterReference,
        };
        if (errors.Any)
        {
            AddAll(errors, DeviationRules.Check(input, SwedishTime.DateOf(db.Clock.GetUtcNow())), skipOccurred: true);
            errors.CopyTo(ModelState, ViewData);
            return Page();
        }
        var result = await DeviationReporting.SubmitAsync(db, input, options.Value, access.PersonId, await access.NameAsync(ct),
            id => access.MayReportForAsync(id, ct), ct);
        switch (result)
        {
            case DeviationResult.Saved saved:
                TempData["Message"] = $"Avvikelsen är rapporterad. De berörda har fått en notis och ska svara senast {DeviationViews.Date(saved.Report.AnswerDueOn)}.";
                return Redirect(DeviationReporting.Link(saved.Report.Id));
            case DeviationResult.Invalid invalid:
                AddAll(errors, invalid.Errors, skipOccurred: false);
                errors.CopyTo(ModelState, ViewData);
                return Page();
            default:
                return Forbid();
        }
    }

    private static void AddAll(FieldErrors errors, Dictionary<string, string[]> found, bool skipOccurred)
    {
        foreach (var (field, messages) in found)
        {
            if (skipOccurred && field == "occurredOn") continue;
            var key = field is "process" or "step" ? "Input.ProcessStep" : $"Input.{char.ToUpperInvariant(field[0])}{field[1..]}";
            errors.AddAll(key, messages);
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var own = await access.ReportableOrganisationsAsync(ct);
        Reportable = [.. own.Select(o => new SelectListItem(o.Name, o.Id.ToString(CultureInfo.InvariantCulture)))];
        var ownIds = own.Select(o => o.Id).ToList();
        var areas = await db.Organisations.AsNoTracking().Where(o => ownIds.Contains(o.Id)).Select(o => o.AreaId).Distinct().ToListAsync(ct);
        var candidates = await db.Organisations.AsNoTracking().Where(o => o.RetiredAt == null && areas.Contains(o.AreaId))
            .Select(o => new { o.Id, o.Name, Area = o.Area.Name }).ToListAsync(ct);
        var swedish = StringComparer.Create(SwedishTime.Culture, true);
        Concernable = [.. candidates.GroupBy(o => o.Area).OrderBy(g => g.Key, swedish)
            .Select(g => (g.Key, g.OrderBy(o => o.Name, swedish).Select(o => (o.Id, o.Name)).ToList()))];
        Steps = [];
        foreach (var p in await DeviationViews.ProcessesAsync(db, includeRetired: false, ct))
        {
            var group = new SelectListGroup { Name = p.Name };
            Steps.AddRange(p.Steps.Select(s => new SelectListItem(s.Name, $"{p.Code}/{s.Code}") { Group = group }));
        }
    }
}
