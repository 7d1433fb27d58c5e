using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Structure;

namespace Samsyn.Web.Features.Cases;

/// <summary>The steps a case's trail records, from raised to closed.</summary>
public enum CaseEventKind
{
    Raised, PutOnAgenda, Decided, HandedOver, Accepted, Returned, Note, ReportedBack, ReportBackOnAgenda, Closed,
}

/// <summary>
/// One step of a case's trail: what happened, when, by whom, with the text that went with it (the
/// assignment, a reason, a note, the report-back) as it was written then. Never changed afterwards.
/// </summary>
public sealed class CaseEvent
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public CaseEventKind Kind { get; set; }
    public DateTimeOffset At { get; set; }
    public int? PersonId { get; set; }

    /// <summary>The actor's name at the time, so the trail reads the same if the person is renamed or retired.</summary>
    public string ActorName { get; set; } = "";
    public string? Text { get; set; }

    /// <summary>The group the step concerns: the handing group, or the receiving group of a handover.</summary>
    public int? GroupId { get; set; }
    public Group? Group { get; set; }
    public int? HandoverId { get; set; }
    public Handover? Handover { get; set; }

    /// <summary>The meeting the step took place at or was put on.</summary>
    public int? MeetingId { get; set; }
}

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> builder)
    {
        builder.ToTable("CaseEvents");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.ActorName).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Text).HasMaxLength(Case.MaxText);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(e => e.Group).WithMany().HasForeignKey(e => e.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Handover).WithMany().HasForeignKey(e => e.HandoverId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(e => e.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.CaseId, e.Id });
    }
}
