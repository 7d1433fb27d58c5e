using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Situation.Discharge;

public sealed class DischargeSettingsInput
{
    public decimal? ThresholdDays { get; set; }

    /// <summary>Required once the area has stored its own threshold (or send If-Match).</summary>
    public int? Version { get; set; }
}

/// <summary>The area's threshold; <see cref="IsDefault"/> when it has none of its own and the configured one applies (version 0).</summary>
public sealed record DischargeSettingsView(int AreaId, decimal ThresholdDays, bool IsDefault, int Version);

public static class DischargeSettingsApi
{
    public const decimal MinThreshold = 0.1m;

    public static RouteGroupBuilder MapDischargeSettingsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/areas/{id:int}/discharge-settings").WithTags("Lägesbild");
        group.MapGet("/", Get).WithName("GetDischargeSettings").WithSummary("Områdets gränsvärde för utskrivningsklara (rullande 3 månader)");
        group.MapPut("/", Put).WithName("UpdateDischargeSettings").WithSummary("Ändra områdets gränsvärde för utskrivningsklara (administratör)");
        return api;
    }

    public static async Task<DischargeSettingsView> ViewAsync(AppDbContext db, IOptions<DischargeOptions> options, int areaId, CancellationToken ct)
    {
        var threshold = await DischargeViews.ThresholdAsync(db, options, areaId, ct);
        return new DischargeSettingsView(areaId, threshold.Days, threshold.Stored is null, threshold.Stored?.Version ?? 0);
    }

    private static async Task<Results<Ok<DischargeSettingsView>, ProblemHttpResult>> Get(
        int id, AppDbContext db, IOptions<DischargeOptions> options, HttpContext http, CancellationToken ct)
    {
        if (!await db.Areas.AnyAsync(a => a.Id == id, ct)) return ApiProblems.NotFound();
        var view = await ViewAsync(db, options, id, ct);
        http.SetETag(view.Version);
        return TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<DischargeSettingsView>, ValidationProblem, ProblemHttpResult>> Put(
        int id, DischargeSettingsInput input, AppDbContext db, IOptions<DischargeOptions> options, StructureRights rights, HttpContext http, CancellationToken ct)
    {
        if (!await db.Areas.AnyAsync(a => a.Id == id, ct)) return ApiProblems.NotFound();
        if (!rights.IsAdministrator) return ApiProblems.Forbidden();
        if (Check(input.ThresholdDays) is { } error) return ApiProblems.Validation("thresholdDays", error);
        var stored = await db.DischargeSettings.FirstOrDefaultAsync(s => s.AreaId == id, ct);
        int? version = null;
        if (stored is not null)
        {
            if (http.ClientVersion(input.Version) is not int v) return ApiProblems.PreconditionRequired();
            version = v;
        }
        await SaveAsync(db, id, stored, input.ThresholdDays!.Value, version, ct);
        var view = await ViewAsync(db, options, id, ct);
        http.SetETag(view.Version);
        return TypedResults.Ok(view);
    }

    /// <summary>Why the threshold cannot be used, or null.</summary>
    public static string? Check(decimal? thresholdDays) => thresholdDays switch
    {
        null => "Ange gränsvärdet i dagar, till exempel 3,0.",
        < MinThreshold or > DischargeWaitingMonth.MaxDays => "Gränsvärdet ska vara mellan 0,1 och 365 dagar.",
        decimal t when t != Math.Round(t, 1) => "Ange gränsvärdet med högst en decimal, till exempel 3,5.",
        _ => null,
    };

    /// <summary>Stores the area's threshold, refusing a change of a version other than the stored one.</summary>
    public static async Task SaveAsync(AppDbContext db, int areaId, DischargeSettings? stored, decimal thresholdDays, int? version, CancellationToken ct)
    {
        if (stored is null) db.DischargeSettings.Add(stored = new DischargeSettings { AreaId = areaId });
        else db.ExpectVersion(stored, version ?? throw new ArgumentNullException(nameof(version), "A change needs the version it replaces."));
        stored.ThresholdDays = thresholdDays;
        await db.SaveChangesAsync(ct);
    }
}
