using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Security;

namespace Samsyn.Web.Features.Situation;

/// <summary>
/// Reporting the situation, made for a phone and for under a minute: the person's own organisation
/// is chosen already, the figures start from the last report, and the level is one tap.
/// </summary>
public sealed class ReportModel(AppDbContext db, CurrentUser user, StructureRights rights) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? OrganisationId { get; set; }
    [BindProperty] public StatusLevel? Level { get; set; }
    [BindProperty] public ReadinessLevel? Readiness { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public bool NeedsHelp { get; set; }
    [BindProperty] public string? HelpWith { get; set; }

    /// <summary>The figures as typed (Swedish decimal comma or point), by key.</summary>
    [BindProperty] public Dictionary<string, string?> Figures { get; set; } = [];

    public List<(int Id, string Name)> Organisations { get; private set; } = [];
    public Organisation? Organisation { get; private set; }
    public List<StatusFigureDefinition> Definitions { get; private set; } = [];
    public ReportSnapshot? Previous { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal) return refusal;
        if (Previous is { } p)
        {
            Level = p.Level;
            Readiness = p.Readiness;
            Figures = p.Figures.ToDictionary(f => f.Key, f => (string?)f.Value.ToString("0.#", SwedishTime.Culture));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal) return refusal;
        if (Organisation is null) return Page();
        ModelState.Clear();
        var figures = new Dictionary<string, decimal>();
        foreach (var (key, text) in Figures)
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            if (decimal.TryParse(text.Trim().Replace(" ", "", StringComparison.Ordinal).Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                figures[key] = value;
            else ModelState.AddModelError($"Figures[{key}]", $"{Definitions.FirstOrDefault(d => d.Key == key)?.Label ?? key}: skriv ett tal, till exempel 12 eller 4,5.");
        }
        if (!ModelState.IsValid)
        {
            // Say everything that needs fixing at once, not only the figures that could not be read.
            AddErrors(StatusReportRules.Check(Level, Readiness, Comment, NeedsHelp, HelpWith, null, figures, Organisation.Kind, Definitions, db.Clock.GetUtcNow()));
            return Page();
        }

        var input = new StatusReportInput
        {
            OrganisationId = Organisation.Id, Level = Level, Readiness = Readiness, Comment = Comment, NeedsHelp = NeedsHelp, HelpWith = HelpWith, Figures = figures,
        };
        var result = await StatusReporting.SubmitAsync(db, input, user.PersonId, id => rights.CanActForOrganisationAsync(id, ct), ct);
        switch (result)
        {
            case SubmitResult.Saved:
                TempData["Message"] = $"Läget för {Organisation.Name} är rapporterat.";
                return Redirect($"/lagesbild?areaId={Organisation.AreaId}");
            case SubmitResult.Invalid invalid:
                AddErrors(invalid.Errors);
                return Page();
            default:
                return Forbid();
        }
    }

    /// <summary>The rules' errors (API field names) on the form's fields.</summary>
    private void AddErrors(Dictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors)
        {
            var key = field.StartsWith("figures.", StringComparison.Ordinal) ? $"Figures[{field["figures.".Length..]}]" : char.ToUpperInvariant(field[0]) + field[1..];
            if (ModelState.ContainsKey(key) && ModelState[key]!.Errors.Count > 0) continue;
            foreach (var message in messages) ModelState.AddModelError(key, message);
        }
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var own = rights.IsAdministrator
            ? await db.Organisations.Where(o => o.RetiredAt == null).Select(o => o.Id).ToListAsync(ct)
            : [.. await rights.OwnOrganisationIdsAsync(ct)];
        Organisations = [.. (await db.Organisations.AsNoTracking().Where(o => own.Contains(o.Id) && o.RetiredAt == null)
            .Select(o => new { o.Id, o.Name }).ToListAsync(ct)).OrderBy(o => o.Name, StringComparer.Create(SwedishTime.Culture, true)).Select(o => (o.Id, o.Name))];
        if (Organisations.Count == 0) return null;
        if (OrganisationId is null && Organisations.Count == 1) OrganisationId = Organisations[0].Id;
        if (OrganisationId is int id)
        {
            if (!own.Contains(id)) return Forbid();
            Organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
            if (Organisation is null) return NotFound();
            Definitions = [.. (await SituationQueries.FiguresAsync(db, ct)).Where(d => d.OrganisationKind == Organisation.Kind && !d.IsRetired)];
            var now = db.Clock.GetUtcNow();
            Previous = (await SituationQueries.ReportsAsync(db, [id], now.AddDays(-60), now, ct))
                .OrderByDescending(r => r.ReportedAt).ThenByDescending(r => r.Id).FirstOrDefault();
        }
        return null;
    }
}
