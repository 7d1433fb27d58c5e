using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samsyn.Web.Features.Exemptions;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Documents;

/// <summary>
/// A governing document as people read it: a clear banner for each active exemption, the header block as in the seed
/// documents, the version in force, its files, the versions before it, and the decisions and exemptions that concern it.
/// </summary>
public sealed class DetailsModel(AppDbContext db, DocumentRights rights) : PageModel
{
    [FromRoute] public int Id { get; set; }
    public DocumentDetails Details { get; private set; } = null!;
    public DocumentSummary Summary => Details.Summary;
    public bool MayEdit { get; private set; }
    public bool MayApprove { get; private set; }
    public bool MayGrantExemption { get; private set; }
    public bool Exemptable => ExemptionRules.ExemptableTypes.Contains(Summary.Type);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var groups = await DocumentApi.GroupsAsync(db, Id, ct);
        if (groups is null) return NotFound();
        if (!await rights.MayReadAsync(groups, ct)) return Forbid();
        MayEdit = await rights.MayEditAsync(groups, ct);
        MayApprove = await rights.MayApproveAsync(groups, ct);
        Details = (await DocumentViews.DetailsAsync(db, Id, MayEdit || MayApprove, ct))!;
        MayGrantExemption = Exemptable && Details.Current is not null && await rights.ConvenesAnyGroupAsync(ct);
        return Page();
    }
}
