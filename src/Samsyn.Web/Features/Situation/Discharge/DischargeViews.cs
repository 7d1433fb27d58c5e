using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Situation.Discharge;

/// <summary>A month of one municipality as the API and the page show it.</summary>
public sealed record DischargeMonthView(
    string Month,
    decimal AverageDays,
    int? DischargedPatients,
    decimal RollingDays,
    int RollingMonths,
    bool RollingWeighted,
    ThresholdComparison MonthComparison,
    ThresholdComparison RollingComparison,
    bool OverThreshold,
    int Version)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public DateOnly FirstDay => DischargeMonth.Parse(Month, out _)!.Value;
}

public sealed record DischargeMunicipalityView(int OrganisationId, string Name, DischargeMonthView? Latest, IReadOnlyList<DischargeMonthView> Months);

/// <summary>The indicator for the municipalities of an area over a period of months.</summary>
public sealed record DischargeAreaView(
    int AreaId, string AreaName, decimal ThresholdDays, bool DefaultThreshold, string From, string To,
    IReadOnlyList<DischargeMunicipalityView> Municipalities);

/// <summary>The threshold in force for an area: its own, else the configured one.</summary>
public sealed record DischargeThreshold(decimal Days, DischargeSettings? Stored);

public static class DischargeViews
{
    /// <summary>The months a page or a GET shows when none are asked for: two years up to the current month.</summary>
    public const int DefaultMonths = 24;

    /// <summary>The longest period one GET returns.</summary>
    public const int MaxMonths = 120;

    public static async Task<DischargeThreshold> ThresholdAsync(AppDbContext db, IOptions<DischargeOptions> options, int areaId, CancellationToken ct)
    {
        var stored = await db.DischargeSettings.FirstOrDefaultAsync(s => s.AreaId == areaId, ct);
        return new DischargeThreshold(stored?.ThresholdDays ?? options.Value.DischargeThresholdDays, stored);
    }

    /// <summary>The current month in Sweden.</summary>
    public static DateOnly CurrentMonth(TimeProvider clock) => DischargeMonth.First(Infrastructure.SwedishTime.DateOf(clock.GetUtcNow()));

    /// <summary>
    /// Every municipality of the area with its months from <paramref name="from"/> to <paramref name="to"/>. The two
    /// months before <paramref name="from"/> are read as well, so the first month's rolling value has its whole window.
    /// Retired municipalities appear only when they have figures in the period.
    /// </summary>
    public static async Task<DischargeAreaView?> AreaAsync(
        AppDbContext db, IOptions<DischargeOptions> options, int areaId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var area = await db.Areas.AsNoTracking().Where(a => a.Id == areaId).Select(a => new { a.Id, a.Name }).FirstOrDefaultAsync(ct);
        if (area is null) return null;
        var threshold = await ThresholdAsync(db, options, areaId, ct);
        var windowStart = from.AddMonths(-(DischargeIndicator.WindowMonths - 1));
        var months = await db.DischargeWaitingMonths.AsNoTracking()
            .Where(m => m.Organisation.AreaId == areaId && m.Organisation.Kind == OrganisationKind.MunicipalCare)
            .Where(m => m.Month >= windowStart && m.Month <= to)
            .ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => o.AreaId == areaId && o.Kind == OrganisationKind.MunicipalCare)
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, Retired = o.RetiredAt != null })
            .ToListAsync(ct);

        var views = new List<DischargeMunicipalityView>();
        foreach (var organisation in organisations)
        {
            var own = months.Where(m => m.OrganisationId == organisation.Id).ToList();
            var versions = own.ToDictionary(m => m.Month, m => m.Version);
            var shown = DischargeIndicator.Compute(own.Select(m => m.Figure), threshold.Days)
                .Where(p => p.Month >= from)
                .Select(p => View(p, versions[p.Month]))
                .ToList();
            if (organisation.Retired && shown.Count == 0) continue;
            views.Add(new DischargeMunicipalityView(organisation.Id, organisation.Name, shown.LastOrDefault(), shown));
        }
        return new DischargeAreaView(area.Id, area.Name, threshold.Days, threshold.Stored is null,
            DischargeMonth.Iso(from), DischargeMonth.Iso(to), views);
    }

    public static DischargeMonthView View(DischargePoint p, int version) => new(
        DischargeMonth.Iso(p.Month), p.AverageDays, p.DischargedPatients, p.RollingDays, p.RollingMonths, p.RollingWeighted,
        p.MonthComparison, p.RollingComparison, p.OverThreshold, version);
}
