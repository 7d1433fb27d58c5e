using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Deviations;

public sealed record DeviationSettingsView(int AreaId, int AnswerDays, int PatternCount, int PatternWindowDays, bool AreaOwn, int? Version);

public sealed class DeviationSettingsInput
{
    [Display(Name = "Svarstid"), Range(1, DeviationOptions.MaxDays, ErrorMessage = "Svarstiden är 1–365 dagar.")]
    public int AnswerDays { get; set; } = DeviationOptions.DefaultAnswerDays;

    [Display(Name = "Antal för mönster"), Range(2, 100, ErrorMessage = "Ett mönster är 2–100 avvikelser.")]
    public int PatternCount { get; set; } = DeviationOptions.DefaultPatternCount;

    [Display(Name = "Period för mönster"), Range(1, DeviationOptions.MaxDays, ErrorMessage = "Perioden är 1–365 dagar.")]
    public int PatternWindowDays { get; set; } = DeviationOptions.DefaultPatternWindowDays;

    public int? Version { get; set; }
}

/// <summary>An area's own answer deadline and pattern rule (administrators); without them the installation's defaults apply.</summary>
public static class DeviationSettingsApi
{
    public static RouteGroupBuilder MapDeviationSettingsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/areas/{areaId:int}/deviation-settings").WithTags("Avvikelser");
        group.MapGet("/", Get).WithName("GetDeviationSettings").WithSummary("Områdets svarstid och regel för återkommande avvikelser (areaOwn=false: standardvärdena)");
        group.MapPut("/", Put).WithName("PutDeviationSettings").WithSummary("Sätt områdets svarstid och regel för återkommande avvikelser (administratör); version när området redan har egna");
        return api;
    }

    public static async Task<DeviationSettingsView?> ViewAsync(AppDbContext db, DeviationOptions defaults, int areaId, CancellationToken ct)
    {
        if (!await db.Areas.AnyAsync(a => a.Id == areaId, ct)) return null;
        var own = await db.DeviationSettings.AsNoTracking().FirstOrDefaultAsync(s => s.AreaId == areaId, ct);
        return own is null
            ? new DeviationSettingsView(areaId, defaults.AnswerDays, defaults.PatternCount, defaults.PatternWindowDays, false, null)
            : new DeviationSettingsView(areaId, own.AnswerDays, own.PatternCount, own.PatternWindowDays, true, own.Version);
    }

    private static async Task<Results<Ok<DeviationSettingsView>, ProblemHttpResult>> Get(int areaId, AppDbContext db, IOptions<DeviationOptions> options, CancellationToken ct) =>
        await ViewAsync(db, options.Value, areaId, ct) is { } view ? TypedResults.Ok(view) : ApiProblems.NotFound("Samverkansområdet finns inte.");

    private static async Task<Results<Ok<DeviationSettingsView>, ValidationProblem, ProblemHttpResult>> Put(
        int areaId, DeviationSettingsInput input, AppDbContext db, StructureRights rights, IOptions<DeviationOptions> options, HttpContext http, CancellationToken ct)
    {
        if (!rights.CanManageRegisters) return ApiProblems.Forbidden();
        if (!await db.Areas.AnyAsync(a => a.Id == areaId, ct)) return ApiProblems.NotFound("Samverkansområdet finns inte.");
        if (InputValidation.Validate(input) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        var settings = await db.DeviationSettings.FirstOrDefaultAsync(s => s.AreaId == areaId, ct);
        if (settings is null) db.DeviationSettings.Add(settings = new DeviationSettings { AreaId = areaId });
        else if (http.ClientVersion(input.Version) is int version) db.ExpectVersion(settings, version);
        else return ApiProblems.PreconditionRequired();
        (settings.AnswerDays, settings.PatternCount, settings.PatternWindowDays) = (input.AnswerDays, input.PatternCount, input.PatternWindowDays);
        await db.SaveChangesAsync(ct);
        http.SetETag(settings.Version);
        return TypedResults.Ok((await ViewAsync(db, options.Value, areaId, ct))!);
    }
}
