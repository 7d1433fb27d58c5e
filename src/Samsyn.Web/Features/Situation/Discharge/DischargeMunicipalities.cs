using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Situation.Discharge;

/// <summary>A municipality whose figures the indicator shows: an organisation of the kind municipal care.</summary>
public sealed record Municipality(int Id, string Name, string PrincipalName, int AreaId, string AreaName);

/// <summary>Finds the municipalities of an area, and the one a line of an import file names.</summary>
public sealed class DischargeMunicipalities
{
    private readonly IReadOnlyList<Municipality> all;

    private DischargeMunicipalities(IReadOnlyList<Municipality> all) => this.all = all;

    public IReadOnlyList<Municipality> All => all;

    /// <summary>The active municipal-care organisations, of one area or of all.</summary>
    public static async Task<DischargeMunicipalities> LoadAsync(AppDbContext db, int? areaId, CancellationToken ct) =>
        new(await db.Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.MunicipalCare && o.RetiredAt == null && (areaId == null || o.AreaId == areaId))
            .OrderBy(o => o.Name)
            .Select(o => new Municipality(o.Id, o.Name, o.Principal.Name, o.AreaId, o.Area.Name))
            .ToListAsync(ct));

    /// <summary>
    /// The municipality <paramref name="text"/> names: its id, the organisation's name or its principal's name
    /// ("Ale kommun"), without regard to case, extra spaces or the kind of dash. Null with a Swedish reason otherwise.
    /// </summary>
    public Municipality? Find(string text, out string? error)
    {
        error = null;
        var trimmed = text.Trim();
        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            var byId = all.FirstOrDefault(m => m.Id == id);
            if (byId is null) error = $"det finns ingen kommun med id {trimmed}{Among()}.";
            return byId;
        }
        var key = Key(trimmed);
        var matches = all.Where(m => Key(m.Name) == key).ToList();
        if (matches.Count == 0) matches = [.. all.Where(m => Key(m.PrincipalName) == key)];
        if (matches.Count == 1) return matches[0];
        error = matches.Count == 0
            ? $"”{DischargeMonth.Shorten(trimmed)}” är ingen kommun{Among()}. Skriv organisationens namn, till exempel {Examples()}, eller dess id."
            : $"”{DischargeMonth.Shorten(trimmed)}” finns i flera samverkansområden ({string.Join(", ", matches.Select(m => m.AreaName))}). Ange organisationens id.";
        return null;
    }

    private string Among() => all.Select(m => m.AreaName).Distinct().Count() == 1 ? $" i {all[0].AreaName}" : "";

    private string Examples() => string.Join(" eller ", all.Take(2).Select(m => $"”{m.Name}”"));

    /// <summary>"Ale  Kommun - vård och omsorg" and "Ale kommun – vård och omsorg" are the same name.</summary>
    private static string Key(string name) =>
        string.Join(' ', name.ToLowerInvariant().Replace('\u2013', '-').Replace('\u2014', '-').Replace('\u2212', '-')
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
