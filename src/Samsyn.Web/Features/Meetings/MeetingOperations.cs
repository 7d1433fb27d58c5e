using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Meetings;

/// <summary>
/// The meeting changes that the API and the pages both make, each in one place with its guards
/// and the notifications it raises; callers check rights and versions and save.
/// </summary>
public static class MeetingOperations
{
    /// <summary>Freezes the agenda and tells the group; refused while proposals wait for a decision.</summary>
    public static async Task PublishAgendaAsync(AppDbContext db, Meeting meeting, int? actorPersonId, CancellationToken ct)
    {
        var waiting = meeting.AgendaItems.Count(i => i.Status == AgendaItemStatus.Proposed);
        if (waiting > 0)
            throw new InvalidStateChangeException(
                $"{waiting.ToString(CultureInfo.InvariantCulture)} förslag väntar på beslut. Godta eller avböj dem innan dagordningen fastställs.");
        meeting.PublishAgenda(db.Clock.GetUtcNow());
        await MeetingNotifications.AgendaPublishedAsync(db, meeting, await GroupNameAsync(db, meeting, ct), actorPersonId, ct);
    }

    /// <summary>
    /// The changes of <c>PUT /api/v1/meetings/{id}</c> and of the edit page: title, reason, chair, time and place, kind.
    /// A new time or place is news for everyone in the group (and a new calendar sequence). Check the input first.
    /// </summary>
    public static async Task UpdateAsync(AppDbContext db, Meeting meeting, MeetingInput input, int? actorPersonId, CancellationToken ct)
    {
        meeting.Title = input.Title!.Trim();
        meeting.Reason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim();
        meeting.ChairOrganisationOverrideId = input.ChairOrganisationId;
        meeting.ChairPersonOverrideId = input.ChairPersonId;
        var sequence = meeting.CalendarSequence;
        meeting.Reschedule(input.StartsAt!.Value.ToUniversalTime(), input.EndsAt!.Value.ToUniversalTime(),
            string.IsNullOrWhiteSpace(input.Location) ? null : input.Location.Trim());
        if (input.Kind is MeetingKind kind) meeting.Kind = kind;
        if (meeting.CalendarSequence != sequence)
            await MeetingNotifications.ChangedAsync(db, meeting, await GroupNameAsync(db, meeting, ct), NotificationKind.MeetingRescheduled, actorPersonId, ct);
    }

    /// <summary>Why the adjuster given cannot be used, or null: groups that adjust their minutes must name who does.</summary>
    public static string? AdjusterError(bool usesAdjuster, string? adjustedBy) =>
        adjustedBy?.Length > 200 ? "Justerare får vara högst 200 tecken."
        : usesAdjuster && string.IsNullOrWhiteSpace(adjustedBy) ? "Ange vem som justerar protokollet."
        : Privacy.PersonalIdentityNumberGuard.ContainsIdentityNumber(adjustedBy) ? Texts.Validation_PersonalIdentityNumber
        : null;

    public static Task<bool> UsesAdjusterAsync(AppDbContext db, int groupId, CancellationToken ct) =>
        db.MeetingSettings.Where(s => s.GroupId == groupId).Select(s => s.UsesAdjuster).FirstOrDefaultAsync(ct);

    /// <summary>Approves and locks the minutes and tells the group they are distributed.</summary>
    public static async Task ApproveMinutesAsync(AppDbContext db, Meeting meeting, string approvedBy, string? adjustedBy, int? actorPersonId, CancellationToken ct)
    {
        meeting.ApproveMinutes(db.Clock.GetUtcNow(), approvedBy);
        meeting.MinutesAdjustedBy = string.IsNullOrWhiteSpace(adjustedBy) ? null : adjustedBy.Trim();
        // The meeting may have moved after a decision was written down; the approved minutes date every decision to the meeting's day.
        foreach (var decision in await db.Decisions.Where(d => d.MeetingId == meeting.Id).ToListAsync(ct))
            decision.DecidedOn = Infrastructure.SwedishTime.DateOf(meeting.StartsAt);
        await MeetingNotifications.ChangedAsync(db, meeting, await GroupNameAsync(db, meeting, ct), NotificationKind.MinutesApproved, actorPersonId, ct);
    }

    /// <summary>Calls the meeting off and tells the group.</summary>
    public static async Task CancelAsync(AppDbContext db, Meeting meeting, int? actorPersonId, CancellationToken ct)
    {
        meeting.Cancel();
        await MeetingNotifications.ChangedAsync(db, meeting, await GroupNameAsync(db, meeting, ct), NotificationKind.MeetingCancelled, actorPersonId, ct);
    }

    /// <summary>
    /// Records a member's absence and the named substitute who comes instead; the substitute is told.
    /// Refused for a cancelled meeting or once the minutes are approved.
    /// </summary>
    public static async Task<Attendance> ReportAbsenceAsync(
        AppDbContext db, Meeting meeting, int membershipId, int memberPersonId, IReadOnlyCollection<int> namedSubstitutes,
        int? substitutePersonId, int? expectedVersion, CancellationToken ct)
    {
        if (meeting.Status == MeetingStatus.Cancelled) throw new InvalidStateChangeException("Mötet är inställt.");
        if (meeting.AreMinutesApproved) throw new InvalidStateChangeException("Mötet är hållet och protokollet godkänt.");
        var attendance = await AttendanceForAsync(db, meeting.Id, membershipId, ct);
        if (attendance.Id != 0 && expectedVersion is int version) db.ExpectVersion(attendance, version);

        var previousSubstitute = attendance.SubstitutePersonId;
        attendance.ReportAbsence(db.Clock.GetUtcNow(), substitutePersonId, namedSubstitutes);
        if (substitutePersonId is int substitute && substitute != previousSubstitute)
            await MeetingNotifications.SubstituteRequestedAsync(db, meeting, await GroupNameAsync(db, meeting, ct), substitute, memberPersonId, ct);
        return attendance;
    }

    /// <summary>The seat's attendance record at the meeting, added (unsaved) when there is none yet.</summary>
    public static async Task<Attendance> AttendanceForAsync(AppDbContext db, int meetingId, int membershipId, CancellationToken ct)
    {
        var attendance = await db.Attendances.FirstOrDefaultAsync(a => a.MeetingId == meetingId && a.MembershipId == membershipId, ct);
        if (attendance is not null) return attendance;
        attendance = new Attendance { MeetingId = meetingId, MembershipId = membershipId };
        db.Attendances.Add(attendance);
        return attendance;
    }

    private static Task<string> GroupNameAsync(AppDbContext db, Meeting meeting, CancellationToken ct) =>
        db.Groups.Where(g => g.Id == meeting.GroupId).Select(g => g.Name).FirstAsync(ct);
}
