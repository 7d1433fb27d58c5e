using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Features.Structure;

namespace Samsyn.Web.Features.Notifications;

/// <summary>
/// What a notification is about; preferences and reminders are kept per kind. New kinds go at the
/// end (they are stored by name, so the order only matters for the preference page).
/// </summary>
public enum NotificationKind
{
    SubstituteRequested, AgendaPublished, AgendaItemProposed, AgendaItemDecided, MeetingCancelled, MeetingRescheduled, MinutesApproved,
    MeetingTomorrow, AgendaDeadline, AbsenceWithoutSubstitute, ActionItemDue,
    DeviationAnswerDue, ExemptionEnding, ReportBackDue, DocumentRevisionDue,
    HelpRequested,
    BulletinPublished, BulletinUnacknowledged,
    DeviationReceived, DeviationAnswered, DeviationReopened,
    CaseRaised, HandoverReceived, HandoverReturned, ReportBackReceived, CaseConcluded,
    DocumentApproved, ExemptionGranted, ExemptionChanged,
    FollowUpDue,
    StrategicPlanProposed, StrategicPlanAdopted,
}

/// <summary>
/// Where the email of a notification stands: waiting to be sent (<see cref="Pending"/>), kept for
/// the person's daily digest (<see cref="AwaitingDigest"/>), sent, not wanted (in-app only), or given up.
/// </summary>
public enum DeliveryStatus { Pending, Sent, NotRequired, Failed, AwaitingDigest }

/// <summary>
/// One message to one person, written in the same transaction as the change that causes it
/// (an outbox): shown in the person's notification centre, and delivered by email by a worker.
/// </summary>
public sealed class Notification
{
    public long Id { get; set; }
    public int RecipientPersonId { get; set; }
    public Person Recipient { get; set; } = null!;
    public NotificationKind Kind { get; set; }
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";

    /// <summary>The page the notification is about, relative to the site ("/moten/12").</summary>
    public string Link { get; set; } = "/";
    public string? EntityType { get; set; }
    public string? EntityId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    public DeliveryStatus EmailStatus { get; set; } = DeliveryStatus.Pending;
    public int EmailAttempts { get; set; }
    public DateTimeOffset? EmailNextAttemptAt { get; set; }

    /// <summary>Which sender holds the message while it sends it in a digest (see <see cref="EmailDeliveryWorker"/>).</summary>
    public Guid? EmailClaim { get; set; }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(n => n.EmailStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Subject).HasMaxLength(300).IsRequired();
        builder.Property(n => n.Body).HasMaxLength(4000).IsRequired();
        builder.Property(n => n.Link).HasMaxLength(500).IsRequired();
        builder.Property(n => n.EntityType).HasMaxLength(100);
        builder.Property(n => n.EntityId).HasMaxLength(100);
        builder.HasOne(n => n.Recipient).WithMany().HasForeignKey(n => n.RecipientPersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.RecipientPersonId, n.ReadAt });
        builder.HasIndex(n => new { n.EmailStatus, n.EmailNextAttemptAt });
    }
}
