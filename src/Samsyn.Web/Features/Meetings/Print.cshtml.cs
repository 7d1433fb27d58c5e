using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Meetings;

/// <summary>A clean page to print: the header block, the time-boxed agenda and, once approved, the minutes and attendance.</summary>
public sealed class PrintModel(AppDbContext db) : PageModel
{
    public sealed record AgendaRow(AgendaItemView Item, int Number, DateTimeOffset Starts, DateTimeOffset Ends);

    [FromRoute] public int Id { get; set; }
    public MeetingDetails Details { get; private set; } = null!;
    public MeetingSummary Summary => Details.Meeting;
    public int DurationMinutes { get; private set; }
    public List<AgendaRow> Agenda { get; private set; } = [];
    public List<SeatAttendance> Seats { get; private set; } = [];
    public string? Convener { get; private set; }
    public string? ApprovedByName { get; private set; }
    public string? AdjustedBy { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var details = await MeetingViews.DetailsAsync(db, Id, ct);
        if (details is null) return NotFound();
        Details = details;
        var meeting = await db.Meetings.AsNoTracking().FirstAsync(m => m.Id == Id, ct);
        DurationMinutes = meeting.DurationMinutes;
        var clock = Summary.StartsAt;
        var number = 0;
        foreach (var item in details.Agenda.Where(i => i.Status == AgendaItemStatus.Accepted))
        {
            var ends = clock.AddMinutes(item.DurationMinutes);
            Agenda.Add(new AgendaRow(item, ++number, clock, ends));
            clock = ends;
        }
        Convener = await db.Memberships.AsNoTracking()
            .Where(m => m.GroupId == meeting.GroupId && m.RetiredAt == null && m.Role == MemberRole.Convener)
            .Select(m => m.Person.Name).FirstOrDefaultAsync(ct);
        if (meeting.AreMinutesApproved)
        {
            Seats = await AttendanceApi.SeatsAsync(db, meeting, ct);
            ApprovedByName = await MinutesSupport.PersonNameAsync(db, meeting.MinutesApprovedBy, ct);
            AdjustedBy = meeting.MinutesAdjustedBy;
        }
        return Page();
    }
}
