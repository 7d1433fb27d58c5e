using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Privacy;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Deviations;

public sealed record DeviationStepView(int Id, string Code, string Name, int Order, bool Retired, int Version);

public sealed record DeviationProcessView(int Id, string Code, string Name, int Order, bool Retired, int Version, IReadOnlyList<DeviationStepView> Steps);

/// <summary>A process or a step as an administrator adds or renames it; the code cannot change once reports use it.</summary>
public sealed class DeviationProcessInput
{
    [Display(Name = "Kod"), Mandatory, MaxChars(40), RegularExpression("^[a-z][a-zA-Z0-9]*$", ErrorMessage = "Koden skrivs i camelCase med bokstäver och siffror, till exempel admissionNoticeLate.")]
    public string? Code { get; set; }

    [Display(Name = "Benämning"), Mandatory, MaxChars(200), NoPersonalIdentityNumber]
    public string? Name { get; set; }

    [Display(Name = "Ordning"), Range(1, 999, ErrorMessage = "Ange en ordning mellan 1 och 999.")]
    public int Order { get; set; } = 1;

    public int? Version { get; set; }
}

/// <summary>The processes and steps deviations are reported against; everyone reads them, administrators change them.</summary>
public static class DeviationProcessApi
{
    public static RouteGroupBuilder MapDeviationProcessApi(this RouteGroupBuilder api)
    {
        var processes = api.MapGroup("/deviations/processes").WithTags("Avvikelser");
        processes.MapGet("/", List).WithName("ListDeviationProcesses")
            .WithSummary("Processer med steg, i ordning: [{code, name, steps: [{code, name}]}]; includeRetired=true visar även avslutade");
        processes.MapPost("/", CreateProcess).WithName("CreateDeviationProcess").WithSummary("Lägg till en process (administratör)");
        processes.MapPut("/{id:int}", UpdateProcess).WithName("UpdateDeviationProcess").WithSummary("Byt namn eller ordning på en process (administratör); koden ändras inte");
        processes.MapPost("/{id:int}/steps", CreateStep).WithName("CreateDeviationStep").WithSummary("Lägg till ett steg i en process (administratör)");
        processes.MapRetirement<DeviationProcess>("en process", Allowed);
        var steps = api.MapGroup("/deviations/steps").WithTags("Avvikelser");
        steps.MapPut("/{id:int}", UpdateStep).WithName("UpdateDeviationStep").WithSummary("Byt namn eller ordning på ett steg (administratör)");
        steps.MapRetirement<DeviationStep>("ett steg", Allowed);
        return api;
    }

    private static Task<bool> Allowed(IServiceProvider services, int id, CancellationToken ct) =>
        Task.FromResult(services.GetRequiredService<StructureRights>().CanManageRegisters);

    public static DeviationProcessView View(DeviationProcess p) => new(p.Id, p.Code, p.Name, p.Order, p.IsRetired, p.Version,
        [.. p.Steps.Select(s => new DeviationStepView(s.Id, s.Code, s.Name, s.Order, s.IsRetired, s.Version))]);

    private static async Task<Ok<List<DeviationProcessView>>> List(bool? includeRetired, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await DeviationViews.ProcessesAsync(db, includeRetired == true, ct)).Select(View).ToList());

    public static async Task<Dictionary<string, string[]>> CheckAsync(AppDbContext db, DeviationProcessInput input, int? processId, int? ownId, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input);
        if (errors.ContainsKey("code") || input.Code is null) return errors;
        var code = input.Code.Trim();
        var taken = processId is int parent
            ? await db.DeviationSteps.AnyAsync(s => s.ProcessId == parent && s.Code == code && s.Id != ownId, ct)
            : await db.DeviationProcesses.AnyAsync(p => p.Code == code && p.Id != ownId, ct);
        if (taken) errors["code"] = [processId is null ? "Det finns redan en process med den koden." : "Processen har redan ett steg med den koden."];
        return errors;
    }

    private static async Task<Results<Created<DeviationProcessView>, ValidationProblem, ProblemHttpResult>> CreateProcess(
        DeviationProcessInput input, AppDbContext db, StructureRights rights, CancellationToken ct)
    {
        if (!rights.CanManageRegisters) return ApiProblems.Forbidden();
        if (await CheckAsync(db, input, null, null, ct) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        var process = new DeviationProcess { Code = input.Code!.Trim(), Name = input.Name!.Trim(), Order = input.Order };
        db.DeviationProcesses.Add(process);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/deviations/processes/{process.Id}", View(process));
    }

    private static async Task<Results<Ok<DeviationProcessView>, ValidationProblem, ProblemHttpResult>> UpdateProcess(
        int id, DeviationProcessInput input, AppDbContext db, StructureRights rights, HttpContext http, CancellationToken ct)
    {
        if (!rights.CanManageRegisters) return ApiProblems.Forbidden();
        var process = await db.DeviationProcesses.Include(p => p.Steps).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (process is null) return ApiProblems.NotFound();
        if (http.ClientVersion(input.Version) is not int version) return ApiProblems.PreconditionRequired();
        input.Code ??= process.Code;
        if (await CheckAsync(db, input, null, id, ct) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        if (input.Code.Trim() != process.Code) return ApiProblems.Validation("code", "Koden kan inte ändras: rapporter och importfiler pekar på den. Lägg till en ny process och avsluta den gamla.");
        db.ExpectVersion(process, version);
        (process.Name, process.Order) = (input.Name!.Trim(), input.Order);
        await db.SaveChangesAsync(ct);
        http.SetETag(process.Version);
        return TypedResults.Ok(View(process));
    }

    private static async Task<Results<Created<DeviationStepView>, ValidationProblem, ProblemHttpResult>> CreateStep(
        int id, DeviationProcessInput input, AppDbContext db, StructureRights rights, CancellationToken ct)
    {
        if (!rights.CanManageRegisters) return ApiProblems.Forbidden();
        if (!await db.DeviationProcesses.AnyAsync(p => p.Id == id, ct)) return ApiProblems.NotFound("Processen finns inte.");
        if (await CheckAsync(db, input, id, null, ct) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        var step = new DeviationStep { ProcessId = id, Code = input.Code!.Trim(), Name = input.Name!.Trim(), Order = input.Order };
        db.DeviationSteps.Add(step);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/deviations/steps/{step.Id}", new DeviationStepView(step.Id, step.Code, step.Name, step.Order, false, step.Version));
    }

    private static async Task<Results<Ok<DeviationStepView>, ValidationProblem, ProblemHttpResult>> UpdateStep(
        int id, DeviationProcessInput input, AppDbContext db, StructureRights rights, HttpContext http, CancellationToken ct)
    {
        if (!rights.CanManageRegisters) return ApiProblems.Forbidden();
        var step = await db.DeviationSteps.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (step is null) return ApiProblems.NotFound();
        if (http.ClientVersion(input.Version) is not int version) return ApiProblems.PreconditionRequired();
        input.Code ??= step.Code;
        if (await CheckAsync(db, input, step.ProcessId, id, ct) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        if (input.Code.Trim() != step.Code) return ApiProblems.Validation("code", "Koden kan inte ändras: rapporter och importfiler pekar på den.");
        db.ExpectVersion(step, version);
        (step.Name, step.Order) = (input.Name!.Trim(), input.Order);
        await db.SaveChangesAsync(ct);
        http.SetETag(step.Version);
        return TypedResults.Ok(new DeviationStepView(step.Id, step.Code, step.Name, step.Order, step.IsRetired, step.Version));
    }
}
