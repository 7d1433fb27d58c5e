using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Bulletins;

public sealed record AreaOrganisations(string AreaName, IReadOnlyList<SelectListItem> Organisations);

/// <summary>What the compose page offers: the areas, the groups the sender may send to, and the active organisations per area.</summary>
public sealed class BulletinChoices
{
    public List<SelectListItem> Areas { get; private init; } = [];
    public List<SelectListItem> Groups { get; private init; } = [];
    public List<AreaOrganisations> Organisations { get; private init; } = [];

    /// <summary>Only group conveners without the Convener role: they send to their own groups only.</summary>
    public bool GroupsOnly { get; private init; }

    public static async Task<BulletinChoices> LoadAsync(AppDbContext db, BulletinRights rights, CancellationToken ct)
    {
        var collator = StringComparer.Create(SwedishTime.Culture, false);
        var convened = await rights.ConvenedGroupIdsAsync(ct);
        var groups = (await db.Groups.AsNoTracking().Where(g => g.RetiredAt == null)
                .Select(g => new { g.Id, g.Name, Area = g.Area.ShortName }).ToListAsync(ct))
            .Where(g => rights.SendsToAnyone || convened.Contains(g.Id))
            .OrderBy(g => g.Area, collator).ThenBy(g => g.Name, collator)
            .Select(g => new SelectListItem($"{g.Name} ({g.Area})", g.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        if (!rights.SendsToAnyone) return new BulletinChoices { Groups = groups, GroupsOnly = true };

        var areas = await db.Areas.AsNoTracking().Where(a => a.RetiredAt == null).Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.RetiredAt == null)
            .Select(o => new { o.Id, o.Name, o.AreaId }).ToListAsync(ct);
        return new BulletinChoices
        {
            Groups = groups,
            Areas = [.. areas.OrderBy(a => a.Name, collator).Select(a => new SelectListItem(a.Name, a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
            Organisations = [.. areas.OrderBy(a => a.Name, collator).Select(a => new AreaOrganisations(a.Name,
                [.. organisations.Where(o => o.AreaId == a.Id).OrderBy(o => o.Name, collator)
                    .Select(o => new SelectListItem(o.Name, o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))]))
                .Where(a => a.Organisations.Count > 0)],
        };
    }
}
