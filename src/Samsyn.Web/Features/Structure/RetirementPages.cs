using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Structure;

/// <summary>The retire and reinstate buttons of the detail pages, the same for every structure record.</summary>
public static class RetirementPages
{
    public static async Task<IActionResult> ChangeRetirementAsync<T>(
        this PageModel page, AppDbContext db, int id, int version, bool allowed, bool retire, CancellationToken ct)
        where T : RetirableEntity
    {
        if (!allowed) return page.Forbid();
        var entity = await db.Set<T>().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entity is null) return page.NotFound();
        try
        {
            db.ExpectVersion(entity, version);
            if (retire) entity.Retire(db.Clock.GetUtcNow()); else entity.Reinstate();
            await db.SaveChangesAsync(ct);
            page.TempData["Message"] = retire ? Texts.Common_RetiredMessage : Texts.Common_ReinstatedMessage;
        }
        catch (Exception e) when (e.IsConflict() || e is InvalidStateChangeException)
        {
            page.TempData["Error"] = Texts.Common_Conflict;
        }
        return page.RedirectToPage(new { id });
    }
}
