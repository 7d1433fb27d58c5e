using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Cases;

/// <summary>
/// A group's inbox: the questions handed over to it (to take on and report back, overdue first), those
/// it has finished, and those it has handed over to others. Its convener accepts here.
/// </summary>
public sealed class InboxModel(AppDbContext db, CaseRights rights, HandoverOperations operations) : PageModel
{
    [FromRoute] public int Id { get; set; }
    public string GroupName { get; private set; } = "";
    public bool CanManage { get; private set; }
    public DateTimeOffset Now { get; private set; }
    public List<HandoverView> Open { get; private set; } = [];
    public List<HandoverView> Finished { get; private set; } = [];
    public List<HandoverView> Outgoing { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var group = await db.Groups.AsNoTracking().Where(g => g.Id == Id).Select(g => g.Name).FirstOrDefaultAsync(ct);
        if (group is null) return NotFound();
        GroupName = group;
        CanManage = await rights.CanManageGroupAsync(Id, ct);
        Now = db.Clock.GetUtcNow();
        var incoming = await CaseViews.HandoversAsync(db, db.Handovers.Where(h => h.ToGroupId == Id), Now, ct);
        Open = [.. incoming.Where(h => h.Status is HandoverStatus.Sent or HandoverStatus.Accepted)
            .OrderByDescending(h => h.Overdue).ThenBy(h => h.ReportBackBy).ThenBy(h => h.Id)];
        Finished = [.. incoming.Where(h => h.Status is HandoverStatus.ReportedBack or HandoverStatus.Returned)];
        Outgoing = await CaseViews.HandoversAsync(db, db.Handovers.Where(h => h.FromGroupId == Id), Now, ct);
        return Page();
    }

    /// <summary>Accepts a question from the inbox (as POST /api/v1/handovers/{id}/accept) and stays in the inbox.</summary>
    public async Task<IActionResult> OnPostAcceptAsync(int handoverId, int version, CancellationToken ct) =>
        await this.ChangeAsync($"/grupper/{CasePages.Id(Id)}/inkorg", () => operations.AcceptAsync(handoverId, new CommentInput(), version, ct),
            "Frågan är mottagen. Återrapportera senast på datumet, eller lämna tillbaka den med ett skäl.");
}
