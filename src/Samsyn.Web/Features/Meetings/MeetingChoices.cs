using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Meetings;

/// <summary>The lists the meeting forms choose from, and the groups a person belongs to.</summary>
public static class MeetingChoices
{
    /// <summary>Active organisations of the group's area; those with a seat in the group first. One query.</summary>
    public static async Task<List<SelectListItem>> OrganisationsAsync(AppDbContext db, int groupId, CancellationToken ct)
    {
        var area = db.Groups.Where(g => g.Id == groupId).Select(g => g.AreaId);
        var inGroup = db.Memberships.Where(m => m.GroupId == groupId && m.RetiredAt == null && m.OrganisationId != null).Select(m => m.OrganisationId!.Value);
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => (o.RetiredAt == null && area.Contains(o.AreaId)) || inGroup.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, Seated = inGroup.Contains(o.Id) }).ToListAsync(ct);
        return [.. organisations
            .OrderBy(o => o.Seated ? 0 : 1).ThenBy(o => o.Name, StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), false))
            .Select(o => new SelectListItem(o.Name, Id(o.Id)))];
    }

    /// <summary>The group's members and substitutes (the people who present items and own actions). One query.</summary>
    public static async Task<List<SelectListItem>> GroupPeopleAsync(AppDbContext db, int groupId, CancellationToken ct)
    {
        var seats = db.Memberships.AsNoTracking().Where(m => m.GroupId == groupId && m.RetiredAt == null);
        var people = await seats.Select(m => new { m.PersonId, m.Person.Name })
            .Concat(seats.SelectMany(m => m.Substitutes).Select(s => new { s.PersonId, s.Person.Name }))
            .ToListAsync(ct);
        return [.. people.DistinctBy(p => p.PersonId)
            .OrderBy(p => p.Name, StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), false))
            .Select(p => new SelectListItem(p.Name, Id(p.PersonId)))];
    }

    public static List<SelectListItem> MeetingKinds() =>
        [.. Enum.GetValues<MeetingKind>().Select(k => new SelectListItem(MeetingText.Kind(k), k.ToString()))];

    public static List<SelectListItem> AgendaKinds() =>
        [.. Enum.GetValues<AgendaItemKind>().Select(k => new SelectListItem(MeetingText.Kind(k), k.ToString()))];

    public static List<SelectListItem> DecisionTypes() =>
        [.. Enum.GetValues<DecisionType>().Select(k => new SelectListItem(MeetingText.Type(k), k.ToString()))];

    public static List<SelectListItem> Weekdays() =>
        [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new SelectListItem(MeetingText.Weekday(d), d.ToString()))];

    /// <summary>The groups where the person is member, named substitute or convener.</summary>
    public static async Task<List<int>> MyGroupIdsAsync(AppDbContext db, int? personId, CancellationToken ct)
    {
        if (personId is not int p) return [];
        return await db.Memberships.AsNoTracking()
            .Where(m => m.RetiredAt == null && m.Group.RetiredAt == null && (m.PersonId == p || m.Substitutes.Any(s => s.PersonId == p)))
            .Select(m => m.GroupId).Distinct().ToListAsync(ct);
    }

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
