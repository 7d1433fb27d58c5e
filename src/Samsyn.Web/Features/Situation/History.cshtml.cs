using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Situation;

/// <summary>An area's or a group's situation day by day: organisations per level, and the key figures summed.</summary>
public sealed class HistoryModel(AppDbContext db, IOptions<SituationOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? AreaId { get; set; }
    [BindProperty(SupportsGet = true)] public int? GroupId { get; set; }
    [BindProperty(SupportsGet = true, Name = "dagar")] public int Days { get; set; } = 30;

    public StatusHistoryView History { get; private set; } = null!;
    public int OrganisationCount { get; private set; }
    public string Query => GroupId is int g ? $"groupId={g}" : $"areaId={AreaId}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await SituationQueries.ScopeAsync(db, AreaId, GroupId, ct);
        if (scope is null) return NotFound();
        if (!OrganisationHistoryModel.Periods.Contains(Days)) Days = 30;
        var today = SwedishTime.DateOf(db.Clock.GetUtcNow());
        History = await SituationApi.HistoryViewAsync(db, scope, today.AddDays(-Days + 1), today, options.Value.StaleAfter, ct);
        OrganisationCount = (await SituationQueries.OrganisationsAsync(db, scope, ct)).Count;
        return Page();
    }
}
