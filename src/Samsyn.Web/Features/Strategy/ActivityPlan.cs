using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Strategy;

public enum ActivityStatus { NotStarted, OnTrack, AtRisk, Done, Cancelled }

/// <summary>A collaboration group's annual activity plan (verksamhetsplan), derived from the plan in force.</summary>
public sealed class ActivityPlan : Entity
{
    public int StrategicPlanId { get; set; }
    public StrategicPlan StrategicPlan { get; set; } = null!;
    public int GroupId { get; set; }
    public Group Group { get; set; } = null!;
    public int Year { get; set; }
    public string? Summary { get; set; }
    public List<Activity> Activities { get; } = [];
}

/// <summary>An activity serves one or more goal areas of its plan, optionally for some target groups.</summary>
public sealed class Activity : Entity
{
    public int ActivityPlanId { get; set; }
    public ActivityPlan ActivityPlan { get; set; } = null!;
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public int? OwnerOrganisationId { get; set; }
    public Organisation? OwnerOrganisation { get; set; }
    public int? OwnerPersonId { get; set; }
    public Person? OwnerPerson { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? ExpectedResult { get; set; }
    public List<ActivityGoalArea> GoalAreas { get; } = [];
    public List<ActivityTargetGroup> TargetGroups { get; } = [];
    public List<Indicator> Indicators { get; } = [];
    public List<ActivityFollowUp> FollowUps { get; } = [];
}

public sealed class ActivityGoalArea
{
    public int ActivityId { get; set; }
    public int GoalAreaId { get; set; }
    public GoalArea GoalArea { get; set; } = null!;
}

public sealed class ActivityTargetGroup
{
    public int ActivityId { get; set; }
    public int TargetGroupId { get; set; }
    public TargetGroup TargetGroup { get; set; } = null!;
}

public sealed class Indicator : Entity
{
    public int ActivityId { get; set; }
    public string Name { get; set; } = "";
    public string Unit { get; set; } = "";
    public decimal Baseline { get; set; }
    public decimal Target { get; set; }
}

/// <summary>The follow-up of an activity for one reporting period of a year.</summary>
public sealed class ActivityFollowUp : Entity
{
    public int ActivityId { get; set; }
    public int Year { get; set; }

    /// <summary>1 for a yearly follow-up; 1–2 half-yearly; 1–4 quarterly.</summary>
    public int Period { get; set; }
    public ActivityStatus Status { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";
    public List<IndicatorValue> Values { get; } = [];
}

public sealed class IndicatorValue
{
    public int FollowUpId { get; set; }
    public int IndicatorId { get; set; }
    public decimal Value { get; set; }
}

internal sealed class ActivityPlanConfiguration : IEntityTypeConfiguration<ActivityPlan>
{
    public void Configure(EntityTypeBuilder<ActivityPlan> builder)
    {
        builder.Property(p => p.Summary).HasMaxLength(4000);
        builder.HasOne(p => p.StrategicPlan).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Group).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Activities).WithOne(a => a.ActivityPlan).HasForeignKey(a => a.ActivityPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.GroupId, p.Year }).IsUnique();
    }
}

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(300).IsRequired();
        builder.Property(a => a.Description).HasMaxLength(4000);
        builder.Property(a => a.ExpectedResult).HasMaxLength(2000);
        builder.HasOne(a => a.OwnerOrganisation).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.OwnerPerson).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.GoalAreas).WithOne().HasForeignKey(g => g.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.TargetGroups).WithOne().HasForeignKey(g => g.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Indicators).WithOne().HasForeignKey(i => i.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.FollowUps).WithOne().HasForeignKey(f => f.ActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActivityGoalAreaConfiguration : IEntityTypeConfiguration<ActivityGoalArea>
{
    public void Configure(EntityTypeBuilder<ActivityGoalArea> builder)
    {
        builder.HasKey(g => new { g.ActivityId, g.GoalAreaId });
        builder.HasOne(g => g.GoalArea).WithMany().HasForeignKey(g => g.GoalAreaId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ActivityTargetGroupConfiguration : IEntityTypeConfiguration<ActivityTargetGroup>
{
    public void Configure(EntityTypeBuilder<ActivityTargetGroup> builder)
    {
        builder.HasKey(g => new { g.ActivityId, g.TargetGroupId });
        builder.HasOne(g => g.TargetGroup).WithMany().HasForeignKey(g => g.TargetGroupId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(300).IsRequired();
        builder.Property(i => i.Unit).HasMaxLength(30).IsRequired();
        builder.Property(i => i.Baseline).HasPrecision(18, 2);
        builder.Property(i => i.Target).HasPrecision(18, 2);
    }
}

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<ActivityFollowUp>
{
    public void Configure(EntityTypeBuilder<ActivityFollowUp> builder)
    {
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Comment).HasMaxLength(4000);
        builder.Property(f => f.RecordedBy).HasMaxLength(200);
        builder.HasMany(f => f.Values).WithOne().HasForeignKey(v => v.FollowUpId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.ActivityId, f.Year, f.Period }).IsUnique();
    }
}

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.HasKey(v => new { v.FollowUpId, v.IndicatorId });
        builder.Property(v => v.Value).HasPrecision(18, 2);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}
