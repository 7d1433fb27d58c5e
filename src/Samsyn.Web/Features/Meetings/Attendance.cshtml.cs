using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Meetings;

/// <summary>One seat's attendance as the register form posts it.</summary>
public sealed class SeatRow
{
    public int MembershipId { get; set; }
    public AttendanceStatus? Status { get; set; }
    public int? SubstitutePersonId { get; set; }
    public int Version { get; set; }

    /// <summary>Shown as chosen but not yet saved (from the reported absence, or present by default).</summary>
    public bool Suggested { get; set; }
}

/// <summary>The convener's attendance register: every seat on one screen, one save.</summary>
public sealed class AttendanceModel(AppDbContext db, MeetingRights rights) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public List<SeatRow> Rows { get; set; } = [];
    public MeetingSummary Summary { get; private set; } = null!;
    public List<SeatAttendance> Seats { get; private set; } = [];
    public bool Locked { get; private set; }
    public bool HasStarted { get; private set; }
    public int Organisations { get; private set; }
    public int Represented { get; private set; }
    public int PresentCount { get; private set; }
    public int SubstituteCount { get; private set; }

    public SeatAttendance? Seat(int membershipId) => Seats.FirstOrDefault(s => s.MembershipId == membershipId);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal) return refusal;
        Rows = [.. Seats.Select(Suggest)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal) return refusal;
        if (Locked) return Redirect($"/moten/{Id.ToString(CultureInfo.InvariantCulture)}/narvaro");
        ModelState.Clear();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            // A seat that has left the group since the page was loaded is skipped.
            if (Seat(row.MembershipId) is not { } seat) continue;
            if (row.Status != AttendanceStatus.SubstituteAttended) continue;
            if (row.SubstitutePersonId is not int sub)
                ModelState.AddModelError($"Rows[{i}].SubstitutePersonId", $"Välj vilken ersättare som deltog för {seat.PersonName}.");
            else if (seat.Substitutes.All(s => s.PersonId != sub))
                ModelState.AddModelError($"Rows[{i}].SubstitutePersonId", $"Den valda personen är inte ersättare för {seat.PersonName}.");
        }
        if (!ModelState.IsValid) return Page();

        var existing = await db.Attendances.Where(a => a.MeetingId == Id).ToDictionaryAsync(a => a.MembershipId, ct);
        var changed = 0;
        try
        {
            foreach (var row in Rows.Where(r => r.Status is AttendanceStatus.Present or AttendanceStatus.Absent or AttendanceStatus.SubstituteAttended))
            {
                if (Seat(row.MembershipId) is not { } seat) continue;
                var status = row.Status!.Value;
                var sub = status == AttendanceStatus.SubstituteAttended ? row.SubstitutePersonId : null;
                if (existing.TryGetValue(seat.MembershipId, out var attendance))
                {
                    if (attendance.Status == status && attendance.SubstitutePersonId == sub) continue;
                    db.ExpectVersion(attendance, row.Version);
                }
                else
                {
                    attendance = new Attendance { MeetingId = Id, MembershipId = seat.MembershipId };
                    db.Attendances.Add(attendance);
                }
                attendance.Record(status, sub, [.. seat.Substitutes.Select(s => s.PersonId)]);
                changed++;
            }
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e.IsConflict())
        {
            ModelState.AddModelError("", Texts.Common_Conflict);
            db.ChangeTracker.Clear();
            await LoadAsync(ct);
            Rows = [.. Seats.Select(Suggest)];
            return Page();
        }
        catch (InvalidStateChangeException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
        TempData["Message"] = changed == 0 ? "Inget var ändrat." : "Närvaron är sparad.";
        return Redirect($"/moten/{Id.ToString(CultureInfo.InvariantCulture)}/narvaro");
    }

    /// <summary>What the form shows: the recorded status; else the reported absence (its substitute attends); else present.</summary>
    private static SeatRow Suggest(SeatAttendance s)
    {
        var row = new SeatRow { MembershipId = s.MembershipId, Version = s.Version, SubstitutePersonId = s.SubstitutePersonId };
        if (s.AbsenceReported && s.Status == AttendanceStatus.Absent)
        {
            row.Status = s.SubstitutePersonId is null ? AttendanceStatus.Absent : AttendanceStatus.SubstituteAttended;
            row.Suggested = s.SubstitutePersonId is not null;
        }
        else if (s.Status == AttendanceStatus.Expected) (row.Status, row.Suggested) = (AttendanceStatus.Present, true);
        else row.Status = s.Status;
        row.SubstitutePersonId ??= s.Substitutes.Count > 0 ? s.Substitutes[0].PersonId : null;
        return row;
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == Id, ct);
        if (meeting is null) return NotFound();
        if (!await rights.CanManageAsync(meeting.GroupId, ct)) return Forbid();
        Summary = (await MeetingViews.SummariesAsync(db, db.Meetings.Where(m => m.Id == Id), ct))[0];
        Seats = await AttendanceApi.SeatsAsync(db, meeting, ct);
        Locked = meeting.AreMinutesApproved || meeting.Status == MeetingStatus.Cancelled;
        HasStarted = meeting.StartsAt <= db.Clock.GetUtcNow();
        var byOrganisation = Seats.Where(s => s.OrganisationId is not null).GroupBy(s => s.OrganisationId).ToList();
        Organisations = byOrganisation.Count;
        Represented = byOrganisation.Count(g => g.Any(s => s.Status is AttendanceStatus.Present or AttendanceStatus.SubstituteAttended));
        PresentCount = Seats.Count(s => s.Status == AttendanceStatus.Present);
        SubstituteCount = Seats.Count(s => s.Status == AttendanceStatus.SubstituteAttended);
        return null;
    }
}
