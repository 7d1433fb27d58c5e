using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Structure.People;

public sealed class IndexModel(AppDbContext db, StructureRights rights) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "sok")] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "visaAvslutade")] public bool ShowRetired { get; set; }
    [BindProperty(SupportsGet = true, Name = "sida")] public int PageNumber { get; set; } = 1;
    public List<PersonItem> People { get; private set; } = [];
    public int TotalCount { get; private set; }
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
    public bool CanCreate => rights.CanCreatePeople;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Search = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();
        var query = db.People.Where(p => ShowRetired || p.RetiredAt == null);
        query = query.Matching(Search);
        TotalCount = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        People = await query.OrderBy(p => p.Name).ThenBy(p => p.Id).Items()
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
    }

    /// <summary>The address of another page of the same list, keeping the search and filter.</summary>
    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?> { ["sok"] = Search, ["visaAvslutade"] = ShowRetired ? "true" : null, ["sida"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/personer", query.Where(q => q.Value is not null));
    }
}
