using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samsyn.Web.Features.Bulletins;
using Samsyn.Web.Features.Documents;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Exemptions;

/// <summary>
/// Reminds before an exemption ends, once per last day, on the morning <see cref="ExemptionRules.ReminderWorkingDays"/> working
/// days before it (a revoked one was announced when it was revoked): the conveners of the deciding group (to extend it or prepare the return to normal) and everyone acting for
/// the organisations it applies to. Key <c>exemption-ending:{id}:{lastDay}</c>, so an extension is reminded again.
/// </summary>
public sealed class ExemptionReminders(IOptions<NotificationOptions> options) : IReminderSource
{
    public static string Key(int exemptionId, DateOnly lastDay) =>
        $"exemption-ending:{exemptionId.ToString(CultureInfo.InvariantCulture)}:{lastDay:yyyyMMdd}";

    public static DateTimeOffset DueAt(DateOnly lastDay, int hour) => ReminderTimes.WorkingDaysBefore(lastDay, ExemptionRules.ReminderWorkingDays, hour);

    public async Task<IReadOnlyList<Reminder>> DueAsync(AppDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var hour = options.Value.ReminderHour;
        var today = DocumentText.Today(db.Clock);
        var horizon = today.AddDays(14);
        var ending = (await ExemptionQueries.ActiveOn(db.Exemptions.AsNoTracking(), today).Where(e => e.RevokedFrom == null && e.ValidTo <= horizon)
                .Select(e => new { e.Id, e.Description, LastDay = e.ValidTo, e.Document.Title, e.Decision.GroupId, Organisations = e.Organisations.Select(o => o.OrganisationId).ToList() })
                .ToListAsync(ct))
            .Where(e => DueAt(e.LastDay, hour) <= now).ToList();
        if (ending.Count == 0) return [];
        var groupIds = ending.Select(e => e.GroupId).Distinct().ToList();
        var conveners = (await db.Memberships.AsNoTracking().Where(m => groupIds.Contains(m.GroupId) && m.RetiredAt == null && m.Role == MemberRole.Convener)
            .Select(m => new { m.GroupId, m.PersonId }).ToListAsync(ct)).ToLookup(m => m.GroupId, m => m.PersonId);
        var acting = await BulletinNotifications.PeopleActingForAsync(db, [.. ending.SelectMany(e => e.Organisations).Distinct()], ct);
        return [.. ending.Select(e => new Reminder(Key(e.Id, e.LastDay), NotificationKind.ExemptionEnding,
            [.. conveners[e.GroupId].Concat(e.Organisations.SelectMany(o => acting.GetValueOrDefault(o) ?? [])).Distinct()],
            $"Avsteget från {e.Title} upphör {DocumentText.Spelled(e.LastDay)}",
            $"Det temporära avsteget från \"{e.Title}\" ({e.Description}) gäller till och med {DocumentText.Spelled(e.LastDay)}. Därefter gäller den ordinarie rutinen igen. Behövs avsteget längre ska gruppen besluta om en förlängning.",
            ExemptionQueries.Link(e.Id), nameof(Exemption), e.Id.ToString(CultureInfo.InvariantCulture)))];
    }
}
