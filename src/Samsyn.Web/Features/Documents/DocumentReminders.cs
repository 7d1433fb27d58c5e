using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Documents;

/// <summary>
/// Reminds a document's owners of its revision, once per due date, on the morning <see cref="RevisionSchedule.ReminderDays"/>
/// days before it (or at once when the date is nearer): the conveners of the owning group (else the approving group) and the
/// person who prepared it. A date already passed is not reminded; the document is listed as overdue instead. Key
/// <c>document-revision:{id}:{due}</c>, so a moved date is reminded anew.
/// </summary>
public sealed class DocumentReminders(IOptions<NotificationOptions> options) : IReminderSource
{
    public static string Key(int documentId, DateOnly due) =>
        $"document-revision:{documentId.ToString(CultureInfo.InvariantCulture)}:{due:yyyyMMdd}";

    /// <summary>When the reminder of a revision due on <paramref name="due"/> falls due.</summary>
    public static DateTimeOffset DueAt(DateOnly due, int hour) => ReminderTimes.MorningOf(due.AddDays(-RevisionSchedule.ReminderDays), hour);

    public async Task<IReadOnlyList<Reminder>> DueAsync(AppDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var hour = options.Value.ReminderHour;
        var today = DocumentText.Today(db.Clock);
        var horizon = today.AddDays(RevisionSchedule.ReminderDays + 7);
        var documents = (await db.GoverningDocuments.AsNoTracking().Where(d => d.NextRevisionDue != null && d.NextRevisionDue >= today && d.NextRevisionDue <= horizon)
                .Select(d => new { d.Id, d.Title, d.Type, Due = d.NextRevisionDue!.Value, Group = d.OwnerGroupId ?? d.ApprovingGroupId, d.PreparedByPersonId })
                .ToListAsync(ct))
            .Where(d => DueAt(d.Due, hour) <= now).ToList();
        if (documents.Count == 0) return [];
        var groupIds = documents.Select(d => d.Group).Distinct().ToList();
        var conveners = (await db.Memberships.AsNoTracking().Where(m => groupIds.Contains(m.GroupId) && m.RetiredAt == null && m.Role == MemberRole.Convener)
            .Select(m => new { m.GroupId, m.PersonId }).ToListAsync(ct)).ToLookup(m => m.GroupId, m => m.PersonId);
        return [.. documents.Select(d => new Reminder(Key(d.Id, d.Due), NotificationKind.DocumentRevisionDue,
            [.. conveners[d.Group].Concat(d.PreparedByPersonId is int p ? [p] : []).Distinct()],
            $"Dags att revidera: {d.Title}",
            $"{DocumentText.Type(d.Type)} \"{d.Title}\" ska revideras senast {DocumentText.Spelled(d.Due)}. Starta en revidering i Samsyn, beskriv vad som ändras och låt gruppen godkänna den nya versionen.",
            DocumentViews.Link(d.Id), nameof(GoverningDocument), d.Id.ToString(CultureInfo.InvariantCulture)))];
    }
}
