using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Meetings;

public enum MeetingKind { Ordinary, Fixed, Extra }

public enum MeetingStatus { Planned, AgendaPublished, Cancelled }

/// <summary>
/// A meeting of a group. The agenda is open for proposals until it is published; publishing
/// freezes it, so anything added later is marked as a late addition. The minutes are written
/// per agenda item and locked when approved.
/// </summary>
public sealed class Meeting : Entity
{
    public int GroupId { get; set; }
    public Group Group { get; set; } = null!;
    public string Title { get; set; } = "";
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public string? Location { get; set; }
    public MeetingKind Kind { get; set; }

    /// <summary>Why a fixed meeting lies where it does ("Före påsk"); why an extra meeting was called.</summary>
    public string? Reason { get; set; }
    public MeetingStatus Status { get; private set; }
    public DateTimeOffset? AgendaPublishedAt { get; private set; }

    /// <summary>Stable iCalendar UID and the sequence raised on every change that attendees must see.</summary>
    public Guid CalendarUid { get; set; } = Guid.NewGuid();
    public int CalendarSequence { get; private set; }

    /// <summary>A chair set by hand for this meeting; otherwise the group's rotation decides.</summary>
    public int? ChairOrganisationOverrideId { get; set; }
    public Organisation? ChairOrganisationOverride { get; set; }
    public int? ChairPersonOverrideId { get; set; }
    public Person? ChairPersonOverride { get; set; }

    public DateTimeOffset? MinutesApprovedAt { get; private set; }
    public string? MinutesApprovedBy { get; private set; }
    public string? MinutesAdjustedBy { get; set; }

    public List<AgendaItem> AgendaItems { get; } = [];
    public List<Attendance> Attendances { get; } = [];

    public bool IsAgendaPublished => AgendaPublishedAt is not null;
    public bool AreMinutesApproved => MinutesApprovedAt is not null;
    public int DurationMinutes => (int)(EndsAt - StartsAt).TotalMinutes;

    public void Reschedule(DateTimeOffset startsAt, DateTimeOffset endsAt, string? location)
    {
        if (Status == MeetingStatus.Cancelled) throw new InvalidStateChangeException("Mötet är inställt.");
        if (AreMinutesApproved) throw new InvalidStateChangeException("Mötet är hållet och protokollet godkänt och låst.");
        if (startsAt != StartsAt || endsAt != EndsAt || location != Location) CalendarSequence++;
        (StartsAt, EndsAt, Location) = (startsAt, endsAt, location);
    }

    public void PublishAgenda(DateTimeOffset at)
    {
        if (Status == MeetingStatus.Cancelled) throw new InvalidStateChangeException("Mötet är inställt.");
        if (IsAgendaPublished) throw new InvalidStateChangeException("Dagordningen är redan fastställd.");
        AgendaPublishedAt = at;
        Status = MeetingStatus.AgendaPublished;
        CalendarSequence++;
    }

    public void Cancel()
    {
        if (Status == MeetingStatus.Cancelled) throw new InvalidStateChangeException("Mötet är redan inställt.");
        if (AreMinutesApproved) throw new InvalidStateChangeException("Mötet är hållet och protokollet justerat.");
        Status = MeetingStatus.Cancelled;
        CalendarSequence++;
    }

    public void ApproveMinutes(DateTimeOffset at, string approvedBy)
    {
        if (Status == MeetingStatus.Cancelled) throw new InvalidStateChangeException("Mötet är inställt.");
        if (AreMinutesApproved) throw new InvalidStateChangeException("Protokollet är redan godkänt.");
        if (at < StartsAt) throw new InvalidStateChangeException("Protokollet kan inte godkännas innan mötet har börjat.");
        (MinutesApprovedAt, MinutesApprovedBy) = (at, approvedBy);
    }

    /// <summary>Approved minutes are locked: nothing in them may change.</summary>
    public void EnsureMinutesEditable()
    {
        if (AreMinutesApproved) throw new InvalidStateChangeException("Protokollet är godkänt och låst.");
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.Property(m => m.Title).HasMaxLength(200).IsRequired();
        builder.Property(m => m.Location).HasMaxLength(300);
        builder.Property(m => m.Reason).HasMaxLength(200);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.MinutesApprovedBy).HasMaxLength(200);
        builder.Property(m => m.MinutesAdjustedBy).HasMaxLength(200);
        builder.HasOne(m => m.Group).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.ChairOrganisationOverride).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.ChairPersonOverride).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.AgendaItems).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Attendances).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.GroupId, m.StartsAt });
        builder.HasIndex(m => m.CalendarUid).IsUnique();
    }
}
