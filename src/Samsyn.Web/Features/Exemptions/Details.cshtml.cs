using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samsyn.Web.Features.Documents;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Exemptions;

/// <summary>One exemption: what, for whom, when, by which decision, and every step of its history.</summary>
public sealed class DetailsModel(AppDbContext db, DocumentRights rights) : PageModel
{
    [Microsoft.AspNetCore.Mvc.FromRoute] public int Id { get; set; }
    public ExemptionDetails Exemption { get; private set; } = null!;
    public bool MayChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var details = await ExemptionQueries.DetailsAsync(db, Id, DocumentText.Today(db.Clock), ct);
        if (details is null) return NotFound();
        var groups = await DocumentApi.GroupsAsync(db, details.Summary.DocumentId, ct);
        if (!await rights.MayReadAsync(groups!, ct)) return Forbid();
        Exemption = details;
        MayChange = await rights.MayDecideForAsync(details.Decision.GroupId, ct);
        return Page();
    }
}
