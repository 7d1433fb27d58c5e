using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Documents;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Decisions;

/// <summary>The decision register: every decision from the minutes and those taken outside meetings, by group, period and text.</summary>
public sealed class IndexModel(AppDbContext db, DocumentRights rights) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "grupp")] public int? GroupId { get; set; }
    [BindProperty(SupportsGet = true, Name = "fran")] public string? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "till")] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "sok")] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "typ")] public string? Type { get; set; }
    [BindProperty(SupportsGet = true, Name = "sida")] public int PageNumber { get; set; } = 1;

    public List<DecisionSummary> Decisions { get; private set; } = [];
    public int TotalCount { get; private set; }
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
    public List<SelectListItem> Groups { get; private set; } = [];
    public List<SelectListItem> Types { get; } = MeetingChoices.DecisionTypes();
    public bool MayRecord { get; private set; }
    public string? FilterError { get; private set; }
    public bool Filtered => GroupId is not null || From is not null || To is not null || Search is not null || Type is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Search = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();
        var first = Day(From);
        var last = Day(To);
        if ((From is not null && first is null) || (To is not null && last is null)) FilterError = "Ange datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-31. Perioden visas inte.";
        DecisionType? type = Enum.TryParse<DecisionType>(Type, out var t) ? t : null;
        var query = DecisionRegister.Matching(db.Decisions.AsNoTracking(), GroupId, first, last, Search, type, null, db);
        TotalCount = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Decisions = await DecisionRegister.SummariesAsync(db, DecisionRegister.Newest(query).Skip((PageNumber - 1) * PageSize).Take(PageSize), await rights.ReadableAsync(ct), ct);
        Groups = await DocumentPages.GroupsAsync(db, null, null, ct);
        MayRecord = await rights.ConvenesAnyGroupAsync(ct);
    }

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public string PageUrl(int page) => QueryHelpers.AddQueryString("/beslut", new Dictionary<string, string?>
    {
        ["grupp"] = GroupId?.ToString(CultureInfo.InvariantCulture), ["fran"] = From, ["till"] = To, ["sok"] = Search, ["typ"] = Type,
        ["sida"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
    }.Where(q => q.Value is not null));
}
