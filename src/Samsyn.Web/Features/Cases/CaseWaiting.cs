using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Cases;

/// <summary>
/// What cases ask of a person now, for the start page: as convener of a receiving group, questions to
/// accept and overdue report-backs; as convener of a handing group, new cases and report-backs to handle.
/// </summary>
public static class CaseWaiting
{
    public sealed record Item(string Text, string Link);

    public static async Task<List<Item>> ForPersonAsync(AppDbContext db, int personId, DateTimeOffset now, CancellationToken ct)
    {
        var convenes = await db.Memberships.AsNoTracking()
            .Where(m => m.PersonId == personId && m.Role == MemberRole.Convener && m.RetiredAt == null)
            .Select(m => new { m.GroupId, m.Group.Name }).ToListAsync(ct);
        if (convenes.Count == 0) return [];
        var groupIds = convenes.Select(g => g.GroupId).ToList();
        var today = SwedishTime.DateOf(now);
        var items = new List<Item>();

        var incoming = await db.Handovers.AsNoTracking()
            .Where(h => groupIds.Contains(h.ToGroupId) && (h.Status == HandoverStatus.Sent || h.Status == HandoverStatus.Accepted))
            .Select(h => new { h.ToGroupId, h.Status, h.ReportBackBy }).ToListAsync(ct);
        foreach (var group in convenes)
        {
            var mine = incoming.Where(h => h.ToGroupId == group.GroupId).ToList();
            var toAccept = mine.Count(h => h.Status == HandoverStatus.Sent);
            var overdue = mine.Count(h => h.ReportBackBy < today);
            var link = $"/grupper/{CasePages.Id(group.GroupId)}/inkorg";
            if (toAccept > 0) items.Add(new(toAccept == 1 ? $"1 överlämnad fråga att ta emot i {group.Name}" : $"{toAccept} överlämnade frågor att ta emot i {group.Name}", link));
            if (overdue > 0) items.Add(new(overdue == 1 ? $"1 försenad återrapport i {group.Name}" : $"{overdue} försenade återrapporter i {group.Name}", link));
        }

        var handling = await db.Cases.AsNoTracking()
            .Where(c => groupIds.Contains(c.GroupId) && (c.Status == CaseStatus.Raised || c.Status == CaseStatus.ReportedBack))
            .Select(c => c.Status).ToListAsync(ct);
        var raised = handling.Count(s => s == CaseStatus.Raised);
        var reported = handling.Count(s => s == CaseStatus.ReportedBack);
        if (raised > 0) items.Add(new(raised == 1 ? "1 nytt ärende att sätta upp, besluta eller lämna över" : $"{raised} nya ärenden att sätta upp, besluta eller lämna över", "/arenden?status=Raised"));
        if (reported > 0) items.Add(new(reported == 1 ? "1 återrapporterat ärende att besluta eller avsluta" : $"{reported} återrapporterade ärenden att besluta eller avsluta", "/arenden?status=ReportedBack"));
        return items;
    }
}
