using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Cases;

public enum CaseUrgency { Normal, High, Urgent }

/// <summary>
/// Where a case stands: raised with a group; on the group's next agenda; decided at a meeting (the
/// end); handed over to one or more collaboration groups; reported back by all of them; closed.
/// </summary>
public enum CaseStatus { Raised, OnAgenda, Decided, HandedOver, ReportedBack, Closed }

/// <summary>
/// Ärende: a question raised by a party for a group (the handing group, usually the management
/// group) to handle at a meeting. The group decides it there, or hands it over to collaboration
/// groups of the same area, which report back. Every step is kept in the trail (<see cref="Events"/>).
/// The state changes are the guarded methods below; callers check rights, input and versions.
/// </summary>
public sealed class Case : Entity
{
    public const int MaxTitle = 200;
    public const int MaxText = 4000;

    /// <summary>The handing group: the one that handles, decides, hands over and closes the case.</summary>
    public int GroupId { get; set; }
    public Group Group { get; set; } = null!;
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public CaseUrgency Urgency { get; set; }
    public CaseStatus Status { get; private set; }
    public DateTimeOffset RaisedAt { get; set; }
    public int? RaisedByPersonId { get; set; }
    public Person? RaisedBy { get; set; }

    /// <summary>The organisation the raiser acted for; none when a convener or administrator raised it for the group.</summary>
    public int? RaisedForOrganisationId { get; set; }
    public Organisation? RaisedFor { get; set; }
    public List<CaseOrganisation> AffectedOrganisations { get; } = [];

    /// <summary>The agenda item the case was put on, and its meeting.</summary>
    public int? AgendaItemId { get; private set; }
    public AgendaItem? AgendaItem { get; private set; }
    public int? MeetingId { get; private set; }

    public string? DecisionText { get; private set; }

    /// <summary>The decision in the minutes the case was decided by, when it was recorded there.</summary>
    public int? DecisionId { get; private set; }
    public Decision? Decision { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosingComment { get; private set; }

    public List<Handover> Handovers { get; } = [];
    public List<CaseEvent> Events { get; } = [];

    public bool IsOpen => Status is not (CaseStatus.Decided or CaseStatus.Closed);

    public bool HasOpenHandovers => Handovers.Any(h => h.IsOpen);

    /// <summary>A new case, with the first entry of its trail.</summary>
    public static Case Raise(int groupId, string title, string description, CaseUrgency urgency, int? organisationId,
        IEnumerable<int> affectedOrganisationIds, DateTimeOffset at, Actor actor)
    {
        var raised = new Case
        {
            GroupId = groupId, Title = title, Description = description, Urgency = urgency, RaisedAt = at,
            RaisedByPersonId = actor.PersonId, RaisedForOrganisationId = organisationId, Status = CaseStatus.Raised,
        };
        raised.AffectedOrganisations.AddRange(affectedOrganisationIds.Distinct().Select(id => new CaseOrganisation { OrganisationId = id }));
        raised.Record(CaseEventKind.Raised, at, actor, groupId: groupId);
        return raised;
    }

    /// <summary>Links the case to the agenda item on the group's next meeting.</summary>
    public void PutOnAgenda(AgendaItem item, int meetingId, DateTimeOffset at, Actor actor)
    {
        CaseRules.Ensure(Status, CaseAction.PutOnAgenda, HasOpenHandovers);
        (AgendaItem, MeetingId, Status) = (item, meetingId, CaseStatus.OnAgenda);
        if (item.Id != 0) AgendaItemId = item.Id;
        Record(CaseEventKind.PutOnAgenda, at, actor, groupId: GroupId, meetingId: meetingId);
    }

    /// <summary>Decides the case at a meeting; a decided case is finished.</summary>
    public void Decide(string text, Decision? minutesDecision, DateTimeOffset at, Actor actor)
    {
        CaseRules.Ensure(Status, CaseAction.Decide, HasOpenHandovers);
        (DecisionText, Decision, DecidedAt, Status) = (text, minutesDecision, at, CaseStatus.Decided);
        if (minutesDecision is { Id: > 0 }) DecisionId = minutesDecision.Id;
        Record(CaseEventKind.Decided, at, actor, text, GroupId, meetingId: minutesDecision?.MeetingId);
    }

    /// <summary>Hands the case over to another group with an assignment and a date to report back by.</summary>
    public Handover HandOver(int toGroupId, string assignment, DateOnly reportBackBy, Decision? minutesDecision, DateTimeOffset at, Actor actor)
    {
        CaseRules.Ensure(Status, CaseAction.HandOver, HasOpenHandovers);
        if (Handovers.Any(h => h.IsOpen && h.ToGroupId == toGroupId))
            throw new InvalidStateChangeException("Frågan är redan överlämnad till gruppen och väntar på återrapport.");
        var handover = new Handover
        {
            Case = this, FromGroupId = GroupId, ToGroupId = toGroupId, Assignment = assignment, ReportBackBy = reportBackBy,
            HandedOverAt = at, HandedOverByPersonId = actor.PersonId, Decision = minutesDecision,
            DecisionId = minutesDecision is { Id: > 0 } ? minutesDecision.Id : null,
        };
        Handovers.Add(handover);
        Status = CaseStatus.HandedOver;
        Record(CaseEventKind.HandedOver, at, actor, assignment, toGroupId, handover, minutesDecision?.MeetingId);
        return handover;
    }

    /// <summary>Closes the case: after the report-backs, or without a decision (with a reason).</summary>
    public void Close(string? comment, DateTimeOffset at, Actor actor)
    {
        CaseRules.Ensure(Status, CaseAction.Close, HasOpenHandovers);
        if (CaseRules.CloseNeedsComment(Status) && string.IsNullOrWhiteSpace(comment))
            throw new InvalidStateChangeException(CaseRules.CloseCommentMissing);
        (ClosingComment, ClosedAt, Status) = (comment, at, CaseStatus.Closed);
        Record(CaseEventKind.Closed, at, actor, comment, GroupId);
    }

    /// <summary>
    /// The case's status once a handover has moved on: handed over while any is open; reported back
    /// when none is and one has reported back; back with the handing group when all were returned.
    /// </summary>
    internal void FollowHandovers()
    {
        if (!IsOpen) return;
        Status = HasOpenHandovers ? CaseStatus.HandedOver
            : Handovers.Any(h => h.Status == HandoverStatus.ReportedBack) ? CaseStatus.ReportedBack
            : AgendaItemId is not null || AgendaItem is not null ? CaseStatus.OnAgenda
            : CaseStatus.Raised;
    }

    internal CaseEvent Record(CaseEventKind kind, DateTimeOffset at, Actor actor, string? text = null, int? groupId = null,
        Handover? handover = null, int? meetingId = null)
    {
        var entry = new CaseEvent
        {
            Kind = kind, At = at, PersonId = actor.PersonId, ActorName = actor.Name, Text = text, GroupId = groupId,
            Handover = handover, HandoverId = handover is { Id: > 0 } ? handover.Id : null, MeetingId = meetingId,
        };
        Events.Add(entry);
        return entry;
    }
}

/// <summary>Who did something: the person (when the login has one) and the name the trail shows.</summary>
public sealed record Actor(int? PersonId, string Name);

/// <summary>An organisation a case concerns.</summary>
public sealed class CaseOrganisation
{
    public int CaseId { get; set; }
    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
}

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ToTable("Cases");
        builder.Property(c => c.Title).HasMaxLength(Case.MaxTitle).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(Case.MaxText).IsRequired();
        builder.Property(c => c.Urgency).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.DecisionText).HasMaxLength(Case.MaxText);
        builder.Property(c => c.ClosingComment).HasMaxLength(Case.MaxText);
        builder.HasOne(c => c.Group).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.RaisedBy).WithMany().HasForeignKey(c => c.RaisedByPersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.RaisedFor).WithMany().HasForeignKey(c => c.RaisedForOrganisationId).OnDelete(DeleteBehavior.Restrict);
        // Agenda items and draft decisions can be removed from a meeting; the case then just loses the link.
        builder.HasOne(c => c.AgendaItem).WithMany().HasForeignKey(c => c.AgendaItemId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Decision).WithMany().HasForeignKey(c => c.DecisionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(c => c.AffectedOrganisations).WithOne().HasForeignKey(o => o.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Handovers).WithOne(h => h.Case).HasForeignKey(h => h.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.GroupId, c.Status });
        builder.HasIndex(c => c.Status);
    }
}

internal sealed class CaseOrganisationConfiguration : IEntityTypeConfiguration<CaseOrganisation>
{
    public void Configure(EntityTypeBuilder<CaseOrganisation> builder)
    {
        builder.ToTable("CaseOrganisations");
        builder.HasKey(o => new { o.CaseId, o.OrganisationId });
        builder.HasOne(o => o.Organisation).WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
