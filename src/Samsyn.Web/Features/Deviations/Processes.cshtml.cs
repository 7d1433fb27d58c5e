using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Deviations;

/// <summary>The processes and steps deviations are reported against, and each area's answer time and pattern rule; administrators change them.</summary>
public sealed class ProcessesModel(AppDbContext db, StructureRights rights, IOptions<DeviationOptions> options) : PageModel
{
    public sealed record AreaRule(int AreaId, string Name, DeviationSettingsView Settings);

    [BindProperty] public DeviationProcessInput Input { get; set; } = new();
    [BindProperty] public int? ProcessId { get; set; }
    [BindProperty] public DeviationSettingsInput Settings { get; set; } = new();
    [BindProperty] public int? AreaId { get; set; }

    public List<DeviationProcess> Processes { get; private set; } = [];
    public List<AreaRule> Areas { get; private set; } = [];
    public bool MayManage => rights.CanManageRegisters;
    public DeviationOptions Defaults => options.Value;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>Adds a process, or a step when <see cref="ProcessId"/> is given.</summary>
    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (!MayManage) return Forbid();
        var errors = await DeviationProcessApi.CheckAsync(db, Input, ProcessId, null, ct);
        if (errors.Count > 0)
        {
            await LoadAsync(ct);
            ModelState.Clear();
            ModelState.AddErrors(errors);
            ViewData["FieldOrder"] = new[] { "Input.Code", "Input.Name", "Input.Order" };
            return Page();
        }
        if (ProcessId is int processId) db.DeviationSteps.Add(new DeviationStep { ProcessId = processId, Code = Input.Code!.Trim(), Name = Input.Name!.Trim(), Order = Input.Order });
        else db.DeviationProcesses.Add(new DeviationProcess { Code = Input.Code!.Trim(), Name = Input.Name!.Trim(), Order = Input.Order });
        await db.SaveChangesAsync(ct);
        TempData["Message"] = ProcessId is null ? $"Processen {Input.Name!.Trim()} är tillagd." : $"Steget {Input.Name!.Trim()} är tillagt.";
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostRetireProcessAsync(int id, int version, CancellationToken ct) =>
        this.ChangeRetirementAsync<DeviationProcess>(db, id, version, MayManage, retire: true, ct);

    public Task<IActionResult> OnPostReinstateProcessAsync(int id, int version, CancellationToken ct) =>
        this.ChangeRetirementAsync<DeviationProcess>(db, id, version, MayManage, retire: false, ct);

    public Task<IActionResult> OnPostRetireStepAsync(int id, int version, CancellationToken ct) =>
        this.ChangeRetirementAsync<DeviationStep>(db, id, version, MayManage, retire: true, ct);

    public Task<IActionResult> OnPostReinstateStepAsync(int id, int version, CancellationToken ct) =>
        this.ChangeRetirementAsync<DeviationStep>(db, id, version, MayManage, retire: false, ct);

    public async Task<IActionResult> OnPostSettingsAsync(CancellationToken ct)
    {
        if (!MayManage) return Forbid();
        if (AreaId is not int areaId || !await db.Areas.AnyAsync(a => a.Id == areaId, ct)) return NotFound();
        var errors = InputValidation.Validate(Settings);
        if (errors.Count > 0)
        {
            await LoadAsync(ct);
            ModelState.Clear();
            ModelState.AddErrors(errors, "Settings");
            return Page();
        }
        var settings = await db.DeviationSettings.FirstOrDefaultAsync(s => s.AreaId == areaId, ct);
        try
        {
            if (settings is null) db.DeviationSettings.Add(settings = new DeviationSettings { AreaId = areaId });
            else db.ExpectVersion(settings, Settings.Version ?? 0);
            (settings.AnswerDays, settings.PatternCount, settings.PatternWindowDays) = (Settings.AnswerDays, Settings.PatternCount, Settings.PatternWindowDays);
            await db.SaveChangesAsync(ct);
            TempData["Message"] = Texts.Common_Saved;
        }
        catch (Exception e) when (e.IsConflict())
        {
            TempData["Error"] = Texts.Common_Conflict;
        }
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Processes = await DeviationViews.ProcessesAsync(db, includeRetired: true, ct);
        var areas = await db.Areas.AsNoTracking().Where(a => a.RetiredAt == null).OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        Areas = [];
        foreach (var area in areas) Areas.Add(new AreaRule(area.Id, area.Name, (await DeviationSettingsApi.ViewAsync(db, options.Value, area.Id, ct))!));
    }
}
