using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Meetings;

public enum AttendanceStatus { Expected, Present, Absent, SubstituteAttended }

/// <summary>One seat's attendance at one meeting: reported absence beforehand, recorded presence at the meeting.</summary>
public sealed class Attendance : Entity
{
    public int MeetingId { get; set; }
    public int MembershipId { get; set; }
    public Membership Membership { get; set; } = null!;
    public AttendanceStatus Status { get; private set; }

    /// <summary>The member's own report before the meeting that they will be absent.</summary>
    public DateTimeOffset? AbsenceReportedAt { get; private set; }
    public int? SubstitutePersonId { get; private set; }
    public Person? SubstitutePerson { get; private set; }

    /// <summary>Records a reported absence with the named substitute who attends instead (or none).</summary>
    public void ReportAbsence(DateTimeOffset at, int? substitutePersonId, IReadOnlyCollection<int> namedSubstitutes)
    {
        if (substitutePersonId is int s && !namedSubstitutes.Contains(s))
            throw new InvalidStateChangeException("Den valda personen är inte ledamotens ersättare.");
        AbsenceReportedAt = at;
        SubstitutePersonId = substitutePersonId;
        Status = AttendanceStatus.Absent;
    }

    public void WithdrawAbsence()
    {
        (AbsenceReportedAt, SubstitutePersonId, Status) = (null, null, AttendanceStatus.Expected);
    }

    /// <summary>Records what happened at the meeting.</summary>
    public void Record(AttendanceStatus status, int? substitutePersonId, IReadOnlyCollection<int> namedSubstitutes)
    {
        if (status == AttendanceStatus.SubstituteAttended)
        {
            if (substitutePersonId is not int s) throw new InvalidStateChangeException("Ange vilken ersättare som deltog.");
            if (!namedSubstitutes.Contains(s)) throw new InvalidStateChangeException("Den valda personen är inte ledamotens ersättare.");
        }
        Status = status;
        SubstitutePersonId = status == AttendanceStatus.SubstituteAttended ? substitutePersonId : null;
    }

    /// <summary>The organisation was represented: its member or a substitute attended.</summary>
    public bool Represented => Status is AttendanceStatus.Present or AttendanceStatus.SubstituteAttended;
}

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> builder)
    {
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(a => a.Membership).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.SubstitutePerson).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.MeetingId, a.MembershipId }).IsUnique();
    }
}
