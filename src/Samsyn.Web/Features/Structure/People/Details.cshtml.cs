using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Structure.People;

public sealed class DetailsModel(AppDbContext db, StructureRights rights) : PageModel
{
    /// <summary>The person's own seat in a group.</summary>
    public sealed record Seat(int GroupId, string GroupName, MemberRole Role, int? OrganisationId, string? OrganisationName);

    /// <summary>A seat where the person is a named substitute (ersättare) for the member.</summary>
    public sealed record StandIn(int GroupId, string GroupName, int MemberId, string MemberName, MemberRole Role);

    public PersonItem Person { get; private set; } = null!;
    public List<Seat> Seats { get; private set; } = [];
    public List<StandIn> StandIns { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool CanRetire => rights.CanCreatePeople;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var person = await db.People.Where(p => p.Id == id).Items().FirstOrDefaultAsync(ct);
        if (person is null) return NotFound();
        Person = person;
        CanEdit = rights.CanEditPerson(id);
        var active = db.Memberships.AsNoTracking().Where(m => m.RetiredAt == null && m.Group.RetiredAt == null);
        Seats = await active.Where(m => m.PersonId == id)
            .OrderBy(m => m.Group.Name)
            .Select(m => new Seat(m.GroupId, m.Group.Name, m.Role, m.OrganisationId, m.Organisation != null ? m.Organisation.Name : null))
            .ToListAsync(ct);
        StandIns = await active.Where(m => m.Substitutes.Any(s => s.PersonId == id))
            .OrderBy(m => m.Group.Name).ThenBy(m => m.Person.Name)
            .Select(m => new StandIn(m.GroupId, m.Group.Name, m.PersonId, m.Person.Name, m.Role))
            .ToListAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostRetireAsync(int id, int version, CancellationToken ct) =>
        this.ChangeRetirementAsync<Person>(db, id, version, rights.CanCreatePeople, retire: true, ct);

    public Task<IActionResult> OnPostReinstateAsync(int id, int version, CancellationToken ct) =>
        this.ChangeRetirementAsync<Person>(db, id, version, rights.CanCreatePeople, retire: false, ct);
}
