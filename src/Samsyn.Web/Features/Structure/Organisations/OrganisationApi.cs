using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Privacy;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Structure.Organisations;

public sealed record OrganisationItem(
    int Id, string Name, OrganisationKind Kind, int PrincipalId, string PrincipalName, int AreaId, string AreaName, bool Retired, int Version);

public sealed class OrganisationInput
{
    [Display(Name = "Namn"), Mandatory, MaxChars(200), NoPersonalIdentityNumber]
    public string? Name { get; set; }

    [Display(Name = "Typ av organisation"), Chosen]
    public OrganisationKind? Kind { get; set; }

    [Display(Name = "Huvudman"), Chosen]
    public int? PrincipalId { get; set; }

    [Display(Name = "Samverkansområde"), Chosen]
    public int? AreaId { get; set; }

    public int? Version { get; set; }

    public void ApplyTo(Organisation organisation)
    {
        organisation.Name = Name!.Trim();
        organisation.Kind = Kind!.Value;
        organisation.PrincipalId = PrincipalId!.Value;
        organisation.AreaId = AreaId!.Value;
    }

    public static OrganisationInput From(Organisation o) =>
        new() { Name = o.Name, Kind = o.Kind, PrincipalId = o.PrincipalId, AreaId = o.AreaId, Version = o.Version };
}

public static class OrganisationApi
{
    public static IQueryable<OrganisationItem> Items(this IQueryable<Organisation> organisations) =>
        organisations.AsNoTracking().Select(o => new OrganisationItem(
            o.Id, o.Name, o.Kind, o.PrincipalId, o.Principal.Name, o.AreaId, o.Area.Name, o.RetiredAt != null, o.Version));

    public static RouteGroupBuilder MapOrganisationApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organisations").WithTags("Organisationer");
        group.MapGet("/", List).WithName("ListOrganisations").WithSummary("Lista vård- och insatsgivare, valfritt per område eller huvudman");
        group.MapGet("/{id:int}", Get).WithName("GetOrganisation").WithSummary("Hämta en organisation");
        group.MapPost("/", Create).WithName("CreateOrganisation").WithSummary("Skapa en organisation (administratör)");
        group.MapPut("/{id:int}", Update).WithName("UpdateOrganisation").WithSummary("Ändra en organisation (administratör)");
        group.MapRetirement<Organisation>("en organisation",
            (sp, _, _) => Task.FromResult(sp.GetRequiredService<StructureRights>().CanManageRegisters));
        return group;
    }

    private static async Task<Results<Ok<PagedList<OrganisationItem>>, ValidationProblem>> List(
        AppDbContext db, int? page, int? pageSize, int? areaId, int? principalId, bool? includeRetired, CancellationToken ct)
    {
        if (Paging.Check(page, pageSize) is { } errors) return ApiProblems.Validation(errors);
        var query = db.Organisations
            .Where(o => includeRetired == true || o.RetiredAt == null)
            .Where(o => areaId == null || o.AreaId == areaId)
            .Where(o => principalId == null || o.PrincipalId == principalId)
            .OrderBy(o => o.Name).Items();
        return TypedResults.Ok(await query.ToPagedListAsync(page, pageSize, ct));
    }

    private static async Task<Results<Ok<OrganisationItem>, ProblemHttpResult>> Get(int id, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var item = await db.Organisations.Where(o => o.Id == id).Items().FirstOrDefaultAsync(ct);
        if (item is null) return ApiProblems.NotFound();
        http.SetETag(item.Version);
        return TypedResults.Ok(item);
    }

    private static async Task<Results<Created<OrganisationItem>, ValidationProblem, ProblemHttpResult>> Create(
        OrganisationInput input, AppDbContext db, StructureRights rights, CancellationToken ct)
    {
        if (!rights.CanManageRegisters) return ApiProblems.Forbidden();
        if (await Check(input, null, db, ct) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        var organisation = new Organisation();
        input.ApplyTo(organisation);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/organisations/{organisation.Id}",
            await db.Organisations.Where(o => o.Id == organisation.Id).Items().FirstAsync(ct));
    }

    private static async Task<Results<Ok<OrganisationItem>, ValidationProblem, ProblemHttpResult>> Update(
        int id, OrganisationInput input, AppDbContext db, StructureRights rights, HttpContext http, CancellationToken ct)
    {
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return ApiProblems.NotFound();
        if (!rights.CanManageRegisters) return ApiProblems.Forbidden();
        if (await Check(input, id, db, ct) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        if (http.ClientVersion(input.Version) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(organisation, version);
        input.ApplyTo(organisation);
        await db.SaveChangesAsync(ct);
        http.SetETag(organisation.Version);
        return TypedResults.Ok(await db.Organisations.Where(o => o.Id == id).Items().FirstAsync(ct));
    }

    public static async Task<Dictionary<string, string[]>> Check(OrganisationInput input, int? id, AppDbContext db, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input);
        if (!errors.ContainsKey("principalId") && !await db.Principals.AnyAsync(p => p.Id == input.PrincipalId && p.RetiredAt == null, ct))
            errors["principalId"] = ["Huvudmannen finns inte eller är avslutad."];
        if (!errors.ContainsKey("areaId") && !await db.Areas.AnyAsync(a => a.Id == input.AreaId && a.RetiredAt == null, ct))
            errors["areaId"] = ["Samverkansområdet finns inte eller är avslutat."];
        var name = input.Name?.Trim();
        if (!errors.ContainsKey("name") && !errors.ContainsKey("areaId")
            && await db.Organisations.AnyAsync(o => o.Name == name && o.AreaId == input.AreaId && o.Id != id, ct))
            errors["name"] = ["Det finns redan en organisation med det namnet i samverkansområdet."];
        return errors;
    }
}
