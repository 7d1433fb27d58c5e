using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Shared;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Structure.Groups;

/// <summary>The lists the group form chooses from.</summary>
public sealed record GroupFormChoices(List<SelectListItem> Areas, List<SelectListItem> Levels, List<SelectListItem> Parents)
{
    public static async Task<GroupFormChoices> LoadAsync(AppDbContext db, int? exceptGroupId, CancellationToken ct)
    {
        var areas = await db.Areas.AsNoTracking().Where(a => a.RetiredAt == null).OrderBy(a => a.Name)
            .Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        var parents = await db.Groups.AsNoTracking().Where(g => g.RetiredAt == null && g.Id != exceptGroupId)
            .OrderBy(g => g.Area.Name).ThenBy(g => g.Level).ThenBy(g => g.Name)
            .Select(g => new { g.Id, g.Name, Area = g.Area.ShortName }).ToListAsync(ct);
        var levels = Labels.All<GroupLevel>(Labels.Level).Select(l => new SelectListItem(l.Label, l.Value.ToString())).ToList();
        return new(
            [.. areas.Select(a => new SelectListItem(a.Name, a.Id.ToString(CultureInfo.InvariantCulture)))],
            levels,
            [.. parents.Select(p => new SelectListItem($"{p.Name} ({p.Area})", p.Id.ToString(CultureInfo.InvariantCulture)))]);
    }
}
