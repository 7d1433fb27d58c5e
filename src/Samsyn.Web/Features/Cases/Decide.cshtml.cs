using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;

namespace Samsyn.Web.Features.Cases;

/// <summary>The handing group's convener records what the group decided; the case is then finished.</summary>
public sealed class DecideModel(AppDbContext db, CaseRights rights, CaseOperations operations) : PageModel
{
    public static readonly string[] FieldOrder = ["Input.Text", "Input.DecisionId"];

    [FromRoute] public int Id { get; set; }
    [BindProperty] public CaseDecisionInput Input { get; set; } = new();
    public CaseDetails Details { get; private set; } = null!;
    public List<SelectListItem> Decisions { get; private set; } = [];
    public string? Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal) return refusal;
        Input = new CaseDecisionInput { Version = Details.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal) return refusal;
        if (Input.DecisionId is <= 0) Input.DecisionId = null;
        return await this.ChangeAsync(CasePages.CaseLink(Id), () => operations.DecideAsync(Id, Input, Input.Version, ct),
            "Beslutet är sparat och ärendet avgjort. Den som väckte ärendet har fått en notis.",
            invalid: result =>
            {
                ModelState.Clear();
                ModelState.AddErrors(result.Errors.ToDictionary());
                ViewData["FieldOrder"] = FieldOrder;
                return Task.FromResult<IActionResult>(Page());
            });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var details = await CaseViews.DetailsAsync(db, Id, ct);
        if (details is null) return NotFound();
        if (!await rights.CanManageGroupAsync(details.GroupId, ct)) return Forbid();
        Details = details;
        Decisions = await CasePages.MinutesDecisionsAsync(db, details.GroupId, null, ct);
        Refused = CaseRules.Refusal(details.Status, CaseAction.Decide, details.Handovers.Any(h => h.Status is HandoverStatus.Sent or HandoverStatus.Accepted));
        return null;
    }
}
