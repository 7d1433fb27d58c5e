using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Documents;

/// <summary>One version as it was approved (or the draft, for those who write or approve it); earlier versions stay readable.</summary>
public sealed class VersionModel(AppDbContext db, DocumentRights rights) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [FromRoute] public int Number { get; set; }
    public string Title { get; private set; } = "";
    public VersionView Version { get; private set; } = null!;
    public int? CurrentNumber { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var groups = await DocumentApi.GroupsAsync(db, Id, ct);
        var version = groups is null ? null : await db.DocumentVersions.AsNoTracking().FirstOrDefaultAsync(v => v.DocumentId == Id && v.Number == Number, ct);
        if (version is null) return NotFound();
        if (!await rights.MayReadAsync(groups!, ct)) return Forbid();
        if (!version.IsApproved && !await rights.MayEditAsync(groups!, ct) && !await rights.MayApproveAsync(groups!, ct)) return NotFound();
        Title = await db.GoverningDocuments.Where(d => d.Id == Id).Select(d => d.Title).FirstAsync(ct);
        CurrentNumber = await db.DocumentVersions.Where(v => v.DocumentId == Id && v.ApprovedOn != null).MaxAsync(v => (int?)v.Number, ct);
        Version = await DocumentViews.VersionAsync(db, Id, version, null, ct);
        return Page();
    }
}
