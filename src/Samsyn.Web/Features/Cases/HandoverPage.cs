using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;

namespace Samsyn.Web.Features.Cases;

/// <summary>
/// A form of the receiving group's convener about one handover (report back, return): the handover is
/// loaded and the right checked on every request, the operation's errors land on the form's fields.
/// </summary>
public abstract class HandoverPage(AppDbContext db, CaseRights rights) : PageModel
{
    [FromRoute] public int Id { get; set; }
    public HandoverView Handover { get; private set; } = null!;

    /// <summary>Why the handover does not allow the step now, or null.</summary>
    public string? Refused { get; private set; }

    protected abstract HandoverAction Action { get; }

    protected async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var handover = await CaseViews.HandoverAsync(db, Id, ct);
        if (handover is null) return NotFound();
        if (!await rights.CanManageGroupAsync(handover.ToGroupId, ct)) return Forbid();
        Handover = handover;
        Refused = CaseRules.Refusal(handover.Status, Action);
        return null;
    }

    protected Task<IActionResult> SubmitAsync(Func<Task<CaseResult<Handover>>> change, string done, string[] fieldOrder) =>
        this.ChangeAsync(CasePages.CaseLink(Handover.CaseId), change, done, invalid: result =>
        {
            ModelState.Clear();
            ModelState.AddErrors(result.Errors.ToDictionary());
            ViewData["FieldOrder"] = fieldOrder;
            return Task.FromResult<IActionResult>(Page());
        });
}
