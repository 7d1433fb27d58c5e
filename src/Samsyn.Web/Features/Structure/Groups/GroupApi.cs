using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Privacy;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Structure.Groups;

public sealed record GroupItem(
    int Id, string Name, GroupLevel Level, int AreaId, string AreaName, int? ParentId, string? ParentName,
    string? Mandate, int MemberCount, bool Retired, int Version);

public sealed class GroupInput
{
    [Display(Name = "Namn"), Mandatory, MaxChars(200), NoPersonalIdentityNumber]
    public string? Name { get; set; }

    [Display(Name = "Nivå"), Chosen]
    public GroupLevel? Level { get; set; }

    [Display(Name = "Samverkansområde"), Chosen]
    public int? AreaId { get; set; }

    [Display(Name = "Överordnad grupp")]
    public int? ParentId { get; set; }

    [Display(Name = "Uppdrag"), MaxChars(20000), NoPersonalIdentityNumber]
    public string? Mandate { get; set; }

    public int? Version { get; set; }

    public void ApplyTo(Group group)
    {
        group.Name = Name!.Trim();
        group.Level = Level!.Value;
        group.AreaId = AreaId!.Value;
        group.ParentId = ParentId is > 0 ? ParentId : null;
        group.Mandate = string.IsNullOrWhiteSpace(Mandate) ? null : Mandate.Trim();
    }

    public static GroupInput From(Group g) => new()
    {
        Name = g.Name, Level = g.Level, AreaId = g.AreaId, ParentId = g.ParentId, Mandate = g.Mandate, Version = g.Version,
    };
}

public static class GroupApi
{
    public static IQueryable<GroupItem> Items(this IQueryable<Group> groups) =>
        groups.AsNoTracking().Select(g => new GroupItem(
            g.Id, g.Name, g.Level, g.AreaId, g.Area.Name, g.ParentId, g.Parent != null ? g.Parent.Name : null, g.Mandate,
            g.Memberships.Count(m => m.RetiredAt == null), g.RetiredAt != null, g.Version));

    public static RouteGroupBuilder MapGroupApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/groups").WithTags("Grupper");
        group.MapGet("/", List).WithName("ListGroups").WithSummary("Lista grupper, valfritt per samverkansområde eller nivå");
        group.MapGet("/{id:int}", Get).WithName("GetGroup").WithSummary("Hämta en grupp");
        group.MapPost("/", Create).WithName("CreateGroup").WithSummary("Skapa en grupp (administratör)");
        group.MapPut("/{id:int}", Update).WithName("UpdateGroup").WithSummary("Ändra en grupp (administratör eller gruppens sammankallande)");
        group.MapRetirement<Group>("en grupp",
            (sp, _, _) => Task.FromResult(sp.GetRequiredService<StructureRights>().CanManageRegisters));
        group.MapMemberApi();
        return group;
    }

    private static async Task<Results<Ok<PagedList<GroupItem>>, ValidationProblem>> List(
        AppDbContext db, int? page, int? pageSize, int? areaId, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "level")] string? levelName, bool? includeRetired, CancellationToken ct)
    {
        if (Paging.Check(page, pageSize) is { } errors) return ApiProblems.Validation(errors);
        if (!QueryNames.TryParse<GroupLevel>(levelName, out var level))
            return ApiProblems.Validation("level", $"Okänd nivå. Tillåtna värden: {QueryNames.Allowed<GroupLevel>()}.");
        var query = db.Groups
            .Where(g => includeRetired == true || g.RetiredAt == null)
            .Where(g => areaId == null || g.AreaId == areaId)
            .Where(g => level == null || g.Level == level)
            .OrderBy(g => g.Area.Name).ThenBy(g => g.Level).ThenBy(g => g.Name).Items();
        return TypedResults.Ok(await query.ToPagedListAsync(page, pageSize, ct));
    }

    private static async Task<Results<Ok<GroupItem>, ProblemHttpResult>> Get(int id, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var item = await db.Groups.Where(g => g.Id == id).Items().FirstOrDefaultAsync(ct);
        if (item is null) return ApiProblems.NotFound();
        http.SetETag(item.Version);
        return TypedResults.Ok(item);
    }

    private static async Task<Results<Created<GroupItem>, ValidationProblem, ProblemHttpResult>> Create(
        GroupInput input, AppDbContext db, StructureRights rights, CancellationToken ct)
    {
        if (!rights.CanManageRegisters) return ApiProblems.Forbidden();
        if (await Check(input, null, db, ct) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        var group = new Group();
        input.ApplyTo(group);
        db.Groups.Add(group);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/groups/{group.Id}", await db.Groups.Where(g => g.Id == group.Id).Items().FirstAsync(ct));
    }

    private static async Task<Results<Ok<GroupItem>, ValidationProblem, ProblemHttpResult>> Update(
        int id, GroupInput input, AppDbContext db, StructureRights rights, HttpContext http, CancellationToken ct)
    {
        var group = await db.Groups.FirstOrDefaultAsync(g => g.Id == id, ct);
        if (group is null) return ApiProblems.NotFound();
        if (!await rights.CanManageGroupAsync(id, ct)) return ApiProblems.Forbidden();
        if (await Check(input, id, db, ct) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        if (PlacementErrors(group, input, rights) is { Count: > 0 } placement) return ApiProblems.Validation(placement);
        if (http.ClientVersion(input.Version) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(group, version);
        input.ApplyTo(group);
        await db.SaveChangesAsync(ct);
        http.SetETag(group.Version);
        return TypedResults.Ok(await db.Groups.Where(g => g.Id == id).Items().FirstAsync(ct));
    }

    /// <summary>A convener may describe the group; only an administrator may move it in the hierarchy.</summary>
    public static Dictionary<string, string[]> PlacementErrors(Group group, GroupInput input, StructureRights rights)
    {
        var errors = new Dictionary<string, string[]>();
        if (rights.CanManageRegisters) return errors;
        const string message = "Bara en administratör kan flytta gruppen till ett annat område, en annan nivå eller under en annan grupp.";
        if (input.AreaId != group.AreaId) errors["areaId"] = [message];
        if (input.Level != group.Level) errors["level"] = [message];
        if ((input.ParentId is > 0 ? input.ParentId : null) != group.ParentId) errors["parentId"] = [message];
        return errors;
    }

    public static async Task<Dictionary<string, string[]>> Check(GroupInput input, int? id, AppDbContext db, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input);
        if (!errors.ContainsKey("areaId") && !await db.Areas.AnyAsync(a => a.Id == input.AreaId && a.RetiredAt == null, ct))
            errors["areaId"] = ["Samverkansområdet finns inte eller är avslutat."];
        if (errors.ContainsKey("areaId") || errors.ContainsKey("level")) return errors;

        var nodes = await db.Groups.AsNoTracking()
            .Where(g => g.AreaId == input.AreaId || g.Id == input.ParentId)
            .Select(g => new GroupHierarchy.Node(g.Id, g.ParentId, g.AreaId, g.Level))
            .ToListAsync(ct);
        var parentId = input.ParentId is > 0 ? input.ParentId : null;
        if (GroupHierarchy.CheckParent(id, input.AreaId!.Value, input.Level!.Value, parentId, nodes) is { } reason)
            errors["parentId"] = [reason];

        var name = input.Name?.Trim();
        if (!errors.ContainsKey("name") && await db.Groups.AnyAsync(g => g.Name == name && g.AreaId == input.AreaId && g.Id != id, ct))
            errors["name"] = ["Det finns redan en grupp med det namnet i samverkansområdet."];
        return errors;
    }
}
