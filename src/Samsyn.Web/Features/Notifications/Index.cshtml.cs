using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Security;

namespace Samsyn.Web.Features.Notifications;

public sealed class IndexModel(AppDbContext db, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "olasta")] public bool UnreadOnly { get; set; }
    public List<NotificationItem> Items { get; private set; } = [];
    public int UnreadCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (user.PersonId is not int personId) return;
        Items = await db.Mine(personId, UnreadOnly).Take(200).ToListAsync(ct);
        UnreadCount = await db.Notifications.CountAsync(n => n.RecipientPersonId == personId && n.ReadAt == null, ct);
    }

    /// <summary>Marks the notification read and goes to what it is about.</summary>
    public async Task<IActionResult> OnPostOpenAsync(long id, CancellationToken ct)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.RecipientPersonId == user.PersonId, ct);
        if (notification is null) return NotFound();
        notification.ReadAt ??= db.Clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return LocalRedirect(notification.Link);
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        await db.MarkAllReadAsync(user.PersonId, ct);
        TempData["Message"] = "Alla notiser är markerade som lästa.";
        return RedirectToPage();
    }
}
