using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Meetings.Calendar;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Meetings;

/// <summary>A group's meetings of one year, coming and held, with the convener's planning links.</summary>
public sealed class GroupMeetingsModel(AppDbContext db, MeetingRights rights, GroupCalendarFeed feed) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty(SupportsGet = true, Name = "ar")] public int? Year { get; set; }
    public string GroupName { get; private set; } = "";
    public int ShownYear { get; private set; }
    public bool CanManage { get; private set; }
    public List<MeetingSummary> Upcoming { get; private set; } = [];
    public List<MeetingSummary> Held { get; private set; } = [];

    /// <summary>The group's calendar to subscribe to in Outlook or Google.</summary>
    public string SubscriptionUrl => feed.Url(MeetingCalendarApi.BaseUrl(HttpContext), Id);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var group = await db.Groups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == Id, ct);
        if (group is null) return NotFound();
        GroupName = group.Name;
        var now = db.Clock.GetUtcNow();
        ShownYear = Year is int y && y is >= SwedishCalendar.FirstYear and < SwedishCalendar.LastYear ? y : MeetingText.LocalDate(now).Year;
        CanManage = await rights.CanManageAsync(Id, ct);
        var from = MeetingApi.StartOfDay(new DateOnly(ShownYear, 1, 1));
        var to = MeetingApi.StartOfDay(new DateOnly(ShownYear + 1, 1, 1));
        var meetings = await MeetingViews.SummariesAsync(db,
            db.Meetings.Where(m => m.GroupId == Id && m.StartsAt >= from && m.StartsAt < to).OrderBy(m => m.StartsAt), ct);
        Upcoming = [.. meetings.Where(m => m.EndsAt >= now)];
        Held = [.. meetings.Where(m => m.EndsAt < now).OrderByDescending(m => m.StartsAt)];
        return Page();
    }
}
