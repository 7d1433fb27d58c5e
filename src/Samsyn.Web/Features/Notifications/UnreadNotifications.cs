using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Security;

namespace Samsyn.Web.Features.Notifications;

/// <summary>The number of unread notifications of the signed-in person, for the header.</summary>
public sealed class UnreadNotifications(AppDbContext db, CurrentUser user)
{
    public Task<int> CountAsync() => user.PersonId is int personId
        ? db.Notifications.CountAsync(n => n.RecipientPersonId == personId && n.ReadAt == null)
        : Task.FromResult(0);
}
