using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Cases;

/// <summary>
/// Where a handover stands: waiting for the receiving group to take it on (<see cref="Sent"/>),
/// being worked on, returned to the handing group with a reason, or reported back.
/// </summary>
public enum HandoverStatus { Sent, Accepted, Returned, ReportedBack }

/// <summary>
/// Överlämning: a case handed from one group to another of the same area, with an assignment and
/// a date to report back by. The receiving group accepts it (or returns it), notes its progress
/// and reports back; the report-back goes onto the handing group's next agenda.
/// </summary>
public sealed class Handover : Entity
{
    public const int MaxLinks = 2000;

    public int CaseId { get; set; }
    public Case Case { get; set; } = null!;
    public int FromGroupId { get; set; }
    public Group FromGroup { get; set; } = null!;
    public int ToGroupId { get; set; }
    public Group ToGroup { get; set; } = null!;
    public string Assignment { get; set; } = "";

    /// <summary>The last day (Swedish calendar) to report back on; overdue from the next midnight.</summary>
    public DateOnly ReportBackBy { get; set; }
    public HandoverStatus Status { get; private set; }
    public DateTimeOffset HandedOverAt { get; set; }
    public int? HandedOverByPersonId { get; set; }

    /// <summary>The handover decision in the handing group's minutes, when it was recorded there.</summary>
    public int? DecisionId { get; set; }
    public Decision? Decision { get; set; }

    public DateTimeOffset? AcceptedAt { get; private set; }
    public DateTimeOffset? ReturnedAt { get; private set; }
    public string? ReturnReason { get; private set; }
    public string? ReportBackText { get; private set; }

    /// <summary>Links to documents that belong to the report-back, one per line.</summary>
    public string? ReportBackLinks { get; private set; }
    public DateTimeOffset? ReportedBackAt { get; private set; }
    public int? ReportedBackByPersonId { get; private set; }

    /// <summary>The item the report-back was proposed as on the handing group's next meeting.</summary>
    public int? ReportBackAgendaItemId { get; private set; }
    public AgendaItem? ReportBackAgendaItem { get; private set; }
    public int? ReportBackMeetingId { get; private set; }

    public bool IsOpen => Status is HandoverStatus.Sent or HandoverStatus.Accepted;

    public bool IsOverdue(DateTimeOffset now) => CaseRules.IsOverdue(ReportBackBy, Status, now);

    /// <summary>The receiving group takes the question on.</summary>
    public void Accept(string? comment, DateTimeOffset at, Actor actor)
    {
        if (Status != HandoverStatus.Sent) throw new InvalidStateChangeException(CaseRules.Refusal(Status, HandoverAction.Accept)!);
        (Status, AcceptedAt) = (HandoverStatus.Accepted, at);
        Case.Record(CaseEventKind.Accepted, at, actor, comment, ToGroupId, this);
    }

    /// <summary>The receiving group gives the question back to the handing group, saying why.</summary>
    public void Return(string reason, DateTimeOffset at, Actor actor)
    {
        if (!IsOpen) throw new InvalidStateChangeException(CaseRules.Refusal(Status, HandoverAction.Return)!);
        (Status, ReturnedAt, ReturnReason) = (HandoverStatus.Returned, at, reason);
        Case.Record(CaseEventKind.Returned, at, actor, reason, ToGroupId, this);
        Case.FollowHandovers();
    }

    /// <summary>A progress note from the receiving group while it works on the question.</summary>
    public CaseEvent AddNote(string text, DateTimeOffset at, Actor actor)
    {
        if (!IsOpen) throw new InvalidStateChangeException(CaseRules.Refusal(Status, HandoverAction.Note)!);
        return Case.Record(CaseEventKind.Note, at, actor, text, ToGroupId, this);
    }

    /// <summary>The receiving group reports back on its assignment.</summary>
    public void ReportBack(string text, string? links, DateTimeOffset at, Actor actor)
    {
        if (Status != HandoverStatus.Accepted) throw new InvalidStateChangeException(CaseRules.Refusal(Status, HandoverAction.ReportBack)!);
        (Status, ReportBackText, ReportBackLinks, ReportedBackAt, ReportedBackByPersonId) = (HandoverStatus.ReportedBack, text, links, at, actor.PersonId);
        Case.Record(CaseEventKind.ReportedBack, at, actor, text, ToGroupId, this);
        Case.FollowHandovers();
    }

    /// <summary>Links the report-back to the item it became on the handing group's next meeting.</summary>
    public void ProposedAs(AgendaItem item, int meetingId, DateTimeOffset at, Actor actor)
    {
        (ReportBackAgendaItem, ReportBackMeetingId) = (item, meetingId);
        if (item.Id != 0) ReportBackAgendaItemId = item.Id;
        Case.Record(CaseEventKind.ReportBackOnAgenda, at, actor, null, FromGroupId, this, meetingId);
    }
}

internal sealed class HandoverConfiguration : IEntityTypeConfiguration<Handover>
{
    public void Configure(EntityTypeBuilder<Handover> builder)
    {
        builder.Property(h => h.Assignment).HasMaxLength(Case.MaxText).IsRequired();
        builder.Property(h => h.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.ReturnReason).HasMaxLength(Case.MaxText);
        builder.Property(h => h.ReportBackText).HasMaxLength(Case.MaxText);
        builder.Property(h => h.ReportBackLinks).HasMaxLength(Handover.MaxLinks);
        builder.HasOne(h => h.FromGroup).WithMany().HasForeignKey(h => h.FromGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(h => h.ToGroup).WithMany().HasForeignKey(h => h.ToGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(h => h.HandedOverByPersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Person>().WithMany().HasForeignKey(h => h.ReportedBackByPersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(h => h.Decision).WithMany().HasForeignKey(h => h.DecisionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(h => h.ReportBackAgendaItem).WithMany().HasForeignKey(h => h.ReportBackAgendaItemId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(h => h.ReportBackMeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => new { h.ToGroupId, h.Status });
        builder.HasIndex(h => new { h.FromGroupId, h.Status });
        builder.HasIndex(h => new { h.Status, h.ReportBackBy });
    }
}
