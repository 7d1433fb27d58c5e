using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Privacy;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Structure.Principals;

public sealed record PrincipalItem(int Id, string Name, PrincipalKind Kind, bool Retired, int Version);

public sealed class PrincipalInput
{
    [Display(Name = "Namn"), Mandatory, MaxChars(200), NoPersonalIdentityNumber]
    public string? Name { get; set; }

    [Display(Name = "Typ av huvudman"), Chosen]
    public PrincipalKind? Kind { get; set; }

    public int? Version { get; set; }

    public void ApplyTo(Principal principal)
    {
        principal.Name = Name!.Trim();
        principal.Kind = Kind!.Value;
    }

    public static PrincipalInput From(Principal p) => new() { Name = p.Name, Kind = p.Kind, Version = p.Version };
}

public static class PrincipalApi
{
    public static IQueryable<PrincipalItem> Items(this IQueryable<Principal> principals) =>
        principals.AsNoTracking().Select(p => new PrincipalItem(p.Id, p.Name, p.Kind, p.RetiredAt != null, p.Version));

    public static RouteGroupBuilder MapPrincipalApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/principals").WithTags("Huvudmän");
        group.MapGet("/", List).WithName("ListPrincipals").WithSummary("Lista huvudmän");
        group.MapGet("/{id:int}", Get).WithName("GetPrincipal").WithSummary("Hämta en huvudman");
        group.MapPost("/", Create).WithName("CreatePrincipal").WithSummary("Skapa en huvudman (administratör)");
        group.MapPut("/{id:int}", Update).WithName("UpdatePrincipal").WithSummary("Ändra en huvudman (administratör)");
        group.MapRetirement<Principal>("en huvudman",
            (sp, _, _) => Task.FromResult(sp.GetRequiredService<StructureRights>().CanManageRegisters));
        return group;
    }

    private static async Task<Results<Ok<PagedList<PrincipalItem>>, ValidationProblem>> List(
        AppDbContext db, int? page, int? pageSize, bool? includeRetired, CancellationToken ct)
    {
        if (Paging.Check(page, pageSize) is { } errors) return ApiProblems.Validation(errors);
        var query = db.Principals.Where(p => includeRetired == true || p.RetiredAt == null).OrderBy(p => p.Name).Items();
        return TypedResults.Ok(await query.ToPagedListAsync(page, pageSize, ct));
    }

    private static async Task<Results<Ok<PrincipalItem>, ProblemHttpResult>> Get(int id, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var item = await db.Principals.Where(p => p.Id == id).Items().FirstOrDefaultAsync(ct);
        if (item is null) return ApiProblems.NotFound();
        http.SetETag(item.Version);
        return TypedResults.Ok(item);
    }

    private static async Task<Results<Created<PrincipalItem>, ValidationProblem, ProblemHttpResult>> Create(
        PrincipalInput input, AppDbContext db, StructureRights rights, CancellationToken ct)
    {
        if (!rights.CanManageRegisters) return ApiProblems.Forbidden();
        if (await Check(input, null, db, ct) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        var principal = new Principal();
        input.ApplyTo(principal);
        db.Principals.Add(principal);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/principals/{principal.Id}", await db.Principals.Where(p => p.Id == principal.Id).Items().FirstAsync(ct));
    }

    private static async Task<Results<Ok<PrincipalItem>, ValidationProblem, ProblemHttpResult>> Update(
        int id, PrincipalInput input, AppDbContext db, StructureRights rights, HttpContext http, CancellationToken ct)
    {
        var principal = await db.Principals.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (principal is null) return ApiProblems.NotFound();
        if (!rights.CanManageRegisters) return ApiProblems.Forbidden();
        if (await Check(input, id, db, ct) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        if (http.ClientVersion(input.Version) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(principal, version);
        input.ApplyTo(principal);
        await db.SaveChangesAsync(ct);
        http.SetETag(principal.Version);
        return TypedResults.Ok(await db.Principals.Where(p => p.Id == id).Items().FirstAsync(ct));
    }

    public static async Task<Dictionary<string, string[]>> Check(PrincipalInput input, int? id, AppDbContext db, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input);
        var name = input.Name?.Trim();
        if (!errors.ContainsKey("name") && await db.Principals.AnyAsync(p => p.Name == name && p.Id != id, ct))
            errors["name"] = ["Det finns redan en huvudman med det namnet."];
        return errors;
    }
}
