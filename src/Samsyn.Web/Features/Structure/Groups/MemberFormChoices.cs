using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Shared;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Structure.Groups;

/// <summary>The lists the member form chooses from: active people, organisations of the group's area first, roles.</summary>
public sealed record MemberFormChoices(List<SelectListItem> People, List<SelectListItem> Organisations, List<SelectListItem> Roles)
{
    /// <summary>How many substitute choices the form offers.</summary>
    public const int SubstituteSlots = 3;

    public static async Task<MemberFormChoices> LoadAsync(AppDbContext db, int areaId, CancellationToken ct)
    {
        var people = await db.People.AsNoTracking().Where(p => p.RetiredAt == null).OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, Organisation = p.Organisation != null ? p.Organisation.Name : null }).ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.RetiredAt == null)
            .OrderBy(o => o.AreaId == areaId ? 0 : 1).ThenBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, Area = o.Area.ShortName }).ToListAsync(ct);
        return new(
            [.. people.Select(p => new SelectListItem(p.Organisation is null ? p.Name : $"{p.Name} – {p.Organisation}", Id(p.Id)))],
            [.. organisations.Select(o => new SelectListItem($"{o.Name} ({o.Area})", Id(o.Id)))],
            [.. Labels.All<MemberRole>(Labels.Role).Select(r => new SelectListItem(r.Label, r.Value.ToString()))]);
    }

    /// <summary>Pads the substitutes to the number of choices shown, or drops the empty ones after a post.</summary>
    public static void Pad(MemberInput input)
    {
        while (input.SubstituteIds.Count < SubstituteSlots) input.SubstituteIds.Add(0);
    }

    public static void DropEmpty(MemberInput input) => input.SubstituteIds.RemoveAll(id => id <= 0);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
