using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Situation.Discharge;

/// <summary>The area's threshold for the rolling discharge-waiting value (administrators).</summary>
public sealed class ThresholdModel(AppDbContext db, StructureRights rights, IOptions<DischargeOptions> options) : PageModel
{
    public sealed class ThresholdForm
    {
        [Display(Name = "Gränsvärde i dagar")]
        public string? ThresholdDays { get; set; }

        public int? Version { get; set; }
    }

    [BindProperty(SupportsGet = true, Name = "areaId")] public int AreaId { get; set; }
    [BindProperty] public ThresholdForm Input { get; set; } = new();
    public string AreaName { get; private set; } = "";
    public bool IsDefault { get; private set; }
    public decimal Configured => options.Value.DischargeThresholdDays;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal) return refusal;
        var view = await DischargeSettingsApi.ViewAsync(db, options, AreaId, ct);
        Input = new ThresholdForm { ThresholdDays = DischargeValues.Days(view.ThresholdDays), Version = view.Version };
        IsDefault = view.IsDefault;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal) return refusal;
        ModelState.Clear();
        var days = DischargeValues.ParseDays(Input.ThresholdDays, out var error, "gränsvärdet");
        error ??= DischargeSettingsApi.Check(days);
        if (error is not null)
        {
            var errors = new FieldErrors("Input.ThresholdDays");
            errors.Add("Input.ThresholdDays", error);
            errors.CopyTo(ModelState, ViewData);
            return Page();
        }
        var stored = await db.DischargeSettings.FirstOrDefaultAsync(s => s.AreaId == AreaId, ct);
        try
        {
            await DischargeSettingsApi.SaveAsync(db, AreaId, stored, days!.Value, stored is null ? null : Input.Version ?? 0, ct);
        }
        catch (Exception e) when (e.IsConflict())
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", Texts.Common_Conflict);
            return await OnGetAsync(ct);
        }
        TempData["Message"] = $"Gränsvärdet för {AreaName} är {DischargeValues.Days(days!.Value)} dagar.";
        return Redirect($"/lagesbild/utskrivningsklara?areaId={AreaId.ToString(CultureInfo.InvariantCulture)}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var area = await db.Areas.AsNoTracking().Where(a => a.Id == AreaId).Select(a => a.Name).FirstOrDefaultAsync(ct);
        if (area is null) return NotFound();
        if (!rights.IsAdministrator) return Forbid();
        AreaName = area;
        return null;
    }
}
