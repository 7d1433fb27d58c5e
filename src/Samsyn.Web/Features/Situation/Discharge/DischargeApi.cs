using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Situation.Discharge;

/// <summary>The body of <c>PUT /discharge-waiting/{organisationId}/{month}</c>.</summary>
public sealed class DischargeMonthInput
{
    public decimal? AverageDays { get; set; }
    public int? DischargedPatients { get; set; }

    /// <summary>The version being replaced; required when the month already has figures (or send If-Match).</summary>
    public int? Version { get; set; }
}

public sealed record DischargeMonthItem(int OrganisationId, string OrganisationName, string Month, decimal AverageDays, int? DischargedPatients, int Version);

public sealed record DischargeImportSummary(int Created, int Updated, int Unchanged, string? LatestMonth, string Message);

/// <summary>The discharge-waiting indicator: read per area, one month at a time, or a file of months.</summary>
public static class DischargeApi
{
    public static RouteGroupBuilder MapDischargeApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/discharge-waiting").WithTags("Lägesbild");
        group.MapGet("/", Indicator).WithName("GetDischargeWaiting")
            .WithSummary("Utskrivningsklara: medeldagar per kommun och månad, rullande 3 månader mot gränsvärdet (areaId, from/to som ÅÅÅÅ-MM)");
        group.MapGet("/{organisationId:int}/{month}", GetMonth).WithName("GetDischargeWaitingMonth")
            .WithSummary("En kommuns siffror för en månad (ÅÅÅÅ-MM), med version som ETag");
        group.MapPut("/{organisationId:int}/{month}", PutMonth).WithName("PutDischargeWaitingMonth")
            .WithSummary("Registrera eller ändra en kommuns siffror för en månad (administratör eller den som företräder kommunen)");
        group.MapPost("/import", Import).WithName("ImportDischargeWaiting")
            .WithSummary("Läs in månadssiffror från en CSV-fil (kommun;månad;medeldagar;antal), som text/csv eller multipart/form-data; allt eller inget")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // Described here rather than with Accepts(): that metadata would make routing answer 415 itself, in English.
                operation.RequestBody = ImportBody;
                return Task.CompletedTask;
            });
        return group;
    }

    private static readonly OpenApiRequestBody ImportBody = new()
    {
        Required = true,
        Description = "CSV-filen: rubrikraden kommun;månad;medeldagar;antal och en rad per kommun och månad. Högst 1 MB.",
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["text/csv"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
            ["multipart/form-data"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "file" },
                    Properties = new Dictionary<string, IOpenApiSchema> { ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                },
            },
        },
    };

    private static async Task<Results<Ok<DischargeAreaView>, ValidationProblem, ProblemHttpResult>> Indicator(
        int? areaId, string? from, string? to, AppDbContext db, IOptions<DischargeOptions> options, CancellationToken ct)
    {
        if (areaId is null) return ApiProblems.Validation("areaId", "Ange samverkansområdet (areaId).");
        var (first, last, errors) = Period(from, to, DischargeViews.CurrentMonth(db.Clock));
        if (errors is not null) return ApiProblems.Validation(errors);
        var view = await DischargeViews.AreaAsync(db, options, areaId.Value, first!.Value, last!.Value, ct);
        return view is null ? ApiProblems.NotFound("Samverkansområdet finns inte.") : TypedResults.Ok(view);
    }

    /// <summary>The months asked for ("2026-10"), by default the two years up to <paramref name="current"/>; or the errors keyed from/to.</summary>
    public static (DateOnly? From, DateOnly? To, Dictionary<string, string[]>? Errors) Period(string? from, string? to, DateOnly current)
    {
        var errors = new Dictionary<string, string[]>();
        DateOnly? last = current, first = null;
        if (!string.IsNullOrWhiteSpace(to) && (last = DischargeMonth.Parse(to, out var toError)) is null) errors["to"] = [toError!];
        if (!string.IsNullOrWhiteSpace(from) && (first = DischargeMonth.Parse(from, out var fromError)) is null) errors["from"] = [fromError!];
        if (errors.Count > 0) return (null, null, errors);
        first ??= last!.Value.AddMonths(-(DischargeViews.DefaultMonths - 1));
        if (first > last) return (null, null, new() { ["to"] = ["Slutmånaden ligger före startmånaden."] });
        if (DischargeMonth.Between(first.Value, last!.Value) >= DischargeViews.MaxMonths)
            return (null, null, new() { ["from"] = [$"Välj högst {DischargeViews.MaxMonths} månader åt gången."] });
        return (first, last, null);
    }

    private static async Task<Results<Ok<DischargeMonthItem>, ValidationProblem, ProblemHttpResult>> GetMonth(
        int organisationId, string month, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        if (DischargeMonth.Parse(month, out var error) is not DateOnly first) return ApiProblems.Validation("month", error!);
        var item = await db.DischargeWaitingMonths.AsNoTracking()
            .Where(m => m.OrganisationId == organisationId && m.Month == first)
            .Select(m => new DischargeMonthItem(m.OrganisationId, m.Organisation.Name, "", m.AverageDays, m.DischargedPatients, m.Version))
            .FirstOrDefaultAsync(ct);
        if (item is null) return ApiProblems.NotFound("Kommunen har inga siffror för månaden.");
        http.SetETag(item.Version);
        return TypedResults.Ok(item with { Month = DischargeMonth.Iso(first) });
    }

    private static async Task<Results<Ok<DischargeMonthItem>, Created<DischargeMonthItem>, ValidationProblem, ProblemHttpResult>> PutMonth(
        int organisationId, string month, DischargeMonthInput input, AppDbContext db, StructureRights rights, HttpContext http, CancellationToken ct)
    {
        if (DischargeMonth.Parse(month, out var monthError) is not DateOnly first) return ApiProblems.Validation("month", monthError!);
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId, ct);
        if (organisation is null) return ApiProblems.NotFound("Organisationen finns inte.");
        if (DischargeEntry.CheckOrganisation(organisation) is { } refusal) return ApiProblems.Validation("organisationId", refusal);
        if (!await rights.CanActForOrganisationAsync(organisationId, ct)) return ApiProblems.Forbidden();
        if (input.AverageDays is not decimal days) return ApiProblems.Validation("averageDays", "Medeldagarna måste anges.");
        if (DischargeValues.Check(days, input.DischargedPatients) is var (field, message)) return ApiProblems.Validation(field, message);

        var stored = await DischargeEntry.FindAsync(db, organisationId, first, ct);
        int? version = null;
        if (stored is not null)
        {
            if (http.ClientVersion(input.Version) is not int v) return ApiProblems.PreconditionRequired();
            version = v;
        }
        var saved = await DischargeEntry.SaveAsync(db, stored, organisationId, first, days, input.DischargedPatients, version, ct);
        if (saved is null) return ApiProblems.Conflict("Någon annan registrerade samma månad samtidigt. Hämta den och gör din ändring igen.");
        http.SetETag(saved.Version);
        var item = new DischargeMonthItem(organisationId, organisation.Name, DischargeMonth.Iso(first), saved.AverageDays, saved.DischargedPatients, saved.Version);
        return stored is null
            ? TypedResults.Created($"/api/v1/discharge-waiting/{organisationId}/{item.Month}", item)
            : TypedResults.Ok(item);
    }

    private static async Task<Results<Ok<DischargeImportSummary>, ValidationProblem, ProblemHttpResult>> Import(
        int? areaId, HttpRequest request, AppDbContext db, StructureRights rights, CancellationToken ct)
    {
        if (areaId is int id && !await db.Areas.AnyAsync(a => a.Id == id, ct)) return ApiProblems.NotFound("Samverkansområdet finns inte.");
        if (!rights.IsAdministrator && (await rights.OwnOrganisationIdsAsync(ct)).Count == 0)
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: Resources.Texts.Problem_Forbidden,
                detail: "Du företräder ingen kommun och kan därför inte läsa in siffror.");
        var upload = await DischargeUpload.ReadAsync(request, ct);
        if (upload.Problem is { } problem) return problem;
        if (upload.Errors is { } errors) return ApiProblems.Validation(errors);

        DischargeImportResult result;
        try
        {
            result = await DischargeImport.ImportAsync(db, rights, upload.Content!, areaId, ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            return ApiProblems.Conflict("Någon annan registrerade några av månaderna samtidigt. Läs in filen igen.");
        }
        if (result.ForbiddenRows.Count > 0)
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: Resources.Texts.Problem_Forbidden, detail: result.ForbiddenDetail,
                extensions: new Dictionary<string, object?> { ["rows"] = result.ForbiddenRows.Select(r => r.Line).ToArray() });
        if (!result.Succeeded) return ApiProblems.Validation(result.Errors.ToDictionary());
        return TypedResults.Ok(new DischargeImportSummary(result.Created, result.Updated, result.Unchanged,
            result.LatestMonth is DateOnly latest ? DischargeMonth.Iso(latest) : null, result.Summary));
    }
}
