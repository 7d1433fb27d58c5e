using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Documents;

/// <summary>Registers a governing document with its header and the first draft's text; files are added to the draft afterwards.</summary>
public sealed class CreateModel(AppDbContext db, DocumentRights rights) : PageModel
{
    public static readonly string[] FieldOrder =
    [
        "Input.Type", "Input.Title", "Input.PreparedBy", "Input.PreparedByGroupId", "Input.ApprovingGroupId", "Input.OwnerGroupId",
        "Input.IssuedOn", "Input.ValidFrom", "Input.ValidTo", "Input.ReviewIntervalMonths", "Input.NextRevisionDue", "Input.Content",
    ];

    [BindProperty] public DocumentInput Input { get; set; } = new();
    public List<SelectListItem> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "typ")] string? type, CancellationToken ct)
    {
        if (!await rights.ConvenesAnyGroupAsync(ct)) return Forbid();
        if (Infrastructure.Api.QueryNames.TryParse<DocumentType>(type, out var chosen)) Input.Type = chosen;
        Input.IssuedOn = DocumentText.Today(db.Clock);
        Input.ReviewIntervalMonths = 24;
        Groups = await DocumentPages.GroupsAsync(db, null, null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await rights.ConvenesAnyGroupAsync(ct)) return Forbid();
        var (errors, header) = await DocumentChecks.CheckHeaderAsync(db, Input, ct);
        var content = DocumentChecks.CheckContent(Input.Content, errors);
        if (header is not null && !await rights.MayEditAsync(new DocumentGroups(header.IsInternal, header.ApprovingGroupId, header.OwnerGroupId, header.PreparedByGroupId), ct))
            errors["approvingGroupId"] = ["Du är inte sammankallande i någon av dokumentets grupper. Välj en grupp där du är sammankallande som godkännande, ägande eller upprättande grupp."];
        if (DocumentPages.ShowErrors(ModelState, ViewData, errors, FieldOrder))
        {
            Groups = await DocumentPages.GroupsAsync(db, null, null, ct);
            return Page();
        }
        var document = await DocumentOperations.CreateAsync(db, header!, content, await rights.DisplayNameAsync(ct), ct);
        TempData["Message"] = content.WasChanged
            ? $"Styrdokumentet är registrerat med ett första utkast. Otillåten formatering togs bort ur texten ({string.Join(", ", content.Removed)})."
            : "Styrdokumentet är registrerat med ett första utkast.";
        return Redirect(DocumentViews.Link(document.Id));
    }
}
