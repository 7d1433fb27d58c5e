using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Shared;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Structure.Organisations;

/// <summary>
/// The options of the organisation form: kinds, and the active principals and areas (the only ones
/// <see cref="OrganisationApi.Check"/> accepts). On edit, a retired principal or area already chosen
/// is listed too, marked as retired, so the form shows what is saved rather than an empty choice.
/// Handed to _Form through ViewData.
/// </summary>
public sealed record OrganisationChoices(
    IReadOnlyList<SelectListItem> Kinds, IReadOnlyList<SelectListItem> Principals, IReadOnlyList<SelectListItem> Areas)
{
    public const string Key = nameof(OrganisationChoices);

    public static async Task<OrganisationChoices> LoadAsync(AppDbContext db, int? currentPrincipalId, int? currentAreaId, CancellationToken ct)
    {
        var kinds = Labels.All<OrganisationKind>(Labels.Kind).Select(k => new SelectListItem(k.Label, k.Value.ToString())).ToList();
        var principals = await db.Principals.AsNoTracking().Where(p => p.RetiredAt == null || p.Id == currentPrincipalId).OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, Retired = p.RetiredAt != null }).ToListAsync(ct);
        var areas = await db.Areas.AsNoTracking().Where(a => a.RetiredAt == null || a.Id == currentAreaId).OrderBy(a => a.Name)
            .Select(a => new { a.Id, a.Name, Retired = a.RetiredAt != null }).ToListAsync(ct);
        return new OrganisationChoices(
            kinds,
            [.. principals.Select(p => Option(p.Id, p.Name, p.Retired ? "avslutad" : null))],
            [.. areas.Select(a => Option(a.Id, a.Name, a.Retired ? "avslutat" : null))]);
    }

    private static SelectListItem Option(int id, string name, string? retired) =>
        new(retired is null ? name : $"{name} ({retired})", id.ToString(CultureInfo.InvariantCulture));
}
