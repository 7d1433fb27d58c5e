using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Security;

namespace Samsyn.Web.Features.Notifications;

/// <summary>The header link to the notification centre with the number of unread notifications.</summary>
public sealed class UnreadNotificationsViewComponent(AppDbContext db, CurrentUser user) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var count = user.PersonId is int personId
            ? await db.Notifications.CountAsync(n => n.RecipientPersonId == personId && n.ReadAt == null)
            : 0;
        return Content(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
