using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Documents;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Exemptions;

/// <summary>
/// Grants a temporary exemption from a guideline or routine (as POST /api/v1/exemptions): what, why, for which
/// organisations, from and to which day, by which decision, or by one registered now outside a meeting.
/// </summary>
public sealed class CreateModel(AppDbContext db, DocumentRights rights) : PageModel
{
    public static readonly string[] FieldOrder =
        ["Input.DocumentId", "Input.DecisionId", "Input.GroupId", "Input.Description", "Input.Reason", "Input.OrganisationIds", "Input.ValidFrom", "Input.ValidTo"];

    [BindProperty] public ExemptionInput Input { get; set; } = new();
    public List<SelectListItem> Documents { get; private set; } = [];
    public string? DocumentTitle { get; private set; }
    public int? DocumentVersion { get; private set; }
    public List<SelectListItem> Decisions { get; private set; } = [];
    public List<SelectListItem> Groups { get; private set; } = [];
    public List<SelectListItem> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "dokument")] int? documentId, [FromQuery(Name = "beslut")] int? decisionId, CancellationToken ct)
    {
        if (!await rights.ConvenesAnyGroupAsync(ct)) return Forbid();
        var today = DocumentText.Today(db.Clock);
        Input = new ExemptionInput { DocumentId = documentId, DecisionId = decisionId, ValidFrom = today, ValidTo = today.AddDays(30) };
        await ChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await rights.ConvenesAnyGroupAsync(ct)) return Forbid();
        var (errors, plan) = await ExemptionOperations.CheckAsync(db, Input, ct);
        if (plan is not null && !await rights.MayDecideForAsync(plan.DecidingGroupId, ct))
            errors[Input.DecisionId is null ? "groupId" : "decisionId"] = ["Du kan bara registrera avsteg som beslutas av en grupp där du är sammankallande."];
        if (DocumentPages.ShowErrors(ModelState, ViewData, errors, FieldOrder))
        {
            await ChoicesAsync(ct);
            return Page();
        }
        var exemption = await ExemptionOperations.GrantAsync(db, plan!, Input, rights.PersonId, await rights.DisplayNameAsync(ct), ct);
        TempData["Message"] = $"Avsteget är beviljat och gäller {ExemptionNotifications.Window(exemption)}. De berörda organisationerna har fått en notis.";
        return Redirect(ExemptionQueries.Link(exemption.Id));
    }

    private async Task ChoicesAsync(CancellationToken ct)
    {
        var readable = await rights.ReadableAsync(ct);
        var documents = await readable.Where(d => (d.Type == DocumentType.Guideline || d.Type == DocumentType.Routine || d.Type == DocumentType.Agreement) && d.Versions.Any(v => v.ApprovedOn != null))
            .Select(d => new { d.Id, d.Title, d.AreaId, d.OwnerGroupId, d.ApprovingGroupId, Area = d.Area.ShortName }).ToListAsync(ct);
        Documents = [.. documents.OrderBy(d => d.Area, StringComparer.Ordinal).ThenBy(d => d.Title, StringComparer.Ordinal)
            .Select(d => new SelectListItem($"{d.Title} ({d.Area})", DocumentPages.Id(d.Id)))];
        var chosen = documents.FirstOrDefault(d => d.Id == Input.DocumentId);
        if (chosen is null) return;
        DocumentTitle = chosen.Title;
        DocumentVersion = await db.DocumentVersions.Where(v => v.DocumentId == chosen.Id && v.ApprovedOn != null).MaxAsync(v => (int?)v.Number, ct);
        var convened = (await rights.ConvenedGroupIdsAsync(ct)).ToHashSet();
        var inArea = await db.Groups.Where(g => g.AreaId == chosen.AreaId && g.RetiredAt == null).Select(g => g.Id).ToListAsync(ct);
        convened.IntersectWith(inArea);
        Groups = await DocumentPages.GroupsAsync(db, convened, chosen.AreaId, ct);
        Input.GroupId ??= new[] { chosen.OwnerGroupId, chosen.ApprovingGroupId }.FirstOrDefault(g => g is int id && convened.Contains(id));
        Decisions = await DocumentPages.DecisionsAsync(db, convened, ct);
        Organisations = [.. (await db.Organisations.AsNoTracking().Where(o => o.AreaId == chosen.AreaId && o.RetiredAt == null)
                .Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            .OrderBy(o => o.Name, StringComparer.Create(Infrastructure.SwedishTime.Culture, false)).Select(o => new SelectListItem(o.Name, DocumentPages.Id(o.Id)))];
    }
}
