using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Documents;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Exemptions;

/// <summary>Temporary exemptions: those in force today, those to come, those ended whose return to normal is not yet confirmed, and the closed ones.</summary>
public sealed class IndexModel(AppDbContext db, DocumentRights rights) : PageModel
{
    private const int MaxClosed = 50;

    [BindProperty(SupportsGet = true, Name = "dokument")] public int? DocumentId { get; set; }
    public string? DocumentTitle { get; private set; }
    public List<ExemptionSummary> Active { get; private set; } = [];
    public List<ExemptionSummary> Upcoming { get; private set; } = [];
    public List<ExemptionSummary> Ended { get; private set; } = [];
    public List<ExemptionSummary> Closed { get; private set; } = [];
    public bool MayGrant { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = DocumentText.Today(db.Clock);
        var query = await ExemptionApi.ReadableAsync(db, rights, ct);
        if (DocumentId is int id)
        {
            query = query.Where(e => e.DocumentId == id);
            DocumentTitle = await db.GoverningDocuments.Where(d => d.Id == id).Select(d => d.Title).FirstOrDefaultAsync(ct);
        }
        var open = await ExemptionQueries.SummariesAsync(db, query.Where(e => e.ReturnConfirmedAt == null), today, ct);
        Active = [.. open.Where(e => e.State == ExemptionState.Active).OrderBy(e => e.LastDay)];
        Upcoming = [.. open.Where(e => e.State == ExemptionState.Upcoming).OrderBy(e => e.ValidFrom)];
        Ended = [.. open.Where(e => e.State == ExemptionState.Ended).OrderByDescending(e => e.LastDay)];
        Closed = await ExemptionQueries.SummariesAsync(db,
            query.Where(e => e.ReturnConfirmedAt != null).OrderByDescending(e => e.ValidTo).ThenByDescending(e => e.Id).Take(MaxClosed), today, ct);
        MayGrant = await rights.ConvenesAnyGroupAsync(ct);
    }
}
