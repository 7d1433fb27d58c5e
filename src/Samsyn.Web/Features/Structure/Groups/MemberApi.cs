using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Structure.Groups;

public sealed record SubstituteItem(int PersonId, string Name, string Email, int Order);

public sealed record MemberItem(
    int Id, int GroupId, int PersonId, string PersonName, string PersonEmail, string? PersonTitle,
    int? OrganisationId, string? OrganisationName, MemberRole Role, IReadOnlyList<SubstituteItem> Substitutes, bool Retired, int Version);

public sealed class MemberInput
{
    [Display(Name = "Person"), Chosen]
    public int? PersonId { get; set; }

    [Display(Name = "Representerar")]
    public int? OrganisationId { get; set; }

    [Display(Name = "Roll"), Chosen]
    public MemberRole? Role { get; set; }

    /// <summary>Named substitutes in order of precedence; a JSON null means none (it used to end in a 500).</summary>
    [Display(Name = "Ersättare")]
    public List<int> SubstituteIds { get; set => field = value ?? []; } = [];

    public int? Version { get; set; }

    public static MemberInput From(Membership m) => new()
    {
        PersonId = m.PersonId, OrganisationId = m.OrganisationId, Role = m.Role,
        SubstituteIds = [.. m.Substitutes.OrderBy(s => s.Order).Select(s => s.PersonId)], Version = m.Version,
    };
}

public static class MemberApi
{
    public static IQueryable<MemberItem> MemberItems(this IQueryable<Membership> memberships) =>
        memberships.AsNoTracking().Select(m => new MemberItem(
            m.Id, m.GroupId, m.PersonId, m.Person.Name, m.Person.Email, m.Person.Title,
            m.OrganisationId, m.Organisation != null ? m.Organisation.Name : null, m.Role,
            m.Substitutes.OrderBy(s => s.Order).Select(s => new SubstituteItem(s.PersonId, s.Person.Name, s.Person.Email, s.Order)).ToList(),
            m.RetiredAt != null, m.Version));

    /// <summary>Members in the order a meeting lists them: chair and convener first, then by organisation.</summary>
    public static IQueryable<Membership> InRosterOrder(this IQueryable<Membership> memberships) =>
        memberships
            .OrderBy(m => m.Role == MemberRole.Chair ? 0 : m.Role == MemberRole.Convener ? 1 : m.Role == MemberRole.Secretary ? 3 : 2)
            .ThenBy(m => m.Organisation != null ? m.Organisation.Name : "")
            .ThenBy(m => m.Person.Name);

    public static void MapMemberApi(this RouteGroupBuilder groups)
    {
        var members = groups.MapGroup("/{groupId:int}/members").WithTags("Grupper");
        members.MapGet("/", List).WithName("ListMembers").WithSummary("Gruppens ledamöter med organisation, roll och ersättare");
        members.MapGet("/{id:int}", Get).WithName("GetMember").WithSummary("Hämta ett medlemskap");
        members.MapPost("/", Create).WithName("AddMember").WithSummary("Lägg till en ledamot (administratör eller sammankallande)");
        members.MapPut("/{id:int}", Update).WithName("UpdateMember").WithSummary("Ändra roll, organisation eller ersättare");
        members.MapRetirement<Membership>("ett medlemskap",
            (sp, id, ct) => GroupOfMembershipAllowsAsync(sp, id, ct),
            (http, m) => http.GetRouteValue("groupId")?.ToString() == m.GroupId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<bool> GroupOfMembershipAllowsAsync(IServiceProvider services, int membershipId, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var groupId = await db.Memberships.Where(m => m.Id == membershipId).Select(m => m.GroupId).FirstAsync(ct);
        return await services.GetRequiredService<StructureRights>().CanManageGroupAsync(groupId, ct);
    }

    private static async Task<Results<Ok<PagedList<MemberItem>>, ValidationProblem, ProblemHttpResult>> List(
        int groupId, AppDbContext db, int? page, int? pageSize, bool? includeRetired, CancellationToken ct)
    {
        if (Paging.Check(page, pageSize) is { } errors) return ApiProblems.Validation(errors);
        if (!await db.Groups.AnyAsync(g => g.Id == groupId, ct)) return ApiProblems.NotFound();
        var query = db.Memberships
            .Where(m => m.GroupId == groupId && (includeRetired == true || m.RetiredAt == null))
            .InRosterOrder().MemberItems();
        return TypedResults.Ok(await query.ToPagedListAsync(page, pageSize, ct));
    }

    private static async Task<Results<Ok<MemberItem>, ProblemHttpResult>> Get(int groupId, int id, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var item = await db.Memberships.Where(m => m.Id == id && m.GroupId == groupId).MemberItems().FirstOrDefaultAsync(ct);
        if (item is null) return ApiProblems.NotFound();
        http.SetETag(item.Version);
        return TypedResults.Ok(item);
    }

    private static async Task<Results<Created<MemberItem>, ValidationProblem, ProblemHttpResult>> Create(
        int groupId, MemberInput input, AppDbContext db, StructureRights rights, CancellationToken ct)
    {
        if (!await db.Groups.AnyAsync(g => g.Id == groupId, ct)) return ApiProblems.NotFound();
        if (!await rights.CanManageGroupAsync(groupId, ct)) return ApiProblems.Forbidden();
        if (await Check(groupId, input, null, db, ct) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        var membership = new Membership { GroupId = groupId };
        Apply(input, membership);
        db.Memberships.Add(membership);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/groups/{groupId}/members/{membership.Id}",
            await db.Memberships.Where(m => m.Id == membership.Id).MemberItems().FirstAsync(ct));
    }

    private static async Task<Results<Ok<MemberItem>, ValidationProblem, ProblemHttpResult>> Update(
        int groupId, int id, MemberInput input, AppDbContext db, StructureRights rights, HttpContext http, CancellationToken ct)
    {
        var membership = await db.Memberships.Include(m => m.Substitutes).FirstOrDefaultAsync(m => m.Id == id && m.GroupId == groupId, ct);
        if (membership is null) return ApiProblems.NotFound();
        if (!await rights.CanManageGroupAsync(groupId, ct)) return ApiProblems.Forbidden();
        if (await Check(groupId, input, id, db, ct) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        if (http.ClientVersion(input.Version) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(membership, version);
        Apply(input, membership);
        // Substitutes live in their own rows; the membership's version still moves with them.
        db.Entry(membership).Property(m => m.Version).IsModified = true;
        await db.SaveChangesAsync(ct);
        http.SetETag(membership.Version);
        return TypedResults.Ok(await db.Memberships.Where(m => m.Id == id).MemberItems().FirstAsync(ct));
    }

    public static void Apply(MemberInput input, Membership membership)
    {
        membership.PersonId = input.PersonId!.Value;
        membership.OrganisationId = input.OrganisationId is > 0 ? input.OrganisationId : null;
        membership.Role = input.Role!.Value;
        membership.SetSubstitutes(input.SubstituteIds);
    }

    public static async Task<Dictionary<string, string[]>> Check(int groupId, MemberInput input, int? id, AppDbContext db, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input);
        if (!errors.ContainsKey("personId"))
        {
            if (!await db.People.AnyAsync(p => p.Id == input.PersonId && p.RetiredAt == null, ct))
                errors["personId"] = ["Personen finns inte eller är avslutad."];
            else if (await db.Memberships.AnyAsync(m => m.GroupId == groupId && m.PersonId == input.PersonId && m.RetiredAt == null && m.Id != id, ct))
                errors["personId"] = ["Personen är redan ledamot i gruppen."];
        }
        if (input.OrganisationId is > 0 && !await db.Organisations.AnyAsync(o => o.Id == input.OrganisationId && o.RetiredAt == null, ct))
            errors["organisationId"] = ["Organisationen finns inte eller är avslutad."];

        var substitutes = input.SubstituteIds;
        if (substitutes.Count != substitutes.Distinct().Count())
            errors["substituteIds"] = ["Samma ersättare är angiven mer än en gång."];
        else if (substitutes.Contains(input.PersonId ?? 0))
            errors["substituteIds"] = ["En ledamot kan inte vara sin egen ersättare."];
        else if (substitutes.Count > 0 && await db.People.CountAsync(p => substitutes.Contains(p.Id) && p.RetiredAt == null, ct) != substitutes.Count)
            errors["substituteIds"] = ["En eller flera ersättare finns inte eller är avslutade."];
        return errors;
    }
}
