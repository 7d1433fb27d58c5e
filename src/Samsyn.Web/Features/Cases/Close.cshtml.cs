using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;

namespace Samsyn.Web.Features.Cases;

/// <summary>The handing group's convener closes the case: after the report-backs, or without a decision with a reason.</summary>
public sealed class CloseModel(AppDbContext db, CaseRights rights, CaseOperations operations) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public CommentInput Input { get; set; } = new();
    public CaseDetails Details { get; private set; } = null!;
    public string? Refused { get; private set; }
    public bool NeedsComment => CaseRules.CloseNeedsComment(Details.Status);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal) return refusal;
        Input = new CommentInput { Version = Details.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal) return refusal;
        return await this.ChangeAsync(CasePages.CaseLink(Id), () => operations.CloseAsync(Id, Input, Input.Version, ct),
            "Ärendet är avslutat.",
            invalid: result =>
            {
                ModelState.Clear();
                ModelState.AddErrors(result.Errors.ToDictionary());
                return Task.FromResult<IActionResult>(Page());
            });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var details = await CaseViews.DetailsAsync(db, Id, ct);
        if (details is null) return NotFound();
        if (!await rights.CanManageGroupAsync(details.GroupId, ct)) return Forbid();
        Details = details;
        Refused = CaseRules.Refusal(details.Status, CaseAction.Close, details.Handovers.Any(h => h.Status is HandoverStatus.Sent or HandoverStatus.Accepted));
        return null;
    }
}
