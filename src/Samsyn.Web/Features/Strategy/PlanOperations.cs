using Microsoft.EntityFrameworkCore;
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

    public static Task ProposeAsync(AppDbContext db, StrategicPlan plan, string by, int? actorPersonId, CancellationToken ct)
    {
        plan.Propose(db.Clock.GetUtcNow(), by);
        return Task.CompletedTask;
    }

    /// <summary>Records the political body's decision; the adopted revision supersedes the version it was made from.</summary>
    public static async Task AdoptAsync(AppDbContext db, StrategicPlan plan, DateOnly on, string? decidedBy, int? actorPersonId, CancellationToken ct)
    {
        var by = string.IsNullOrWhiteSpace(decidedBy) ? plan.PoliticalGroup?.Name ?? "Politiskt organ" : decidedBy.Trim();
        plan.Adopt(on, by);
        if (plan.PreviousVersionId is int previousId && await db.StrategicPlans.FirstOrDefaultAsync(p => p.Id == previousId, ct) is { IsAdopted: true } previous)
            previous.Supersede(db.Clock.GetUtcNow());
    }

    /// <summary>The yearly revision: a new draft from the adopted plan, once per version.</summary>
    public static async Task<StrategicPlan> ReviseAsync(AppDbContext db, StrategicPlan plan, string changeNote, CancellationToken ct)
    {
        if (await db.StrategicPlans.AnyAsync(p => p.PreviousVersionId == plan.Id, ct))
            throw new Structure.InvalidStateChangeException("Det finns redan en revidering av den här versionen.");
        var next = plan.Revise(changeNote);
        db.StrategicPlans.Add(next);
        return next;
    }

    /// <summary>The plan with its content, tracked for a change.</summary>
    public static Task<StrategicPlan?> LoadAsync(AppDbContext db, int id, CancellationToken ct) =>
        db.StrategicPlans.AsSplitQuery().Include(p => p.GoalAreas).Include(p => p.TargetGroups).Include(p => p.Statements)
            .Include(p => p.PoliticalGroup).FirstOrDefaultAsync(p => p.Id == id, ct);
}
