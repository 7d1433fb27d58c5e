using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Meetings;

/// <summary>An action item to follow up: open, from an earlier meeting of the group.</summary>
public sealed record FollowUp(int Id, string Text, int? OwnerPersonId, string? OwnerName, DateOnly? DueDate, int MeetingId, DateTimeOffset MeetingStartsAt, int Version);

/// <summary>The action item form of the minutes page (the due date as the date field sends it).</summary>
public sealed class ActionForm
{
    [Display(Name = "Åtgärd")]
    public string? Text { get; set; }

    [Display(Name = "Ansvarig")]
    public int? OwnerPersonId { get; set; }

    [Display(Name = "Klart senast")]
    public string? DueDate { get; set; }
}

public static class MinutesSupport
{
    /// <summary>The name of the person behind a login ("processledare@simba.example" → "Helena Fiktiva"), else the login.</summary>
    public static async Task<string?> PersonNameAsync(AppDbContext db, string? userName, CancellationToken ct)
    {
        if (userName is null) return null;
        var name = await db.Users.AsNoTracking().Where(u => u.UserName == userName && u.Person != null)
            .Select(u => u.Person!.Name).FirstOrDefaultAsync(ct);
        return name ?? userName;
    }

    /// <summary>Open action items from the group's meetings before <paramref name="before"/>, oldest due first.</summary>
    public static async Task<List<FollowUp>> OpenActionsAsync(AppDbContext db, int groupId, DateTimeOffset before, CancellationToken ct)
    {
        var items = await db.ActionItems.AsNoTracking()
            .Join(db.Meetings.Where(m => m.GroupId == groupId && m.StartsAt < before), a => a.MeetingId, m => m.Id, (a, m) => new { a, m })
            .Where(x => x.a.DoneAt == null)
            .Select(x => new { x.a.Id, x.a.Text, x.a.OwnerPersonId, OwnerName = x.a.OwnerPerson != null ? x.a.OwnerPerson.Name : null, x.a.DueDate, MeetingId = x.m.Id, x.m.StartsAt, x.a.Version })
            .ToListAsync(ct);
        return [.. items.OrderBy(i => i.DueDate ?? DateOnly.MaxValue).ThenBy(i => i.StartsAt)
            .Select(i => new FollowUp(i.Id, i.Text, i.OwnerPersonId, i.OwnerName, i.DueDate, i.MeetingId, i.StartsAt, i.Version))];
    }
}
