using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Deviations;

/// <summary>The deviations the user may read: incoming to and outgoing from their organisations, by status and process, overdue ones marked.</summary>
public sealed class IndexModel(AppDbContext db, DeviationAccess access) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "riktning")] public string? Direction { get; set; }
    [BindProperty(SupportsGet = true, Name = "status")] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "process")] public string? Process { get; set; }
    [BindProperty(SupportsGet = true, Name = "forsenade")] public bool OverdueOnly { get; set; }
    [BindProperty(SupportsGet = true, Name = "sida")] public int PageNumber { get; set; } = 1;

    public PagedList<DeviationListItem> Items { get; private set; } = new([], 0, 1, PageSize);
    public List<DeviationProcess> Processes { get; private set; } = [];
    public bool HasOrganisations { get; private set; }
    public bool MayManageProcesses => access.MayManageProcesses;
    public bool MayImport => access.MayImport;
    public bool Filtered => Direction is not null || Status is not null || Process is not null || OverdueOnly;
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = db.Clock.GetUtcNow();
        var today = SwedishTime.DateOf(Now);
        var viewer = await access.ViewerAsync(ct);
        HasOrganisations = viewer.All || viewer.Own.Count > 0;
        Processes = await DeviationViews.ProcessesAsync(db, includeRetired: true, ct);
        if (Direction is not (DeviationViews.Incoming or DeviationViews.Outgoing)) Direction = null;
        if (!QueryNames.TryParse<DeviationStatus>(Status, out var status) || status is null) Status = null;
        if (Processes.All(p => p.Code != Process)) Process = null;
        PageNumber = Math.Max(1, PageNumber);
        var query = DeviationViews.Filtered(db, viewer, new DeviationFilter(Direction, status, Process, null, OverdueOnly), today);
        Items = await DeviationViews.PageAsync(db, query, today, PageNumber, PageSize, ct);
    }

    public string PageLink(int page) =>
        $"?riktning={Direction}&status={Status}&process={Process}{(OverdueOnly ? "&forsenade=true" : "")}&sida={page}";

    public static string StatusValue(DeviationStatus status) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(status.ToString());
}
