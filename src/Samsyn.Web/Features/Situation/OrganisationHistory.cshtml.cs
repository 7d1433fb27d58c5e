using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Situation;

/// <summary>One organisation's reports over a period: its level and each key figure as charts, and every report in a table.</summary>
public sealed class OrganisationHistoryModel(AppDbContext db) : PageModel
{
    public static readonly int[] Periods = [7, 30, 90, 365];

    [FromRoute] public int Id { get; set; }
    [BindProperty(SupportsGet = true, Name = "dagar")] public int Days { get; set; } = 30;

    public Organisation Organisation { get; private set; } = null!;
    public DateTimeOffset From { get; private set; }
    public DateTimeOffset To { get; private set; }
    public List<ReportSnapshot> Reports { get; private set; } = [];
    public List<StatusFigureDefinition> Definitions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Area).FirstOrDefaultAsync(o => o.Id == Id, ct);
        if (organisation is null) return NotFound();
        Organisation = organisation;
        if (!Periods.Contains(Days)) Days = 30;
        To = db.Clock.GetUtcNow();
        From = SwedishTime.At(SwedishTime.DateOf(To).AddDays(-Days + 1), TimeOnly.MinValue);
        Reports = [.. (await SituationQueries.ReportsAsync(db, [Id], From, To, ct)).OrderBy(r => r.ReportedAt).ThenBy(r => r.Id)];
        var used = Reports.SelectMany(r => r.Figures.Keys).ToHashSet();
        Definitions = [.. (await SituationQueries.FiguresAsync(db, ct)).Where(d => d.OrganisationKind == organisation.Kind && (!d.IsRetired || used.Contains(d.Key)))];
        return Page();
    }
}
