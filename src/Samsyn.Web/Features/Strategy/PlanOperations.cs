using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Documents;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Strategy;

/// <summary>The plan's life-cycle steps as the API and the pages both make them; callers check rights, input and version first.</summary>
public static class PlanOperations
{
    /// <summary>A new draft in the steering group's area.</summary>
    public static async Task<StrategicPlan> CreateDraftAsync(AppDbContext db, StrategicPlanInput input, CancellationToken ct)
    {
        var areaId = await db.Groups.Where(g => g.Id == input.SteeringGroupId).Select(g => g.AreaId).FirstAsync(ct);
        var plan = new StrategicPlan { AreaId = areaId, SteeringGroupId = input.SteeringGroupId!.Value };
        StrategicPlanApi.Apply(plan, input);
        db.StrategicPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        return plan;
    }

    /// <summary>The steering group proposes the plan; its members and the political body's are told that it awaits adoption.</summary>
    public static async Task ProposeAsync(AppDbContext db, StrategicPlan plan, string by, int? actorPersonId, CancellationToken ct)
    {
        plan.Propose(db.Clock.GetUtcNow(), by);
        var people = await DocumentNotifications.MembersOfAsync(db, plan.PoliticalGroupId is int political ? [plan.SteeringGroupId, political] : [plan.SteeringGroupId], ct);
        Notifier.Raise(db, people, NotificationKind.StrategicPlanProposed, $"Föreslagen: {plan.Title}",
            $"Styrgruppen har föreslagit {plan.Title} ({plan.StartYear}–{plan.EndYear}, version {plan.Revision}). Planen väntar på att fastställas.",
            Link(plan), nameof(StrategicPlan), plan.Id.ToString(CultureInfo.InvariantCulture), actorPersonId);
    }

    /// <summary>Records the political body's decision; the adopted revision supersedes the version it was made from.</summary>
    public static async Task AdoptAsync(AppDbContext db, StrategicPlan plan, DateOnly on, string? decidedBy, int? actorPersonId, CancellationToken ct)
    {
        var by = string.IsNullOrWhiteSpace(decidedBy) ? plan.PoliticalGroup?.Name ?? "Politiskt organ" : decidedBy.Trim();
        plan.Adopt(on, by);
        if (plan.PreviousVersionId is int previousId && await db.StrategicPlans.FirstOrDefaultAsync(p => p.Id == previousId, ct) is { IsAdopted: true } previous)
            previous.Supersede(db.Clock.GetUtcNow());
        // The steering group, and the conveners of the area's groups, who write the activity plans on it.
        var steering = await DocumentNotifications.MembersOfAsync(db, [plan.SteeringGroupId], ct);
        var conveners = await db.Memberships.AsNoTracking()
            .Where(m => m.Group.AreaId == plan.AreaId && m.Group.RetiredAt == null && m.RetiredAt == null && m.Role == MemberRole.Convener && m.Person.RetiredAt == null)
            .Select(m => m.PersonId).ToListAsync(ct);
        Notifier.Raise(db, steering.Concat(conveners), NotificationKind.StrategicPlanAdopted, $"Fastställd: {plan.Title}",
            $"{plan.Title} ({plan.StartYear}–{plan.EndYear}, version {plan.Revision}) är fastställd {on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} av {by}."
            + (plan.ChangeNote is null ? "" : $" Ändringar: {plan.ChangeNote}"),
            Link(plan), nameof(StrategicPlan), plan.Id.ToString(CultureInfo.InvariantCulture), actorPersonId);
    }

    private static string Link(StrategicPlan plan) => $"/strategi/planer/{plan.Id}";

    /// <summary>The yearly revision: a new draft from the adopted plan, once per version.</summary>
    public static async Task<StrategicPlan> ReviseAsync(AppDbContext db, StrategicPlan plan, string changeNote, CancellationToken ct)
    {
        if (await db.StrategicPlans.AnyAsync(p => p.PreviousVersionId == plan.Id, ct))
            throw new InvalidStateChangeException("Det finns redan en revidering av den här versionen.");
        var next = plan.Revise(changeNote);
        db.StrategicPlans.Add(next);
        return next;
    }

    /// <summary>The plan with its content, tracked for a change.</summary>
    public static Task<StrategicPlan?> LoadAsync(AppDbContext db, int id, CancellationToken ct) =>
        db.StrategicPlans.AsSplitQuery().Include(p => p.GoalAreas).Include(p => p.TargetGroups).Include(p => p.Statements)
            .Include(p => p.PoliticalGroup).FirstOrDefaultAsync(p => p.Id == id, ct);
}
