using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Privacy;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Structure.People;

public sealed record PersonItem(
    int Id, string Name, string Email, string? Title, string? Phone, int? OrganisationId, string? OrganisationName, bool Retired, int Version);

public sealed class PersonInput
{
    [Display(Name = "Namn"), Mandatory, MaxChars(200), NoPersonalIdentityNumber]
    public string? Name { get; set; }

    [Display(Name = "E-postadress"), Mandatory, MaxChars(256), Email]
    public string? Email { get; set; }

    [Display(Name = "Befattning"), MaxChars(200), NoPersonalIdentityNumber]
    public string? Title { get; set; }

    [Display(Name = "Telefon"), MaxChars(40), NoPersonalIdentityNumber, RegularExpression(@"^[0-9+\-() ]*$", ErrorMessage = "Ange telefonnumret med siffror, mellanslag, bindestreck eller +.")]
    public string? Phone { get; set; }

    [Display(Name = "Arbetar vid")]
    public int? OrganisationId { get; set; }

    public int? Version { get; set; }

    public void ApplyTo(Person person)
    {
        person.Name = Name!.Trim();
        person.Email = Email!.Trim().ToLowerInvariant();
        person.Title = string.IsNullOrWhiteSpace(Title) ? null : Title.Trim();
        person.Phone = string.IsNullOrWhiteSpace(Phone) ? null : Phone.Trim();
        person.OrganisationId = OrganisationId is > 0 ? OrganisationId : null;
    }

    public static PersonInput From(Person p) => new()
    {
        Name = p.Name, Email = p.Email, Title = p.Title, Phone = p.Phone, OrganisationId = p.OrganisationId, Version = p.Version,
    };
}

public static class PersonApi
{
    public static IQueryable<PersonItem> Items(this IQueryable<Person> people) =>
        people.AsNoTracking().Select(p => new PersonItem(
            p.Id, p.Name, p.Email, p.Title, p.Phone, p.OrganisationId, p.Organisation != null ? p.Organisation.Name : null, p.RetiredAt != null, p.Version));

    /// <summary>People whose name or email contains <paramref name="search"/>, ignoring case on every database.</summary>
    public static IQueryable<Person> Matching(this IQueryable<Person> people, string? search)
    {
        if (string.IsNullOrWhiteSpace(search)) return people;
        var term = $"%{search.Trim().ToLowerInvariant()}%";
        // Translated to SQL lower(); no culture is involved on the client.
#pragma warning disable CA1304, CA1311
        return people.Where(p => EF.Functions.Like(p.Name.ToLower(), term) || EF.Functions.Like(p.Email, term));
#pragma warning restore CA1304, CA1311
    }

    public static RouteGroupBuilder MapPersonApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/people").WithTags("Personer");
        group.MapGet("/", List).WithName("ListPeople").WithSummary("Lista personer, valfritt med sökning på namn eller e-post");
        group.MapGet("/{id:int}", Get).WithName("GetPerson").WithSummary("Hämta en person");
        group.MapPost("/", Create).WithName("CreatePerson").WithSummary("Registrera en person (administratör eller processledare)");
        group.MapPut("/{id:int}", Update).WithName("UpdatePerson").WithSummary("Ändra en person (administratör, processledare eller personen själv)");
        group.MapRetirement<Person>("en person",
            (sp, _, _) => Task.FromResult(sp.GetRequiredService<StructureRights>().CanCreatePeople));
        return group;
    }

    private static async Task<Results<Ok<PagedList<PersonItem>>, ValidationProblem>> List(
        AppDbContext db, int? page, int? pageSize, string? search, int? organisationId, bool? includeRetired, CancellationToken ct)
    {
        if (Paging.Check(page, pageSize) is { } errors) return ApiProblems.Validation(errors);
        var query = db.People
            .Where(p => includeRetired == true || p.RetiredAt == null)
            .Where(p => organisationId == null || p.OrganisationId == organisationId)
            .Matching(search);
        return TypedResults.Ok(await query.OrderBy(p => p.Name).Items().ToPagedListAsync(page, pageSize, ct));
    }

    private static async Task<Results<Ok<PersonItem>, ProblemHttpResult>> Get(int id, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var item = await db.People.Where(p => p.Id == id).Items().FirstOrDefaultAsync(ct);
        if (item is null) return ApiProblems.NotFound();
        http.SetETag(item.Version);
        return TypedResults.Ok(item);
    }

    private static async Task<Results<Created<PersonItem>, ValidationProblem, ProblemHttpResult>> Create(
        PersonInput input, AppDbContext db, StructureRights rights, CancellationToken ct)
    {
        if (!rights.CanCreatePeople) return ApiProblems.Forbidden();
        if (await Check(input, null, db, ct) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        var person = new Person();
        input.ApplyTo(person);
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/people/{person.Id}", await db.People.Where(p => p.Id == person.Id).Items().FirstAsync(ct));
    }

    private static async Task<Results<Ok<PersonItem>, ValidationProblem, ProblemHttpResult>> Update(
        int id, PersonInput input, AppDbContext db, StructureRights rights, HttpContext http, CancellationToken ct)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return ApiProblems.NotFound();
        if (!rights.CanEditPerson(id)) return ApiProblems.Forbidden();
        if (await Check(input, id, db, ct) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        if (http.ClientVersion(input.Version) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(person, version);
        input.ApplyTo(person);
        await db.SaveChangesAsync(ct);
        http.SetETag(person.Version);
        return TypedResults.Ok(await db.People.Where(p => p.Id == id).Items().FirstAsync(ct));
    }

    public static async Task<Dictionary<string, string[]>> Check(PersonInput input, int? id, AppDbContext db, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input);
        if (input.OrganisationId is > 0 && !await db.Organisations.AnyAsync(o => o.Id == input.OrganisationId, ct))
            errors["organisationId"] = ["Organisationen finns inte."];
        var email = input.Email?.Trim().ToLowerInvariant();
        if (!errors.ContainsKey("email") && await db.People.AnyAsync(p => p.Email == email && p.Id != id, ct))
            errors["email"] = ["Det finns redan en person med den e-postadressen."];
        return errors;
    }
}
