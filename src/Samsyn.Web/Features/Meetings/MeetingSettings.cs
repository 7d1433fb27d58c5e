using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Meetings;

/// <summary>How a group meets: usual day, time and length, the rules for its yearly plan, agenda and attendance.</summary>
public sealed class MeetingSettings : Entity
{
    public int GroupId { get; set; }
    public Group Group { get; set; } = null!;
    public TimeOnly UsualStart { get; set; } = new(13, 0);
    public int DurationMinutes { get; set; } = 60;
    public DayOfWeek? PreferredDay { get; set; }
    public string? Location { get; set; }
    public bool IncludeWhitsun { get; set; }

    /// <summary>Proposals for the agenda close this many working days before the meeting.</summary>
    public int AgendaDeadlineWorkingDays { get; set; } = 3;

    /// <summary>Attendance target in percent.</summary>
    public int AttendanceTarget { get; set; } = 90;
    public bool UsesAdjuster { get; set; }

    /// <summary>First and last ISO week of the summer vacation period.</summary>
    public int SummerFirstWeek { get; set; } = 27;
    public int SummerLastWeek { get; set; } = 32;

    /// <summary>The chair rotation: organisations in turn, each for a period of whole months from the start.</summary>
    public DateOnly? ChairRotationStart { get; set; }
    public int ChairPeriodMonths { get; set; } = 12;
    public List<ChairRotationSlot> ChairRotationSlots { get; } = [];

    /// <summary>Items every agenda starts with.</summary>
    public List<StandingAgendaItem> StandingItems { get; } = [];

    public MeetingPlanRules PlanRules => new(IncludeWhitsun, SummerFirstWeek, SummerLastWeek, PreferredDay);

    public ChairRotation? ChairRotation => ChairRotationStart is DateOnly start && ChairRotationSlots.Count > 0
        ? new ChairRotation(start, ChairPeriodMonths, [.. ChairRotationSlots.OrderBy(s => s.Order).Select(s => s.OrganisationId)])
        : null;
}

public sealed class ChairRotationSlot
{
    public int Id { get; set; }
    public int MeetingSettingsId { get; set; }
    public int Order { get; set; }
    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
}

public sealed class StandingAgendaItem
{
    public int Id { get; set; }
    public int MeetingSettingsId { get; set; }
    public int Order { get; set; }
    public string Title { get; set; } = "";
    public AgendaItemKind Kind { get; set; }
    public int DurationMinutes { get; set; }
}

internal sealed class MeetingSettingsConfiguration : IEntityTypeConfiguration<MeetingSettings>
{
    public void Configure(EntityTypeBuilder<MeetingSettings> builder)
    {
        builder.HasOne(s => s.Group).WithMany().OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.GroupId).IsUnique();
        builder.Property(s => s.Location).HasMaxLength(300);
        builder.Property(s => s.PreferredDay).HasConversion<string>().HasMaxLength(12);
        builder.HasMany(s => s.ChairRotationSlots).WithOne().HasForeignKey(s => s.MeetingSettingsId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.StandingItems).WithOne().HasForeignKey(s => s.MeetingSettingsId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(s => s.PlanRules);
        builder.Ignore(s => s.ChairRotation);
    }
}

internal sealed class ChairRotationSlotConfiguration : IEntityTypeConfiguration<ChairRotationSlot>
{
    public void Configure(EntityTypeBuilder<ChairRotationSlot> builder) =>
        builder.HasOne(s => s.Organisation).WithMany().OnDelete(DeleteBehavior.Restrict);
}

internal sealed class StandingAgendaItemConfiguration : IEntityTypeConfiguration<StandingAgendaItem>
{
    public void Configure(EntityTypeBuilder<StandingAgendaItem> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(300).IsRequired();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
    }
}
