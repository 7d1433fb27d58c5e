using Microsoft.AspNetCore.Mvc.RazorPages;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Bulletins;

/// <summary>The bulletins the reader may read: the current ones first (those awaiting my organisation's acknowledgement on top), then the expired.</summary>
public sealed class IndexModel(AppDbContext db, BulletinRights rights) : PageModel
{
    private const int MaxExpired = 50;

    public List<BulletinSummary> Current { get; private set; } = [];
    public List<BulletinSummary> Expired { get; private set; } = [];
    public bool MaySend { get; private set; }
    public bool FollowsAll => rights.SendsToAnyone;

    public async Task OnGetAsync(CancellationToken ct)
    {
        MaySend = await rights.MaySendAnythingAsync(ct);
        var today = BulletinViews.Today(db);
        var readable = await rights.ReadableAsync(ct);
        var own = await rights.OwnOrganisationIdsAsync(ct);
        Current = [.. (await BulletinViews.SummariesAsync(db, own, readable.Where(b => b.ValidUntil >= today), ct))
            .OrderByDescending(b => b.AwaitsMyAcknowledgement).ThenByDescending(b => b.Id)];
        Expired = await BulletinViews.SummariesAsync(db, own, readable.Where(b => b.ValidUntil < today).OrderByDescending(b => b.Id).Take(MaxExpired), ct);
    }
}
