using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Security;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Accounts.ApiTokens;

[Authorize(Policy = Roles.Administrator)]
public sealed class DetailsModel(AppDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    public const int UsesShown = 100;

    public ApiTokenItem Token { get; private set; } = null!;
    public List<ApiTokenUseItem> Uses { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var token = (await db.Set<ApiToken>().Where(t => t.Id == id).ItemsAsync(db, clock.GetUtcNow(), ct)).FirstOrDefault();
        if (token is null) return NotFound();
        Token = token;
        Uses = await db.Set<ApiTokenUse>().AsNoTracking().Where(u => u.TokenId == id).OrderByDescending(u => u.Id).Take(UsesShown)
            .Select(u => new ApiTokenUseItem(u.Id, u.At, u.UserId, u.UserName, u.Method, u.Route)).ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, int version, CancellationToken ct)
    {
        var token = await db.Set<ApiToken>().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (token is null) return NotFound();
        if (token.RevokedAt is not null)
        {
            TempData["Message"] = "Nyckeln var redan återkallad.";
            return RedirectToPage(new { id });
        }
        try
        {
            db.ExpectVersion(token, version);
            token.Revoke(me.UserName, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e.IsConflict())
        {
            TempData["Error"] = Texts.Common_Conflict;
            return RedirectToPage(new { id });
        }
        TempData["Message"] = "Nyckeln är återkallad och fungerar inte längre.";
        return RedirectToPage(new { id });
    }
}
