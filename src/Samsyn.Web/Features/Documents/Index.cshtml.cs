using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.WebUtilities;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Documents;

/// <summary>The register of governing documents: search by text, type and group, with each document's revision and active exemptions.</summary>
public sealed class IndexModel(AppDbContext db, DocumentRights rights) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "sok")] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "typ")] public string? Type { get; set; }
    [BindProperty(SupportsGet = true, Name = "grupp")] public int? GroupId { get; set; }
    [BindProperty(SupportsGet = true, Name = "sida")] public int PageNumber { get; set; } = 1;

    public List<DocumentSummary> Documents { get; private set; } = [];
    public int TotalCount { get; private set; }
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
    public int DueCount { get; private set; }
    public bool MayCreate { get; private set; }
    public List<SelectListItem> Types { get; } = DocumentPages.Types();
    public List<SelectListItem> Groups { get; private set; } = [];
    public bool Filtered => Search is not null || Type is not null || GroupId is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Search = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();
        if (!QueryNames.TryParse<DocumentType>(Type, out var type)) Type = null;
        var today = DocumentText.Today(db.Clock);
        var readable = await rights.ReadableAsync(ct);
        var query = readable.Matching(Search, type, GroupId, null);
        TotalCount = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(query, ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        (Documents, _) = await DocumentViews.PageAsync(db, query, today, PageNumber, PageSize, ct);
        DueCount = (await DocumentApi.DueAsync(db, readable, today, ct)).Count;
        MayCreate = await rights.ConvenesAnyGroupAsync(ct);
        Groups = await DocumentPages.GroupsAsync(db, null, null, ct);
    }

    public string PageUrl(int page) => QueryHelpers.AddQueryString("/dokument", new Dictionary<string, string?>
    {
        ["sok"] = Search, ["typ"] = Type, ["grupp"] = GroupId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["sida"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
    }.Where(q => q.Value is not null));
}
