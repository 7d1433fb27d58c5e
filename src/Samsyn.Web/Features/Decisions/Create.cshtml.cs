using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Documents;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Decisions;

/// <summary>Registers a decision a group took outside a meeting (as POST /api/v1/decisions); decisions at meetings are written in the minutes.</summary>
public sealed class CreateModel(AppDbContext db, DocumentRights rights) : PageModel
{
    [BindProperty] public DecisionInput Input { get; set; } = new();
    public List<SelectListItem> Groups { get; private set; } = [];
    public List<SelectListItem> Types { get; } = MeetingChoices.DecisionTypes();
    public List<SelectListItem> Documents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "grupp")] int? groupId, [FromQuery(Name = "dokument")] int? documentId, CancellationToken ct)
    {
        if (!await rights.ConvenesAnyGroupAsync(ct)) return Forbid();
        Input = new DecisionInput { GroupId = groupId, DecidedOn = DocumentText.Today(db.Clock), Type = DecisionType.Decision, DocumentIds = documentId is int d ? [d] : [] };
        await ChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await rights.ConvenesAnyGroupAsync(ct)) return Forbid();
        var errors = await DecisionOperations.CheckAsync(db, Input, ct);
        if (Input.GroupId is int groupId && !errors.ContainsKey("groupId") && !await rights.MayDecideForAsync(groupId, ct))
            errors["groupId"] = ["Du kan bara registrera beslut för grupper där du är sammankallande."];
        if (DocumentPages.ShowErrors(ModelState, ViewData, errors, "Input.GroupId", "Input.DecidedOn", "Input.Text", "Input.Type", "Input.DocumentIds"))
        {
            await ChoicesAsync(ct);
            return Page();
        }
        var decision = DecisionOperations.RecordOutsideMeeting(db, Input.GroupId!.Value, Input.DecidedOn!.Value, Input.Text!, Input.Type ?? DecisionType.Decision, Input.DocumentIds ?? []);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = "Beslutet är registrerat.";
        return Redirect(DecisionRegister.Link(decision.Id));
    }

    private async Task ChoicesAsync(CancellationToken ct)
    {
        Groups = await DocumentPages.GroupsAsync(db, await rights.ConvenedGroupIdsAsync(ct), null, ct);
        var documents = await (await rights.ReadableAsync(ct)).Select(d => new { d.Id, d.Title, Area = d.Area.ShortName }).ToListAsync(ct);
        Documents = [.. documents.OrderBy(d => d.Area, StringComparer.Ordinal).ThenBy(d => d.Title, StringComparer.Ordinal)
            .Select(d => new SelectListItem($"{d.Title} ({d.Area})", DocumentPages.Id(d.Id)))];
    }
}
