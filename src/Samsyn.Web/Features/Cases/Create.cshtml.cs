using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;

namespace Samsyn.Web.Features.Cases;

/// <summary>
/// Raising a case with a group, usually the management group of the raiser's area: what the question
/// is, how urgent, and which organisations it concerns. The raiser acts for an organisation of the area.
/// </summary>
public sealed class CreateModel(AppDbContext db, CaseRights rights, StructureRights structure, CaseOperations operations) : PageModel
{
    public static readonly string[] FieldOrder =
        ["Input.GroupId", "Input.OrganisationId", "Input.Title", "Input.Description", "Input.Urgency", "Input.AffectedOrganisationIds"];

    [BindProperty(SupportsGet = true, Name = "grupp")] public int? GroupId { get; set; }
    [BindProperty(SupportsGet = true, Name = "omrade")] public int? AreaId { get; set; }
    [BindProperty] public CaseInput Input { get; set; } = new();

    /// <summary>The areas where the user may raise a case (acting for an organisation there, or convening a group).</summary>
    public List<SelectListItem> Areas { get; private set; } = [];
    public string AreaName { get; private set; } = "";
    public List<SelectListItem> Groups { get; private set; } = [];

    /// <summary>The organisations of the area the user acts for.</summary>
    public List<SelectListItem> OwnOrganisations { get; private set; } = [];
    public List<SelectListItem> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(GroupId, ct);
        if (Groups.Count == 0) return Page();
        Input = new CaseInput
        {
            GroupId = GroupId is int g && Groups.Any(x => x.Value == CasePages.Id(g)) ? g : await DefaultGroupAsync(ct),
            Urgency = CaseUrgency.Normal,
            OrganisationId = OwnOrganisations.Count == 1 ? int.Parse(OwnOrganisations[0].Value, CultureInfo.InvariantCulture) : null,
        };
        if (Input.OrganisationId is int own) Input.AffectedOrganisationIds = [own];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var result = await operations.RaiseAsync(Input, ct);
        if (this.Refusal(result) is { } refusal) return refusal;
        if (result.Outcome == Outcome.Invalid)
        {
            ModelState.AddErrors(result.Errors.ToDictionary());
            ViewData["FieldOrder"] = FieldOrder;
            await LoadAsync(Input.GroupId ?? GroupId, ct);
            return Page();
        }
        var raised = result.Value!;
        var group = await db.Groups.AsNoTracking().Where(g => g.Id == raised.GroupId).Select(g => g.Name).FirstAsync(ct);
        TempData["Message"] = $"Ärendet är väckt hos {group}. Gruppens sammankallande har fått en notis.";
        return Redirect(CasePages.CaseLink(raised.Id));
    }

    private async Task LoadAsync(int? groupId, CancellationToken ct)
    {
        var areas = await CandidateAreasAsync(ct);
        Areas = [.. areas.Select(a => new SelectListItem(a.Name, CasePages.Id(a.Id)))];
        if (areas.Count == 0) return;
        var groupArea = groupId is int g ? await db.Groups.AsNoTracking().Where(x => x.Id == g).Select(x => (int?)x.AreaId).FirstOrDefaultAsync(ct) : null;
        var wanted = areas.FindIndex(a => a.Id == (groupArea ?? AreaId));
        var area = areas[wanted < 0 ? 0 : wanted];
        (AreaId, AreaName) = (area.Id, area.Name);
        foreach (var item in Areas) item.Selected = item.Value == CasePages.Id(area.Id);
        Groups = await CasePages.GroupsOfAreaAsync(db, area.Id, [], ct);
        var own = await rights.OrganisationsInAreaAsync(area.Id, ct);
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.AreaId == area.Id && o.RetiredAt == null)
            .Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var ordered = organisations.OrderBy(o => o.Name, StringComparer.Create(SwedishTime.Culture, false)).ToList();
        Organisations = [.. ordered.Select(o => new SelectListItem(o.Name, CasePages.Id(o.Id)))];
        OwnOrganisations = [.. ordered.Where(o => own.Contains(o.Id)).Select(o => new SelectListItem(o.Name, CasePages.Id(o.Id)))];
    }

    /// <summary>Areas where the user acts for an organisation or convenes a group; every area for an administrator.</summary>
    private async Task<List<(int Id, string Name)>> CandidateAreasAsync(CancellationToken ct)
    {
        var all = await db.Areas.AsNoTracking().Where(a => a.RetiredAt == null).Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        HashSet<int> allowed;
        if (rights.IsAdministrator) allowed = [.. all.Select(a => a.Id)];
        else
        {
            var own = await structure.OwnOrganisationIdsAsync(ct);
            allowed = [.. await db.Organisations.Where(o => own.Contains(o.Id)).Select(o => o.AreaId).ToListAsync(ct)];
            if (rights.PersonId is int me)
                allowed.UnionWith(await db.Memberships.Where(m => m.PersonId == me && m.Role == MemberRole.Convener && m.RetiredAt == null)
                    .Select(m => m.Group.AreaId).ToListAsync(ct));
        }
        return [.. all.Where(a => allowed.Contains(a.Id)).OrderBy(a => a.Name, StringComparer.Create(SwedishTime.Culture, false)).Select(a => (a.Id, a.Name))];
    }

    /// <summary>The area's management group, where cases are usually raised; else the first group.</summary>
    private async Task<int?> DefaultGroupAsync(CancellationToken ct) =>
        await db.Groups.AsNoTracking().Where(g => g.AreaId == AreaId && g.RetiredAt == null && g.Level == GroupLevel.Management)
            .OrderBy(g => g.Id).Select(g => (int?)g.Id).FirstOrDefaultAsync(ct)
        ?? (Groups.Count > 0 ? int.Parse(Groups[0].Value, CultureInfo.InvariantCulture) : null);
}
