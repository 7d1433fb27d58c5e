using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure.People;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Structure.Organisations;

public sealed class DetailsModel(AppDbContext db, StructureRights rights) : PageModel
{
    /// <summary>A seat in a group held on behalf of this organisation.</summary>
    public sealed record Representation(int GroupId, string GroupName, int PersonId, string PersonName, MemberRole Role);

    public OrganisationItem Organisation { get; private set; } = null!;
    public List<PersonItem> People { get; private set; } = [];
    public List<Representation> Representations { get; private set; } = [];
    public bool CanManage => rights.CanManageRegisters;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var organisation = await db.Organisations.Where(o => o.Id == id).Items().FirstOrDefaultAsync(ct);
        if (organisation is null) return NotFound();
        Organisation = organisation;
        People = await db.People.Where(p => p.OrganisationId == id && p.RetiredAt == null).OrderBy(p => p.Name).Items().ToListAsync(ct);
        Representations = await db.Memberships.AsNoTracking()
            .Where(m => m.OrganisationId == id && m.RetiredAt == null && m.Group.RetiredAt == null)
            .OrderBy(m => m.Group.Name).ThenBy(m => m.Person.Name)
            .Select(m => new Representation(m.GroupId, m.Group.Name, m.PersonId, m.Person.Name, m.Role))
            .ToListAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostRetireAsync(int id, int version, CancellationToken ct) =>
        this.ChangeRetirementAsync<Organisation>(db, id, version, rights.CanManageRegisters, retire: true, ct);

    public Task<IActionResult> OnPostReinstateAsync(int id, int version, CancellationToken ct) =>
        this.ChangeRetirementAsync<Organisation>(db, id, version, rights.CanManageRegisters, retire: false, ct);
}
