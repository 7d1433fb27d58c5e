using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Meetings.Calendar;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Meetings;

public sealed record MeetingSummary(
    int Id, int GroupId, string GroupName, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Location,
    MeetingKind Kind, string? Reason, MeetingStatus Status, bool AgendaPublished, bool MinutesApproved, DateOnly AgendaDeadline,
    Chair Chair, int Version);

public sealed record AgendaItemView(
    int Id, int Order, string Title, AgendaItemKind Kind, int DurationMinutes, string? Description, string? Links,
    int? PresenterOrganisationId, string? PresenterOrganisationName, int? PresenterPersonId, string? PresenterPersonName,
    AgendaItemStatus Status, bool IsStanding, bool IsLateAddition, string? ProposedBy, string? Notes,
    IReadOnlyList<DecisionView> Decisions, IReadOnlyList<ActionItemView> ActionItems, int Version);

public sealed record DecisionView(int Id, DecisionType Type, string Text, int Version);

public sealed record ActionItemView(int Id, string Text, int? OwnerPersonId, string? OwnerName, DateOnly? DueDate, bool Done, int Version);

public sealed record MeetingDetails(
    MeetingSummary Meeting, IReadOnlyList<AgendaItemView> Agenda, int AgendaMinutes, bool AgendaFits, int CalendarSequence,
    string? MinutesApprovedBy, DateTimeOffset? MinutesApprovedAt, IReadOnlyList<FollowUp> OpenActionItems)
{
    // Issue 3's contract answers with the meeting itself ("id", "chair", …): its main fields also at the top level.
    public int Id => Meeting.Id;
    public int GroupId => Meeting.GroupId;
    public string Title => Meeting.Title;
    public DateTimeOffset StartsAt => Meeting.StartsAt;
    public DateTimeOffset EndsAt => Meeting.EndsAt;
    public Chair Chair => Meeting.Chair;
}

public static class MeetingViews
{
    /// <summary>The last day for agenda proposals: the configured number of working days before the meeting.</summary>
    public static DateOnly AgendaDeadline(DateTimeOffset startsAt, int workingDays) =>
        SwedishCalendar.WorkingDaysBefore(DateOnly.FromDateTime(SwedishTime.ToLocal(startsAt).DateTime), workingDays);

    public static async Task<List<MeetingSummary>> SummariesAsync(AppDbContext db, IQueryable<Meeting> query, CancellationToken ct) =>
        await SummariesAsync(db, await query.AsNoTracking().Include(m => m.Group).ToListAsync(ct), ct);

    /// <summary>The summaries of meetings already read, with their group.</summary>
    public static async Task<List<MeetingSummary>> SummariesAsync(AppDbContext db, IReadOnlyList<Meeting> meetings, CancellationToken ct)
    {
        var settings = await ChairAssignment.SettingsAsync(db, meetings, ct);
        var chairs = await ChairAssignment.ResolveAsync(db, meetings, settings, ct);
        return [.. meetings.Select(m => new MeetingSummary(
            m.Id, m.GroupId, m.Group.Name, m.Title, SwedishTime.ToLocal(m.StartsAt), SwedishTime.ToLocal(m.EndsAt), m.Location,
            m.Kind, m.Reason, m.Status, m.IsAgendaPublished, m.AreMinutesApproved,
            AgendaDeadline(m.StartsAt, settings.TryGetValue(m.GroupId, out var s) ? s.AgendaDeadlineWorkingDays : 3), chairs[m.Id], m.Version))];
    }

    /// <summary>A meeting for its pages: read once here, with its group; null when there is none.</summary>
    public static Task<Meeting?> MeetingAsync(AppDbContext db, int id, CancellationToken ct) =>
        db.Meetings.AsNoTracking().Include(m => m.Group).FirstOrDefaultAsync(m => m.Id == id, ct);

    public static async Task<MeetingDetails?> DetailsAsync(AppDbContext db, int id, CancellationToken ct) =>
        await MeetingAsync(db, id, ct) is { } meeting ? await DetailsAsync(db, meeting, ct) : null;

    /// <summary>The details of a meeting already read with <see cref="MeetingAsync"/>.</summary>
    public static async Task<MeetingDetails> DetailsAsync(AppDbContext db, Meeting meeting, CancellationToken ct)
    {
        var id = meeting.Id;
        var summary = (await SummariesAsync(db, [meeting], ct))[0];
        // The meeting's action items by its own index, then placed under their items: joined into the agenda query,
        // the database built the action items of every meeting first (a cost that grew with all the history).
        var actions = (await db.ActionItems.AsNoTracking().Where(a => a.MeetingId == id).OrderBy(a => a.Id)
                .Select(a => new { a.AgendaItemId, View = new ActionItemView(
                    a.Id, a.Text, a.OwnerPersonId, a.OwnerPerson != null ? a.OwnerPerson.Name : null, a.DueDate, a.DoneAt != null, a.Version) })
                .ToListAsync(ct))
            .ToLookup(a => a.AgendaItemId, a => a.View);
        var agenda = (await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == id).OrderBy(i => i.Order)
            .Select(i => new
            {
                i.Id, i.Order, i.Title, i.Kind, i.DurationMinutes, i.Description, i.Links,
                i.PresenterOrganisationId, PresenterOrganisation = i.PresenterOrganisation != null ? i.PresenterOrganisation.Name : null,
                i.PresenterPersonId, PresenterPerson = i.PresenterPerson != null ? i.PresenterPerson.Name : null,
                i.Status, i.IsStanding, i.IsLateAddition, ProposedBy = i.ProposedByPerson != null ? i.ProposedByPerson.Name : null, i.Notes,
                Decisions = i.Decisions.OrderBy(d => d.Id).Select(d => new DecisionView(d.Id, d.Type, d.Text, d.Version)).ToList(),
                i.Version,
            })
            .ToListAsync(ct))
            .Select(i => new AgendaItemView(
                i.Id, i.Order, i.Title, i.Kind, i.DurationMinutes, i.Description, i.Links, i.PresenterOrganisationId, i.PresenterOrganisation,
                i.PresenterPersonId, i.PresenterPerson, i.Status, i.IsStanding, i.IsLateAddition, i.ProposedBy, i.Notes,
                i.Decisions, [.. actions[i.Id]], i.Version))
            .ToList();
        var minutes = agenda.Where(i => i.Status == AgendaItemStatus.Accepted).Sum(i => i.DurationMinutes);
        // Open action items of earlier meetings carry forward to this one, to be followed up.
        var openActions = await MinutesSupport.OpenActionsAsync(db, meeting.GroupId, meeting.StartsAt, ct);
        return new MeetingDetails(summary, agenda, minutes, AgendaTimeBox.Fits(minutes, meeting.DurationMinutes),
            meeting.CalendarSequence, meeting.MinutesApprovedBy, meeting.MinutesApprovedAt, openActions);
    }
}

/// <summary>Whether the accepted agenda items fit in the meeting's length.</summary>
public static class AgendaTimeBox
{
    public static bool Fits(int agendaMinutes, int meetingMinutes) => agendaMinutes <= meetingMinutes;

    /// <summary>A Swedish summary for the agenda header: "45 av 60 minuter planerade" or the overrun.</summary>
    public static string Describe(int agendaMinutes, int meetingMinutes) => Fits(agendaMinutes, meetingMinutes)
        ? $"{agendaMinutes} av {meetingMinutes} minuter planerade"
        : $"Dagordningen tar {agendaMinutes} minuter men mötet är {meetingMinutes} minuter – {agendaMinutes - meetingMinutes} minuter för mycket.";
}
