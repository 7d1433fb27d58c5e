using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Documents;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Decisions;

/// <summary>One decision: who decided what and when, at which meeting and item, and the documents and exemptions it concerns.</summary>
public sealed class DetailsModel(AppDbContext db, DocumentRights rights) : PageModel
{
    [FromRoute] public int Id { get; set; }
    public DecisionSummary Decision { get; private set; } = null!;
    public bool MayLink { get; private set; }
    public List<DocumentRef> AreaDocuments { get; private set; } = [];
    public string? MeetingDate { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    /// <summary>Sets the documents the decision concerns (as PUT /api/v1/decisions/{id}/documents).</summary>
    public async Task<IActionResult> OnPostDocumentsAsync(List<int> documentIds, int version, CancellationToken ct)
    {
        var decision = await db.Decisions.FirstOrDefaultAsync(d => d.Id == Id, ct);
        if (decision is null) return NotFound();
        if (!await rights.MayDecideForAsync(decision.GroupId, ct)) return Forbid();
        var area = await db.Groups.Where(g => g.Id == decision.GroupId).Select(g => g.AreaId).FirstAsync(ct);
        if (await DecisionOperations.DocumentsErrorAsync(db, documentIds, area, ct) is { } error)
        {
            TempData["Error"] = error;
            return Redirect(DecisionRegister.Link(Id));
        }
        try
        {
            db.ExpectVersion(decision, version);
            await DecisionOperations.SetDocumentsAsync(db, decision, documentIds, ct);
            await db.SaveChangesAsync(ct);
            TempData["Message"] = "Beslutets styrdokument är sparade.";
        }
        catch (Exception e) when (e.IsConflict())
        {
            TempData["Error"] = Texts.Common_Conflict;
        }
        return Redirect(DecisionRegister.Link(Id));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var readable = await rights.ReadableAsync(ct);
        var decision = (await DecisionRegister.SummariesAsync(db, db.Decisions.Where(d => d.Id == Id), readable, ct)).FirstOrDefault();
        if (decision is null) return false;
        Decision = decision;
        if (decision.MeetingId is int meetingId)
            MeetingDate = SwedishTimeDate(await db.Meetings.Where(m => m.Id == meetingId).Select(m => m.StartsAt).FirstAsync(ct));
        MayLink = await rights.MayDecideForAsync(decision.GroupId, ct);
        if (MayLink)
        {
            var area = await db.Groups.Where(g => g.Id == decision.GroupId).Select(g => g.AreaId).FirstAsync(ct);
            AreaDocuments = [.. (await readable.Where(d => d.AreaId == area).Select(d => new DocumentRef(d.Id, d.Title, d.Type)).ToListAsync(ct))
                .OrderBy(d => d.Title, StringComparer.Ordinal)];
        }
        return true;
    }

    private static string SwedishTimeDate(DateTimeOffset at) => Infrastructure.SwedishTime.Format(at);
}
