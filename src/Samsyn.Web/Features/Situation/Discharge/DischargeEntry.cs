using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Situation.Discharge;

/// <summary>Registering or changing one municipality's month, shared by the form and the API.</summary>
public static class DischargeEntry
{
    /// <summary>Why figures cannot be registered for the organisation, or null when they can.</summary>
    public static string? CheckOrganisation(Organisation organisation) =>
        organisation.Kind != OrganisationKind.MunicipalCare ? $"{organisation.Name} är ingen kommun (kommunal vård och omsorg). Siffrorna lämnas per kommun."
        : organisation.IsRetired ? $"{organisation.Name} är avslutad och kan inte få nya siffror."
        : null;

    /// <summary>The stored month, tracked for a change, or null.</summary>
    public static Task<DischargeWaitingMonth?> FindAsync(AppDbContext db, int organisationId, DateOnly month, CancellationToken ct)
    {
        var first = DischargeMonth.First(month);
        return db.DischargeWaitingMonths.FirstOrDefaultAsync(m => m.OrganisationId == organisationId && m.Month == first, ct);
    }

    /// <summary>
    /// Creates the month, or changes <paramref name="stored"/> when it is still at <paramref name="version"/>
    /// (else <see cref="ConcurrencyConflictException"/>). Null when someone else created the same month at the same moment.
    /// </summary>
    public static async Task<DischargeWaitingMonth?> SaveAsync(
        AppDbContext db, DischargeWaitingMonth? stored, int organisationId, DateOnly month, decimal averageDays, int? patients, int? version, CancellationToken ct)
    {
        var entry = stored ?? DischargeWaitingMonth.For(organisationId, month);
        if (stored is not null) db.ExpectVersion(stored, version ?? throw new ArgumentNullException(nameof(version), "A change needs the version it replaces."));
        else db.DischargeWaitingMonths.Add(entry);
        entry.Record(averageDays, patients);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException && stored is null)
        {
            db.ChangeTracker.Clear();
            return null;
        }
        return entry;
    }
}
