using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Privacy;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Structure.Areas;

public sealed record AreaItem(
    int Id, string Name, string ShortName, string? Description, int SummerFirstWeek, int SummerLastWeek, bool Retired, int Version);

public sealed class AreaInput
{
    [Display(Name = "Namn"), Mandatory, MaxChars(200), NoPersonalIdentityNumber]
    public string? Name { get; set; }

    [Display(Name = "Kortnamn"), Mandatory, MaxChars(40), NoPersonalIdentityNumber]
    public string? ShortName { get; set; }

    [Display(Name = "Beskrivning"), MaxChars(4000), NoPersonalIdentityNumber]
    public string? Description { get; set; }

    [Display(Name = "Sommarperiodens första vecka"), Range(1, 53, ErrorMessage = "Ange en vecka 1–53.")]
    public int? SummerFirstWeek { get; set; }

    [Display(Name = "Sommarperiodens sista vecka"), Range(1, 53, ErrorMessage = "Ange en vecka 1–53.")]
    public int? SummerLastWeek { get; set; }

    /// <summary>The version being edited (required on update unless If-Match is sent).</summary>
    public int? Version { get; set; }

    public void ApplyTo(CollaborationArea area)
    {
        area.Name = Name!.Trim();
        area.ShortName = ShortName!.Trim();
        area.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        area.SummerFirstWeek = SummerFirstWeek ?? area.SummerFirstWeek;
        area.SummerLastWeek = SummerLastWeek ?? area.SummerLastWeek;
    }

    public static AreaInput From(CollaborationArea a) =>
        new()
        {
            Name = a.Name, ShortName = a.ShortName, Description = a.Description,
            SummerFirstWeek = a.SummerFirstWeek, SummerLastWeek = a.SummerLastWeek, Version = a.Version,
        };
}

public static class AreaApi
{
    public static IQueryable<AreaItem> Items(this IQueryable<CollaborationArea> areas) =>
        areas.AsNoTracking().Select(a => new AreaItem(
            a.Id, a.Name, a.ShortName, a.Description, a.SummerFirstWeek, a.SummerLastWeek, a.RetiredAt != null, a.Version));

    public static RouteGroupBuilder MapAreaApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/areas").WithTags("Samverkansområden");
        group.MapGet("/", List).WithName("ListAreas").WithSummary("Lista samverkansområden");
        group.MapGet("/{id:int}", Get).WithName("GetArea").WithSummary("Hämta ett samverkansområde");
        group.MapPost("/", Create).WithName("CreateArea").WithSummary("Skapa ett samverkansområde (administratör)");
        group.MapPut("/{id:int}", Update).WithName("UpdateArea").WithSummary("Ändra ett samverkansområde (administratör)");
        group.MapRetirement<CollaborationArea>("ett samverkansområde",
            (sp, _, _) => Task.FromResult(sp.GetRequiredService<StructureRights>().CanManageRegisters));
        return group;
    }

    private static async Task<Results<Ok<PagedList<AreaItem>>, ValidationProblem>> List(
        AppDbContext db, int? page, int? pageSize, bool? includeRetired, CancellationToken ct)
    {
        if (Paging.Check(page, pageSize) is { } errors) return ApiProblems.Validation(errors);
        var query = db.Areas.Where(a => includeRetired == true || a.RetiredAt == null).OrderBy(a => a.Name).Items();
        return TypedResults.Ok(await query.ToPagedListAsync(page, pageSize, ct));
    }

    private static async Task<Results<Ok<AreaItem>, ProblemHttpResult>> Get(int id, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var item = await db.Areas.Where(a => a.Id == id).Items().FirstOrDefaultAsync(ct);
        if (item is null) return ApiProblems.NotFound();
        http.SetETag(item.Version);
        return TypedResults.Ok(item);
    }

    private static async Task<Results<Created<AreaItem>, ValidationProblem, ProblemHttpResult>> Create(
        AreaInput input, AppDbContext db, StructureRights rights, CancellationToken ct)
    {
        if (!rights.CanManageRegisters) return ApiProblems.Forbidden();
        if (await Check(input, null, db, ct) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        var area = new CollaborationArea();
        input.ApplyTo(area);
        db.Areas.Add(area);
        await db.SaveChangesAsync(ct);
        var item = await db.Areas.Where(a => a.Id == area.Id).Items().FirstAsync(ct);
        return TypedResults.Created($"/api/v1/areas/{area.Id}", item);
    }

    private static async Task<Results<Ok<AreaItem>, ValidationProblem, ProblemHttpResult>> Update(
        int id, AreaInput input, AppDbContext db, StructureRights rights, HttpContext http, CancellationToken ct)
    {
        var area = await db.Areas.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (area is null) return ApiProblems.NotFound();
        if (!rights.CanManageRegisters) return ApiProblems.Forbidden();
        if (await Check(input, id, db, ct) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        if (http.ClientVersion(input.Version) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(area, version);
        input.ApplyTo(area);
        await db.SaveChangesAsync(ct);
        http.SetETag(area.Version);
        return TypedResults.Ok(await db.Areas.Where(a => a.Id == id).Items().FirstAsync(ct));
    }

    /// <summary>Field rules plus the ones that need the database (unique name). Shared with the pages.</summary>
    public static async Task<Dictionary<string, string[]>> Check(AreaInput input, int? id, AppDbContext db, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input);
        if (input.SummerFirstWeek is int first && input.SummerLastWeek is int last && last < first)
            errors["summerLastWeek"] = ["Sista veckan kan inte ligga före den första."];
        var name = input.Name?.Trim();
        if (!errors.ContainsKey("name") && await db.Areas.AnyAsync(a => a.Name == name && a.Id != id, ct))
            errors["name"] = ["Det finns redan ett samverkansområde med det namnet."];
        return errors;
    }
}
