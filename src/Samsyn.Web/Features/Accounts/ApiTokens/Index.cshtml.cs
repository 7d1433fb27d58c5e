using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Accounts.ApiTokens;

[Authorize(Policy = Roles.Administrator)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public List<ApiTokenItem> Tokens { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Tokens = await db.Set<ApiToken>().OrderByDescending(t => t.Id).Take(500).ItemsAsync(db, clock.GetUtcNow(), ct);
}
