using System.Globalization;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Cases;

/// <summary>Who must learn what when a case or handover moves, in Swedish. Raised in the change's own transaction.</summary>
public static class CaseNotifications
{
    public static string Link(int caseId) => $"/arenden/{caseId.ToString(CultureInfo.InvariantCulture)}";

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The handing group's conveners learn of a new case.</summary>
    public static async Task RaisedAsync(AppDbContext db, Case raised, string groupName, Actor actor, CancellationToken ct) =>
        Notifier.Raise(db, await MeetingNotifications.ConvenersAsync(db, raised.GroupId, ct), NotificationKind.CaseRaised,
            $"Nytt ärende till {groupName}: {raised.Title}",
            $"{actor.Name} har väckt ärendet \"{raised.Title}\" ({CaseText.Urgency(raised.Urgency).ToLowerInvariant()} brådska). Sätt upp det på ett möte, besluta eller lämna över det.",
            Link(raised.Id), nameof(Case), Id(raised.Id), actor.PersonId);

    /// <summary>Everyone in the receiving group learns of the question and its date.</summary>
    public static async Task HandedOverAsync(AppDbContext db, Case handed, Handover handover, string fromGroup, string toGroup, Actor actor, CancellationToken ct) =>
        Notifier.Raise(db, await MeetingNotifications.EveryoneAsync(db, handover.ToGroupId, ct), NotificationKind.HandoverReceived,
            $"{fromGroup} lämnar över en fråga till {toGroup}: {handed.Title}",
            $"{fromGroup} har lämnat över frågan \"{handed.Title}\" till {toGroup}. Uppdrag: {handover.Assignment} Återrapport senast {CaseText.Date(handover.ReportBackBy)}. Sammankallande tar emot frågan i Samsyn.",
            Link(handed.Id), nameof(Case), Id(handed.Id), actor.PersonId);

    /// <summary>The handing group's conveners learn that a question came back without a report.</summary>
    public static async Task ReturnedAsync(AppDbContext db, Case returned, Handover handover, string toGroup, Actor actor, CancellationToken ct) =>
        Notifier.Raise(db, await MeetingNotifications.ConvenersAsync(db, handover.FromGroupId, ct), NotificationKind.HandoverReturned,
            $"{toGroup} lämnar tillbaka frågan: {returned.Title}",
            $"{toGroup} har lämnat tillbaka frågan \"{returned.Title}\". Skäl: {handover.ReturnReason}",
            Link(returned.Id), nameof(Case), Id(returned.Id), actor.PersonId);

    /// <summary>The handing group's conveners learn of the report-back and where it is on the agenda.</summary>
    public static async Task ReportedBackAsync(AppDbContext db, Case reported, Handover handover, string toGroup, Meeting? meeting, Actor actor, CancellationToken ct) =>
        Notifier.Raise(db, await MeetingNotifications.ConvenersAsync(db, handover.FromGroupId, ct), NotificationKind.ReportBackReceived,
            $"Återrapport från {toGroup}: {reported.Title}",
            $"{toGroup} har återrapporterat frågan \"{reported.Title}\". "
                + (meeting is null ? "Gruppen har inget planerat möte; sätt upp återrapporten när nästa möte planeras."
                    : $"Återrapporten är föreslagen till mötet {MeetingNotifications.When(meeting)}."),
            Link(reported.Id), nameof(Case), Id(reported.Id), actor.PersonId);

    /// <summary>The one who raised the case learns how it ended.</summary>
    public static void Concluded(AppDbContext db, Case concluded, string groupName, Actor actor)
    {
        if (concluded.RaisedByPersonId is not int raiser) return;
        var (subject, body) = concluded.Status == CaseStatus.Decided
            ? ($"Ditt ärende är beslutat: {concluded.Title}", $"{groupName} har beslutat i ärendet \"{concluded.Title}\": {concluded.DecisionText}")
            : ($"Ditt ärende är avslutat: {concluded.Title}",
                $"{groupName} har avslutat ärendet \"{concluded.Title}\".{(concluded.ClosingComment is null ? "" : $" {concluded.ClosingComment}")}");
        Notifier.Raise(db, [raiser], NotificationKind.CaseConcluded, subject, body, Link(concluded.Id), nameof(Case), Id(concluded.Id), actor.PersonId);
    }
}
