using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Meetings;

public enum AgendaItemKind { Information, Decision, Discussion }

public enum AgendaItemStatus { Proposed, Accepted, Declined }

/// <summary>A time-boxed point on a meeting's agenda, and the minutes written for it.</summary>
public sealed class AgendaItem : Entity
{
    public const int MaxDurationMinutes = 240;

    public int MeetingId { get; set; }
    public int Order { get; set; }
    public string Title { get; set; } = "";
    public AgendaItemKind Kind { get; set; }
    public int DurationMinutes { get; set; }
    public string? Description { get; set; }

    /// <summary>Links to documents that belong to the item, one per line.</summary>
    public string? Links { get; set; }
    public int? PresenterOrganisationId { get; set; }
    public Organisation? PresenterOrganisation { get; set; }
    public int? PresenterPersonId { get; set; }
    public Person? PresenterPerson { get; set; }

    public AgendaItemStatus Status { get; set; }
    public bool IsStanding { get; set; }
    public bool IsLateAddition { get; set; }
    public int? ProposedByPersonId { get; set; }
    public Person? ProposedByPerson { get; set; }

    /// <summary>The minutes' notes for this item.</summary>
    public string? Notes { get; set; }
    public List<Decision> Decisions { get; } = [];
    public List<ActionItem> ActionItems { get; } = [];
}

/// <summary>
/// A decision of a group: recorded in the minutes under an agenda item, or taken outside a meeting and
/// registered in the decision register (Features/Decisions). Every decision names its group and day, so the
/// register lists both kinds alike.
/// </summary>
public sealed class Decision : Entity
{
    /// <summary>The agenda item and meeting of a decision in the minutes; null for one taken outside a meeting.</summary>
    public int? AgendaItemId { get; set; }
    public int? MeetingId { get; set; }
    public int GroupId { get; set; }
    public DateOnly DecidedOn { get; set; }
    public string Text { get; set; } = "";
    public DecisionType Type { get; set; }

    /// <summary>The case (ärende) the decision settles, when there is one.</summary>
    public int? CaseId { get; set; }

    /// <summary>The deviation report (avvikelse) the decision answers, when there is one.</summary>
    public int? DeviationReportId { get; set; }

    /// <summary>A decision for the minutes of <paramref name="meeting"/>; add it to the agenda item's decisions.</summary>
    public static Decision InMinutes(Meeting meeting, string text, DecisionType type) => new()
    {
        MeetingId = meeting.Id, GroupId = meeting.GroupId, DecidedOn = Infrastructure.SwedishTime.DateOf(meeting.StartsAt), Text = text, Type = type,
    };
}

public enum DecisionType { Decision, Exemption, Handover, Other }

/// <summary>Something someone has to do after the meeting; open ones carry forward to the next agenda.</summary>
public sealed class ActionItem : Entity
{
    public int AgendaItemId { get; set; }
    public int MeetingId { get; set; }
    public string Text { get; set; } = "";
    public int? OwnerPersonId { get; set; }
    public Person? OwnerPerson { get; set; }
    public DateOnly? DueDate { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(300).IsRequired();
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Description).HasMaxLength(4000);
        builder.Property(i => i.Links).HasMaxLength(4000);
        builder.Property(i => i.Notes).HasMaxLength(20000);
        builder.HasOne(i => i.PresenterOrganisation).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.PresenterPerson).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.ProposedByPerson).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Decisions).WithOne().HasForeignKey(d => d.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.ActionItems).WithOne().HasForeignKey(a => a.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.MeetingId, i.Order });
    }
}

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.Property(d => d.Text).HasMaxLength(4000).IsRequired();
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Group>().WithMany().HasForeignKey(d => d.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.MeetingId);
        builder.HasIndex(d => new { d.GroupId, d.DecidedOn });
    }
}

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> builder)
    {
        builder.Property(a => a.Text).HasMaxLength(2000).IsRequired();
        builder.HasOne(a => a.OwnerPerson).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.MeetingId, a.DoneAt });
    }
}
