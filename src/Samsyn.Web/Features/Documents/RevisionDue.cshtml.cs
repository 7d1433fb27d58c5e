using Microsoft.AspNetCore.Mvc.RazorPages;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Documents;

/// <summary>The documents whose revision is overdue or due soon, the most urgent first.</summary>
public sealed class RevisionDueModel(AppDbContext db, DocumentRights rights) : PageModel
{
    public List<DocumentSummary> Overdue { get; private set; } = [];
    public List<DocumentSummary> Soon { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var due = await DocumentApi.DueAsync(db, await rights.ReadableAsync(ct), DocumentText.Today(db.Clock), ct);
        Overdue = [.. due.Where(d => d.RevisionState == RevisionState.Overdue)];
        Soon = [.. due.Where(d => d.RevisionState == RevisionState.DueSoon)];
    }
}
