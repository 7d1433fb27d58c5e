using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Strategy;

public enum PlanStatus { Draft, Proposed, Adopted, Superseded }

public enum ReportingPeriod { Yearly, HalfYearly, Quarterly }

public enum PlanStatementKind { GuidingPrinciple, DeclarationOfIntent }

/// <summary>
/// A multi-year strategic plan of a collaboration area. The steering group drafts and proposes it,
/// the political body adopts it. An adopted plan is never edited in place: the yearly revision is
/// a new version (<see cref="Revise"/>) with a change note, and adopting it supersedes the previous one.
/// </summary>
public sealed class StrategicPlan : Entity
{
    public int AreaId { get; set; }
    public CollaborationArea Area { get; set; } = null!;

    /// <summary>The group that drafts and proposes the plan; its convener edits it.</summary>
    public int SteeringGroupId { get; set; }
    public Group SteeringGroup { get; set; } = null!;

    /// <summary>The political body that adopts the plan.</summary>
    public int? PoliticalGroupId { get; set; }
    public Group? PoliticalGroup { get; set; }

    public string Title { get; set; } = "";
    public int StartYear { get; set; }
    public int EndYear { get; set; }
    public string? Introduction { get; set; }
    public string Purpose { get; set; } = "";
    public string OverallGoal { get; set; } = "";
    public ReportingPeriod ReportingPeriod { get; set; }

    public PlanStatus Status { get; private set; }
    public int Revision { get; private set; } = 1;
    public int? PreviousVersionId { get; private set; }
    public string? ChangeNote { get; private set; }
    public DateTimeOffset? ProposedAt { get; private set; }
    public string? ProposedBy { get; private set; }
    public DateOnly? AdoptedOn { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? SupersededAt { get; private set; }

    public List<GoalArea> GoalAreas { get; } = [];
    public List<TargetGroup> TargetGroups { get; } = [];
    public List<PlanStatement> Statements { get; } = [];

    public bool IsAdopted => Status == PlanStatus.Adopted;

    /// <summary>Only a draft is edited; anything later changes through a revision.</summary>
    public void EnsureEditable()
    {
        if (Status == PlanStatus.Draft) return;
        throw new InvalidStateChangeException(Status switch
        {
            PlanStatus.Proposed => "Planen är föreslagen och kan inte ändras. Skicka tillbaka den som utkast eller fastställ den.",
            PlanStatus.Adopted => "En fastställd plan ändras aldrig direkt. Gör en revidering: den blir en ny version med en ändringsnotering.",
            _ => "Planen är ersatt av en senare version och kan inte ändras.",
        });
    }

    public void Propose(DateTimeOffset at, string by)
    {
        if (Status != PlanStatus.Draft) throw new InvalidStateChangeException("Bara ett utkast kan föreslås.");
        if (GoalAreas.Count == 0) throw new InvalidStateChangeException("Planen måste ha minst ett målområde innan den föreslås.");
        (Status, ProposedAt, ProposedBy) = (PlanStatus.Proposed, at, by);
    }

    public void ReturnToDraft()
    {
        if (Status != PlanStatus.Proposed) throw new InvalidStateChangeException("Bara en föreslagen plan kan skickas tillbaka som utkast.");
        (Status, ProposedAt, ProposedBy) = (PlanStatus.Draft, null, null);
    }

    /// <summary>Records the political body's decision; the previous version, if any, is superseded by the caller.</summary>
    public void Adopt(DateOnly on, string decidedBy)
    {
        if (Status != PlanStatus.Proposed)
            throw new InvalidStateChangeException("Bara en plan som styrgruppen har föreslagit kan fastställas.");
        (Status, AdoptedOn, DecidedBy) = (PlanStatus.Adopted, on, decidedBy);
    }

    public void Supersede(DateTimeOffset at)
    {
        if (Status != PlanStatus.Adopted) throw new InvalidStateChangeException("Bara en fastställd plan kan ersättas.");
        (Status, SupersededAt) = (PlanStatus.Superseded, at);
    }

    /// <summary>The yearly revision: a new draft with the same content, pointing back at this version.</summary>
    public StrategicPlan Revise(string changeNote)
    {
        if (Status != PlanStatus.Adopted) throw new InvalidStateChangeException("Bara den fastställda planen kan revideras.");
        if (string.IsNullOrWhiteSpace(changeNote)) throw new ArgumentException("A revision needs a change note.", nameof(changeNote));
        var next = new StrategicPlan
        {
            AreaId = AreaId, SteeringGroupId = SteeringGroupId, PoliticalGroupId = PoliticalGroupId, Title = Title,
            StartYear = StartYear, EndYear = EndYear, Introduction = Introduction, Purpose = Purpose, OverallGoal = OverallGoal,
            ReportingPeriod = ReportingPeriod, Revision = Revision + 1, PreviousVersionId = Id, ChangeNote = changeNote.Trim(),
        };
        next.GoalAreas.AddRange(GoalAreas.OrderBy(g => g.Order).Select(g => new GoalArea { Title = g.Title, Description = g.Description, Order = g.Order }));
        next.TargetGroups.AddRange(TargetGroups.OrderBy(t => t.Order).Select(t => new TargetGroup { Name = t.Name, Order = t.Order }));
        next.Statements.AddRange(Statements.OrderBy(s => s.Order).Select(s => new PlanStatement { Kind = s.Kind, Text = s.Text, Order = s.Order }));
        return next;
    }

    public bool Covers(int year) => year >= StartYear && year <= EndYear;

    /// <summary>
    /// Sets a draft's goal areas in one go: rows with an id edit that goal area, rows without add one, goal areas
    /// not named are removed; the order follows each row's wished position, a moved row first on a tie.
    /// </summary>
    public void SetGoalAreas(IReadOnlyList<GoalAreaEdit> rows)
    {
        EnsureEditable();
        var unknown = rows.Where(r => r.Id is int id && GoalAreas.All(g => g.Id != id)).Select(r => r.Id).FirstOrDefault();
        if (unknown is not null) throw new ArgumentException($"Goal area {unknown} is not one of the plan's.", nameof(rows));
        GoalAreas.RemoveAll(g => rows.All(r => r.Id != g.Id));
        // A row asking for another place than its goal area has (or a new row asking for one) wins a tie: it moves there, the other moves down.
        bool Moved(GoalAreaEdit r) => r.Order is int wished && (r.Id is not int id || GoalAreas.First(g => g.Id == id).Order != wished);
        var placed = rows.Select((r, i) => (Row: r, Index: i)).OrderBy(x => x.Row.Order ?? int.MaxValue).ThenBy(x => Moved(x.Row) ? 0 : 1).ThenBy(x => x.Index).ToList();
        for (var n = 0; n < placed.Count; n++)
        {
            var row = placed[n].Row;
            var goal = row.Id is int id ? GoalAreas.First(g => g.Id == id) : new GoalArea();
            (goal.Title, goal.Description, goal.Order) = (row.Title.Trim(), Clean(row.Description), n + 1);
            if (row.Id is null) GoalAreas.Add(goal);
        }
    }

    /// <summary>Adds a goal area to a draft at <paramref name="position"/> (1 = first; null or beyond the end = last).</summary>
    public GoalArea AddGoalArea(string title, string? description, int? position)
    {
        EnsureEditable();
        var goal = new GoalArea { Title = title.Trim(), Description = Clean(description) };
        GoalAreas.Add(goal);
        Place(goal, position);
        return goal;
    }

    /// <summary>Changes a draft's goal area and moves it to <paramref name="position"/> (null keeps its place).</summary>
    public void EditGoalArea(GoalArea goal, string title, string? description, int? position)
    {
        EnsureEditable();
        if (!GoalAreas.Contains(goal)) throw new ArgumentException("The goal area is not one of the plan's.", nameof(goal));
        (goal.Title, goal.Description) = (title.Trim(), Clean(description));
        Place(goal, position ?? goal.Order);
    }

    /// <summary>Removes a goal area from a draft; the others close up.</summary>
    public void RemoveGoalArea(GoalArea goal)
    {
        EnsureEditable();
        if (!GoalAreas.Remove(goal)) throw new ArgumentException("The goal area is not one of the plan's.", nameof(goal));
        Place(null, null);
    }

    /// <summary>Puts <paramref name="goal"/> at a position among the others and numbers them all 1, 2, 3 … without gaps.</summary>
    private void Place(GoalArea? goal, int? position)
    {
        var others = GoalAreas.Where(g => g != goal).OrderBy(g => g.Order).ThenBy(g => g.Id).ToList();
        if (goal is not null) others.Insert(Math.Clamp((position ?? int.MaxValue) - 1, 0, others.Count), goal);
        for (var n = 0; n < others.Count; n++) others[n].Order = n + 1;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>One row of a draft's goal areas as an editor sends it: an existing goal area (by id) or a new one, with its wished place.</summary>
public sealed record GoalAreaEdit(int? Id, string Title, string? Description, int? Order);

public sealed class GoalArea : Entity
{
    public int StrategicPlanId { get; set; }
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public int Order { get; set; }
}

public sealed class TargetGroup : Entity
{
    public int StrategicPlanId { get; set; }
    public string Name { get; set; } = "";
    public int Order { get; set; }
}

/// <summary>A guiding principle or a point of the joint declaration of intent.</summary>
public sealed class PlanStatement : Entity
{
    public int StrategicPlanId { get; set; }
    public PlanStatementKind Kind { get; set; }
    public string Text { get; set; } = "";
    public int Order { get; set; }
}

internal sealed class StrategicPlanConfiguration : IEntityTypeConfiguration<StrategicPlan>
{
    public void Configure(EntityTypeBuilder<StrategicPlan> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(300).IsRequired();
        builder.Property(p => p.Introduction).HasMaxLength(8000);
        builder.Property(p => p.Purpose).HasMaxLength(4000).IsRequired();
        builder.Property(p => p.OverallGoal).HasMaxLength(4000).IsRequired();
        builder.Property(p => p.ChangeNote).HasMaxLength(4000);
        builder.Property(p => p.ProposedBy).HasMaxLength(200);
        builder.Property(p => p.DecidedBy).HasMaxLength(200);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ReportingPeriod).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(p => p.Area).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.SteeringGroup).WithMany().HasForeignKey(p => p.SteeringGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.PoliticalGroup).WithMany().HasForeignKey(p => p.PoliticalGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StrategicPlan>().WithMany().HasForeignKey(p => p.PreviousVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.GoalAreas).WithOne().HasForeignKey(g => g.StrategicPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.TargetGroups).WithOne().HasForeignKey(g => g.StrategicPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Statements).WithOne().HasForeignKey(g => g.StrategicPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.AreaId, p.StartYear });
    }
}

internal sealed class GoalAreaConfiguration : IEntityTypeConfiguration<GoalArea>
{
    public void Configure(EntityTypeBuilder<GoalArea> builder)
    {
        builder.Property(g => g.Title).HasMaxLength(300).IsRequired();
        builder.Property(g => g.Description).HasMaxLength(4000);
    }
}

internal sealed class TargetGroupConfiguration : IEntityTypeConfiguration<TargetGroup>
{
    public void Configure(EntityTypeBuilder<TargetGroup> builder) => builder.Property(g => g.Name).HasMaxLength(300).IsRequired();
}

internal sealed class PlanStatementConfiguration : IEntityTypeConfiguration<PlanStatement>
{
    public void Configure(EntityTypeBuilder<PlanStatement> builder)
    {
        builder.Property(s => s.Text).HasMaxLength(2000).IsRequired();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
    }
}
