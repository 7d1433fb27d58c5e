using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Situation.Discharge;

/// <summary>What an import did, or why it did nothing.</summary>
public sealed record DischargeImportResult(
    int Created,
    int Updated,
    int Unchanged,
    DateOnly? LatestMonth,
    IReadOnlyDictionary<string, string[]> Errors,
    IReadOnlyList<DischargeCsvRow> ForbiddenRows)
{
    public bool Succeeded => Errors.Count == 0 && ForbiddenRows.Count == 0;

    /// <summary>"3 nya månader, 2 ändrade och 1 oförändrad."</summary>
    public string Summary =>
        $"{Count(Created, "ny månad", "nya månader")}, {Count(Updated, "ändrad", "ändrade")} och {Count(Unchanged, "oförändrad", "oförändrade")}.";

    /// <summary>"Rad 3 (Kungälvs kommun – vård och omsorg) och rad 4 (…)".</summary>
    public string ForbiddenDetail =>
        "Du kan bara lämna siffror för kommuner som du företräder. " +
        string.Join(", ", ForbiddenRows.Take(20).Select(r => $"rad {r.Line.ToString(CultureInfo.InvariantCulture)} ({r.Municipality})")) +
        (ForbiddenRows.Count > 20 ? " med flera" : "") + " gäller andra kommuner. Ingenting har lästs in.";

    private static string Count(int n, string one, string many) => $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";

    public static DischargeImportResult Invalid(IReadOnlyDictionary<string, string[]> errors) => new(0, 0, 0, null, errors, []);
}

/// <summary>
/// Imports a file of monthly figures: every row is checked and every municipality found before anything is
/// saved; then the months are created or, where the municipality already has the month, replaced – all in one
/// audited transaction. An import replaces stored months without asking for their versions (it is a bulk
/// replacement by design); it still raises them, so someone editing one of those months meanwhile gets a conflict.
/// </summary>
public static class DischargeImport
{
    /// <summary>Imports <paramref name="content"/>; <paramref name="areaId"/> narrows where municipality names are looked up.</summary>
    public static async Task<DischargeImportResult> ImportAsync(
        AppDbContext db, StructureRights rights, byte[] content, int? areaId, CancellationToken ct)
    {
        var parsed = DischargeCsv.Parse(content);
        if (!parsed.IsValid) return DischargeImportResult.Invalid(parsed.Errors);

        var municipalities = await DischargeMunicipalities.LoadAsync(db, areaId, ct);
        var errors = new DischargeCsvResult();
        var rows = new List<(DischargeCsvRow Row, Municipality Municipality)>();
        var seen = new Dictionary<(int, DateOnly), int>();
        foreach (var row in parsed.Rows)
        {
            if (municipalities.Find(row.Municipality, out var reason) is not { } municipality)
            {
                errors.Add(DischargeCsv.Key(row.Line, DischargeCsv.Municipality), DischargeCsv.Where(row.Line, DischargeCsv.Municipality) + reason);
                continue;
            }
            if (!seen.TryAdd((municipality.Id, row.Month), row.Line))
            {
                errors.Add(DischargeCsv.Key(row.Line, DischargeCsv.Month), DischargeCsv.Where(row.Line, DischargeCsv.Month) +
                    $"{municipality.Name} har redan {DischargeMonth.Iso(row.Month)} på rad {seen[(municipality.Id, row.Month)].ToString(CultureInfo.InvariantCulture)}.");
                continue;
            }
            rows.Add((row, municipality));
        }
        if (!errors.IsValid) return DischargeImportResult.Invalid(errors.Errors);

        if (!rights.IsAdministrator)
        {
            var own = await rights.OwnOrganisationIdsAsync(ct);
            var foreign = rows.Where(r => !own.Contains(r.Municipality.Id)).Select(r => r.Row with { Municipality = r.Municipality.Name }).ToList();
            if (foreign.Count > 0) return new DischargeImportResult(0, 0, 0, null, new Dictionary<string, string[]>(), foreign);
        }

        var (created, updated, unchanged) = await SaveAsync(db, rows.Select(r => (r.Municipality.Id, r.Row.Month, r.Row.AverageDays, r.Row.DischargedPatients)).ToList(), ct);
        return new DischargeImportResult(created, updated, unchanged, rows.Max(r => r.Row.Month), new Dictionary<string, string[]>(), []);
    }

    private static async Task<(int Created, int Updated, int Unchanged)> SaveAsync(
        AppDbContext db, List<(int OrganisationId, DateOnly Month, decimal Days, int? Patients)> rows, CancellationToken ct)
    {
        var organisations = rows.Select(r => r.OrganisationId).Distinct().ToList();
        var (first, last) = (rows.Min(r => r.Month), rows.Max(r => r.Month));
        var stored = await db.DischargeWaitingMonths
            .Where(m => organisations.Contains(m.OrganisationId) && m.Month >= first && m.Month <= last)
            .ToDictionaryAsync(m => (m.OrganisationId, m.Month), ct);
        int created = 0, updated = 0, unchanged = 0;
        foreach (var row in rows)
        {
            if (stored.TryGetValue((row.OrganisationId, row.Month), out var month))
            {
                if (month.Record(row.Days, row.Patients)) updated++;
                else unchanged++;
                continue;
            }
            month = DischargeWaitingMonth.For(row.OrganisationId, row.Month);
            month.Record(row.Days, row.Patients);
            db.DischargeWaitingMonths.Add(month);
            created++;
        }
        await db.SaveChangesAsync(ct);
        return (created, updated, unchanged);
    }
}
