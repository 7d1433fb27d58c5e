using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Meetings;

/// <summary>Attendance per organisation and person over the group's held meetings, against the group's target.</summary>
public sealed class GroupAttendanceModel(AppDbContext db, MeetingRights rights) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty(SupportsGet = true, Name = "fran")] public string? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "till")] public string? To { get; set; }
    public string GroupName { get; private set; } = "";
    public bool CanManage { get; private set; }
    public DateOnly FromDate { get; private set; }
    public DateOnly ToDate { get; private set; }
    public AttendanceSummary? Summary { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var group = await db.Groups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == Id, ct);
        if (group is null) return NotFound();
        GroupName = group.Name;
        CanManage = await rights.CanManageAsync(Id, ct);
        var today = MeetingText.LocalDate(db.Clock.GetUtcNow());
        (FromDate, ToDate) = (today.AddYears(-1).AddDays(1), today);
        if (!string.IsNullOrWhiteSpace(From))
        {
            if (MeetingText.TryParseDate(From, out var f)) FromDate = f;
            else ModelState.AddModelError("fran", "Ange startdatumet som ÅÅÅÅ-MM-DD, till exempel 2026-01-01.");
        }
        if (!string.IsNullOrWhiteSpace(To))
        {
            if (MeetingText.TryParseDate(To, out var t)) ToDate = t;
            else ModelState.AddModelError("till", "Ange slutdatumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-31.");
        }
        if (ModelState.IsValid && FromDate > ToDate) ModelState.AddModelError("till", "Slutdatumet ligger före startdatumet.");
        if (!ModelState.IsValid) return Page();
        From = MeetingText.IsoDate(FromDate);
        To = MeetingText.IsoDate(ToDate);
        Summary = await MeetingSettingsApi.AttendanceSummaryAsync(db, Id, FromDate, ToDate, ct);
        return Page();
    }
}
