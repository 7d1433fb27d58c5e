using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Deviations;

/// <summary>Bars of a month chart, with the same figures in a table beside it.</summary>
public sealed record DeviationMonthChart(string Id, string Title, string Summary, IReadOnlyList<DeviationCount> Months);

/// <summary>Aggregate statistics of deviations, open to everyone signed in: counts and trends as charts with tables, answer times, export.</summary>
public sealed class StatisticsModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "fran")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "till")] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "process")] public string? Process { get; set; }
    [BindProperty(SupportsGet = true, Name = "organisation")] public int? OrganisationId { get; set; }
    [BindProperty(SupportsGet = true, Name = "omrade")] public int? AreaId { get; set; }

    public DeviationStatisticsQuery Query { get; private set; } = null!;
    public IReadOnlyDictionary<DeviationGrouping, IReadOnlyList<DeviationCount>> Groups { get; private set; } = null!;
    public AnswerTimeSummary Answers { get; private set; } = null!;
    public List<SelectListItem> Processes { get; private set; } = [];
    public List<SelectListItem> Organisations { get; private set; } = [];
    public List<SelectListItem> Areas { get; private set; } = [];
    public int Total => Groups[DeviationGrouping.Month].Sum(r => r.Count);
    public int Imported => Groups[DeviationGrouping.Month].Sum(r => r.ImportedCount);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = SwedishTime.DateOf(db.Clock.GetUtcNow());
        var (query, errors) = DeviationStatisticsQuery.Of(From, To, Process, OrganisationId, AreaId, today);
        if (errors is not null)
        {
            foreach (var (key, messages) in errors) ModelState.AddModelError(key == "from" ? "fran" : "till", messages[0]);
            (query, _) = DeviationStatisticsQuery.Of(null, null, Process, OrganisationId, AreaId, today);
        }
        Query = query!;

        // The filters' processes and organisations, retired ones too, also name what the statistics count.
        var processes = await DeviationViews.ProcessesAsync(db, includeRetired: true, ct);
        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name, Retired = o.RetiredAt != null }).ToListAsync(ct);
        var statistics = await DeviationCounts.AllAsync(db, Query, DeviationNames.Of(processes, organisations.Select(o => (o.Id, o.Name))), ct);
        Groups = statistics.Groups;
        Answers = statistics.Answers;

        Processes = [.. processes.Select(p => new SelectListItem(p.Name, p.Code, p.Code == Process))];
        var swedish = StringComparer.Create(SwedishTime.Culture, true);
        Organisations = [.. organisations.Where(o => !o.Retired || o.Id == OrganisationId)
            .OrderBy(o => o.Name, swedish).Select(o => new SelectListItem(o.Name, o.Id.ToString(CultureInfo.InvariantCulture), o.Id == OrganisationId))];
        Areas = [.. (await db.Areas.AsNoTracking().Select(a => new { a.Id, a.Name }).ToListAsync(ct))
            .OrderBy(a => a.Name, swedish).Select(a => new SelectListItem(a.Name, a.Id.ToString(CultureInfo.InvariantCulture), a.Id == AreaId))];
        return Page();
    }

    /// <summary>The export address with the page's filters.</summary>
    public string ExportLink(string format, DeviationGrouping by) =>
        $"/api/v1/deviations/statistics/export?format={format}&groupBy={System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(by.ToString())}" +
        $"&from={Query.From:yyyy-MM-dd}&to={Query.To:yyyy-MM-dd}" +
        (Query.Process is null ? "" : $"&process={Uri.EscapeDataString(Query.Process)}") +
        (Query.OrganisationId is int o ? $"&organisationId={o}" : "") + (Query.AreaId is int a ? $"&areaId={a}" : "");

    public static string Percent(int part, int whole) => whole == 0 ? "–" : (100.0 * part / whole).ToString("0", SwedishTime.Culture) + " %";
}
