using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Meetings;

/// <summary>Who chairs a meeting, and why: set by hand for the meeting, or by the group's rotation.</summary>
public sealed record Chair(int? OrganisationId, string? OrganisationName, int? PersonId, string? PersonName, string Source);

public static class ChairAssignment
{
    /// <summary>
    /// Resolves the chair of each meeting: the meeting's own override, else the organisation whose
    /// turn it is in the rotation, chaired by its member in the group (the one with the chair role first).
    /// </summary>
    public static async Task<Dictionary<int, Chair>> ResolveAsync(AppDbContext db, IReadOnlyCollection<Meeting> meetings, CancellationToken ct) =>
        await ResolveAsync(db, meetings, await SettingsAsync(db, meetings, ct), ct);

    /// <summary>The meeting settings (with the chair rotation) of the meetings' groups, by group.</summary>
    public static async Task<Dictionary<int, MeetingSettings>> SettingsAsync(AppDbContext db, IReadOnlyCollection<Meeting> meetings, CancellationToken ct)
    {
        var groupIds = meetings.Select(m => m.GroupId).Distinct().ToList();
        return await db.MeetingSettings.AsNoTracking().Include(s => s.ChairRotationSlots)
            .Where(s => groupIds.Contains(s.GroupId)).ToDictionaryAsync(s => s.GroupId, ct);
    }

    /// <summary>As above, with the groups' settings already read (<see cref="SettingsAsync"/>).</summary>
    public static async Task<Dictionary<int, Chair>> ResolveAsync(
        AppDbContext db, IReadOnlyCollection<Meeting> meetings, IReadOnlyDictionary<int, MeetingSettings> settings, CancellationToken ct)
    {
        if (meetings.Count == 0) return [];
        var groupIds = meetings.Select(m => m.GroupId).Distinct().ToList();
        var seats = await db.Memberships.AsNoTracking()
            .Where(m => groupIds.Contains(m.GroupId) && m.RetiredAt == null && m.OrganisationId != null)
            .Select(m => new { m.GroupId, m.OrganisationId, m.PersonId, PersonName = m.Person.Name, IsChair = m.Role == MemberRole.Chair })
            .ToListAsync(ct);
        var organisationIds = meetings.Select(m => m.ChairOrganisationOverrideId)
            .Concat(settings.Values.SelectMany(s => s.ChairRotationSlots.Select(r => (int?)r.OrganisationId)))
            .Where(id => id != null).Distinct().ToList();
        var organisations = organisationIds.Count == 0 ? [] : await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var personIds = meetings.Select(m => m.ChairPersonOverrideId).Where(id => id != null).Distinct().ToList();
        var people = personIds.Count == 0 ? [] : await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);

        var result = new Dictionary<int, Chair>();
        foreach (var meeting in meetings)
        {
            var date = DateOnly.FromDateTime(SwedishTime.ToLocal(meeting.StartsAt).DateTime);
            var fromRotation = settings.TryGetValue(meeting.GroupId, out var s) ? s.ChairRotation?.ChairOn(date) : null;
            var organisationId = meeting.ChairOrganisationOverrideId ?? fromRotation;
            var seat = seats.Where(x => x.GroupId == meeting.GroupId && x.OrganisationId == organisationId)
                .OrderByDescending(x => x.IsChair).FirstOrDefault();
            var personId = meeting.ChairPersonOverrideId ?? seat?.PersonId;
            var personName = meeting.ChairPersonOverrideId is int p ? people.GetValueOrDefault(p) : seat?.PersonName;
            var source = meeting.ChairOrganisationOverrideId is not null || meeting.ChairPersonOverrideId is not null
                ? "override" : fromRotation is not null ? "rotation" : "none";
            result[meeting.Id] = new Chair(organisationId, organisationId is int o ? organisations.GetValueOrDefault(o) : null, personId, personName, source);
        }
        return result;
    }
}
