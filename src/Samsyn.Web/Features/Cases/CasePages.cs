using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Cases;

/// <summary>What the case pages share: turning an operation's result into a page answer, and the lists their forms choose from.</summary>
public static class CasePages
{
    public static string CaseLink(int id) => CaseNotifications.Link(id);

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>"2 november 2026 kl. 09.15".</summary>
    public static string Moment(DateTimeOffset at) => SwedishTime.ToLocal(at).ToString("d MMMM yyyy 'kl.' HH.mm", SwedishTime.Culture);

    /// <summary>The page's answer to a refused operation (403, 404, 400); null when the form has errors to show, or it was done.</summary>
    public static IActionResult? Refusal<T>(this PageModel page, CaseResult<T> result) where T : class => result.Outcome switch
    {
        Outcome.Forbidden => page.Forbid(),
        Outcome.NotFound => page.NotFound(),
        Outcome.VersionRequired => page.BadRequest(),
        _ => null,
    };

    /// <summary>
    /// Runs a state change of a page and goes <paramref name="back"/> (the case page, the inbox); a stale version
    /// or a state that does not allow the change is told there as a message instead of an error page, and nothing is saved.
    /// </summary>
    public static async Task<IActionResult> ChangeAsync<T>(this PageModel page, string back, Func<Task<CaseResult<T>>> change,
        string done, Func<CaseResult<T>, Task<IActionResult>>? invalid = null) where T : class
    {
        try
        {
            var result = await change();
            if (page.Refusal(result) is { } refusal) return refusal;
            if (result.Outcome == Outcome.Invalid)
            {
                if (invalid is not null) return await invalid(result);
                page.TempData["Error"] = string.Join(" ", result.Errors.Values.SelectMany(m => m));
            }
            else page.TempData["Message"] = done;
        }
        catch (Exception e) when (e.IsConflict())
        {
            page.TempData["Error"] = Texts.Common_Conflict;
        }
        catch (Structure.InvalidStateChangeException e)
        {
            page.TempData["Error"] = e.Message;
        }
        return new RedirectResult(back);
    }

    /// <summary>The active groups of an area, by level and name, for choosing a group.</summary>
    public static async Task<List<SelectListItem>> GroupsOfAreaAsync(AppDbContext db, int areaId, IReadOnlyCollection<int> except, CancellationToken ct)
    {
        var groups = await db.Groups.AsNoTracking().Where(g => g.AreaId == areaId && g.RetiredAt == null && !except.Contains(g.Id))
            .Select(g => new { g.Id, g.Name, g.Level }).ToListAsync(ct);
        return [.. groups.OrderBy(g => g.Level).ThenBy(g => g.Name, StringComparer.Create(SwedishTime.Culture, false))
            .Select(g => new SelectListItem(g.Name, Id(g.Id)))];
    }

    /// <summary>Decisions from the minutes of the group's meetings, newest meeting first (of one type, or all).</summary>
    public static async Task<List<SelectListItem>> MinutesDecisionsAsync(AppDbContext db, int groupId, DecisionType? type, CancellationToken ct)
    {
        var decisions = await db.Decisions.AsNoTracking()
            .Join(db.Meetings.Where(m => m.GroupId == groupId), d => d.MeetingId, m => m.Id, (d, m) => new { d.Id, d.Text, d.Type, m.StartsAt })
            .Where(d => type == null || d.Type == type)
            .ToListAsync(ct);
        return [.. decisions.OrderByDescending(d => d.StartsAt).ThenBy(d => d.Id).Take(40)
            .Select(d => new SelectListItem($"{MeetingText.IsoDate(MeetingText.LocalDate(d.StartsAt))}: {Shorten(d.Text)}", Id(d.Id)))];
    }

    private static string Shorten(string text) => text.Length <= 90 ? text : text[..89] + "…";
}
