using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Security;

namespace Samsyn.Web.Features.Cases;

/// <summary>The cases, newest first, filtered by status, group (handing or receiving) and overdue report-backs.</summary>
public sealed class IndexModel(AppDbContext db, CurrentUser user) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "status")] public string? StatusName { get; set; }
    [BindProperty(SupportsGet = true, Name = "grupp")] public int? GroupId { get; set; }
    [BindProperty(SupportsGet = true, Name = "forsenade")] public bool OverdueOnly { get; set; }
    [BindProperty(SupportsGet = true, Name = "sida")] public int PageNumber { get; set; } = 1;

    public CaseStatus? Status { get; private set; }
    public List<CaseSummary> Cases { get; private set; } = [];
    public int TotalCount { get; private set; }
    public List<SelectListItem> Groups { get; private set; } = [];
    public string? GroupName { get; private set; }

    /// <summary>The groups the user convenes or sits in, for their inboxes.</summary>
    public List<(int Id, string Name)> MyGroups { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }
    public bool Filtered => Status is not null || GroupId is not null || OverdueOnly;
    public bool HasNext => PageNumber * PageSize < TotalCount;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = db.Clock.GetUtcNow();
        Status = QueryNames.TryParse<CaseStatus>(StatusName, out var status) ? status : null;
        if (PageNumber < 1) PageNumber = 1;
        var groups = await db.Groups.AsNoTracking().Where(g => g.RetiredAt == null)
            .Select(g => new { g.Id, g.Name, Area = g.Area.ShortName }).ToListAsync(ct);
        Groups = [.. groups.OrderBy(g => g.Area, StringComparer.Create(SwedishTime.Culture, false)).ThenBy(g => g.Name, StringComparer.Create(SwedishTime.Culture, false))
            .Select(g => new SelectListItem($"{g.Name} ({g.Area})", CasePages.Id(g.Id), g.Id == GroupId))];
        GroupName = groups.FirstOrDefault(g => g.Id == GroupId)?.Name;

        var query = CaseViews.Filter(db, new CaseFilter(Status, GroupId, OverdueOnly), Now);
        TotalCount = await query.CountAsync(ct);
        Cases = await CaseViews.SummariesAsync(query.OrderByDescending(c => c.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize), Now, ct);

        if (user.PersonId is int me)
        {
            var mine = await db.Memberships.AsNoTracking().Where(m => m.PersonId == me && m.RetiredAt == null && m.Group.RetiredAt == null)
                .Select(m => new { m.GroupId, m.Group.Name }).Distinct().ToListAsync(ct);
            MyGroups = [.. mine.OrderBy(g => g.Name, StringComparer.Create(SwedishTime.Culture, false)).Select(g => (g.GroupId, g.Name))];
        }
    }

    /// <summary>The address of a page of this list with the same filters.</summary>
    public string PageLink(int number) =>
        "/arenden?" + string.Join("&", new[]
        {
            Status is null ? null : $"status={Status}",
            GroupId is null ? null : $"grupp={GroupId}",
            OverdueOnly ? "forsenade=true" : null,
            $"sida={number}",
        }.Where(p => p is not null));
}
