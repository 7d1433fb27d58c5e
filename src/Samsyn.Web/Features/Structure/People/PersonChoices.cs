using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Structure.People;

/// <summary>
/// The organisations a person can be said to work at, grouped by area (names are only unique
/// within an area): the active ones, plus the one already chosen even if it has been retired
/// so that saving the form does not drop it. Handed to _Form through ViewData.
/// </summary>
public sealed record PersonChoices(IReadOnlyList<SelectListItem> Organisations)
{
    public const string Key = nameof(PersonChoices);

    public static async Task<PersonChoices> LoadAsync(AppDbContext db, int? currentOrganisationId, CancellationToken ct)
    {
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => o.RetiredAt == null || o.Id == currentOrganisationId)
            .OrderBy(o => o.Area.Name).ThenBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, AreaName = o.Area.Name, Retired = o.RetiredAt != null })
            .ToListAsync(ct);
        var groups = organisations.Select(o => o.AreaName).Distinct().ToDictionary(a => a, a => new SelectListGroup { Name = a });
        return new PersonChoices([.. organisations.Select(o => new SelectListItem(
            o.Retired ? $"{o.Name} (avslutad)" : o.Name, o.Id.ToString(CultureInfo.InvariantCulture)) { Group = groups[o.AreaName] })]);
    }
}
