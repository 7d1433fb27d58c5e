using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Security;

namespace Samsyn.Web.Features.Situation;

/// <summary>The board: the latest report of every organisation of an area or a group, refreshing itself.</summary>
public sealed class IndexModel(AppDbContext db, CurrentUser user, StructureRights rights, IOptions<SituationOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? AreaId { get; set; }
    [BindProperty(SupportsGet = true)] public int? GroupId { get; set; }

    public StatusBoardView? Board { get; private set; }
    public List<(string Value, string Text, bool Group)> Scopes { get; private set; } = [];
    public bool CanReport { get; private set; }
    public int RefreshSeconds => options.Value.BoardRefreshSeconds;
    public string Query => GroupId is int g ? $"groupId={g}" : $"areaId={AreaId}";

    public async Task<IActionResult> OnGetAsync(string? visa, CancellationToken ct)
    {
        // The scope chooser posts "area-1" or "group-3" as one value.
        if (visa?.Split('-') is [var kind, var id] && int.TryParse(id, out var value))
            return RedirectToPage(kind == "group" ? new { groupId = value } : (object)new { areaId = value });
        if (AreaId is null && GroupId is null) AreaId = await DefaultAreaAsync(ct);
        if (!await LoadAsync(ct)) return NotFound();
        Scopes = [
            .. await db.Areas.AsNoTracking().Where(a => a.RetiredAt == null).OrderBy(a => a.Name).Select(a => ValueTuple.Create($"area-{a.Id}", a.Name, false)).ToListAsync(ct),
            .. await db.Groups.AsNoTracking().Where(g => g.RetiredAt == null).OrderBy(g => g.Name).Select(g => ValueTuple.Create($"group-{g.Id}", g.Name, true)).ToListAsync(ct),
        ];
        CanReport = rights.IsAdministrator || (await rights.OwnOrganisationIdsAsync(ct)).Count > 0;
        return Page();
    }

    /// <summary>The board alone, for the page's own refresh.</summary>
    public async Task<IActionResult> OnGetBoardAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        return Partial("_Board", Board);
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = await SituationQueries.ScopeAsync(db, AreaId, GroupId, ct);
        if (scope is null) return AreaId is null && GroupId is null;
        Board = await SituationApi.BoardViewAsync(db, scope, db.Clock.GetUtcNow(), options.Value.StaleAfter, ct);
        return true;
    }

    /// <summary>The area of the person's own organisation, else the first area.</summary>
    private async Task<int?> DefaultAreaAsync(CancellationToken ct)
    {
        var own = await rights.OwnOrganisationIdsAsync(ct);
        var area = await db.Organisations.Where(o => own.Contains(o.Id)).Select(o => (int?)o.AreaId).FirstOrDefaultAsync(ct);
        _ = user;
        return area ?? await db.Areas.Where(a => a.RetiredAt == null).OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
    }
}
