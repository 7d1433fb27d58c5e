using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Deviations;

/// <summary>
/// Avvikelse i samverkan: a report that a party did not follow a jointly agreed agreement, guideline or routine.
/// It describes the process, never the patient. The concerned organisations answer with analysis and measures by
/// <see cref="AnswerDueOn"/>; every change of state is kept in <see cref="Transitions"/>.
/// </summary>
public sealed class DeviationReport : Entity
{
    public int AreaId { get; set; }
    public int ReportingOrganisationId { get; set; }
    public Organisation ReportingOrganisation { get; set; } = null!;
    public List<DeviationConcerned> Concerned { get; } = [];
    public int ProcessId { get; set; }
    public DeviationProcess Process { get; set; } = null!;
    public int StepId { get; set; }
    public DeviationStep Step { get; set; } = null!;

    /// <summary>The broken agreement, guideline or routine in words, until the document register exists.</summary>
    public string? GoverningDocumentReference { get; set; }

    /// <summary>Reserved for the governing-document register (capability 7).</summary>
    public int? GoverningDocumentId { get; set; }

    public DateOnly OccurredOn { get; set; }
    public string Description { get; set; } = "";
    public string? Consequence { get; set; }

    /// <summary>The reporting organisation's own reference (its case number in its own system).</summary>
    public string? ReporterReference { get; set; }

    public DateTimeOffset ReportedAt { get; set; }
    public int? ReportedByPersonId { get; set; }
    public Person? ReportedBy { get; set; }
    public DateOnly AnswerDueOn { get; set; }

    public DeviationStatus Status { get; private set; } = DeviationStatus.Received;
    public DateTimeOffset? AcknowledgedAt { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public int? AnsweredByPersonId { get; private set; }
    public string? Analysis { get; private set; }
    public string? Measures { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    public List<DeviationTransition> Transitions { get; } = [];

    public void Acknowledge(DateTimeOffset at, int? personId, string? byName, string? comment) =>
        Move(DeviationAction.Acknowledge, at, personId, byName, comment, () => AcknowledgedAt = at);

    public void Answer(DateTimeOffset at, int? personId, string? byName, string analysis, string measures) =>
        Move(DeviationAction.Answer, at, personId, byName, null, () =>
        {
            AcknowledgedAt ??= at;
            (AnsweredAt, AnsweredByPersonId, Analysis, Measures) = (at, personId, analysis, measures);
        });

    public void Close(DateTimeOffset at, int? personId, string? byName, string? comment) =>
        Move(DeviationAction.Close, at, personId, byName, comment, () => ClosedAt = at);

    /// <summary>Asks for a new answer, due <paramref name="newDueOn"/>; the earlier answer stays in the history.</summary>
    public void Reopen(DateTimeOffset at, int? personId, string? byName, string comment, DateOnly newDueOn) =>
        Move(DeviationAction.Reopen, at, personId, byName, comment, () =>
        {
            (ClosedAt, AnswerDueOn) = (null, newDueOn);
        });

    /// <summary>Records the report's arrival as the first entry of its history.</summary>
    public void RecordReceived(DateTimeOffset at, int? personId, string? byName) =>
        Transitions.Add(new DeviationTransition { At = at, ByPersonId = personId, ByName = byName, From = null, To = DeviationStatus.Received });

    private void Move(DeviationAction action, DateTimeOffset at, int? personId, string? byName, string? comment, Action apply)
    {
        var to = DeviationWorkflow.Ensure(Status, action);
        Transitions.Add(new DeviationTransition
        {
            At = at.ToUniversalTime(), ByPersonId = personId, ByName = byName, From = Status, To = to, Action = action,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
        });
        apply();
        Status = to;
    }
}

/// <summary>An organisation the deviation concerns: the one expected to answer.</summary>
public sealed class DeviationConcerned
{
    public int Id { get; set; }
    public int DeviationReportId { get; set; }
    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
}

/// <summary>One change of a deviation's state: who, when, from, to, and a comment.</summary>
public sealed class DeviationTransition
{
    public int Id { get; set; }
    public int DeviationReportId { get; set; }
    public DateTimeOffset At { get; set; }
    public int? ByPersonId { get; set; }

    /// <summary>The name at the time, so the history reads the same after a person is retired.</summary>
    public string? ByName { get; set; }
    public DeviationStatus? From { get; set; }
    public DeviationStatus To { get; set; }
    public DeviationAction? Action { get; set; }
    public string? Comment { get; set; }
}

internal sealed class DeviationReportConfiguration : IEntityTypeConfiguration<DeviationReport>
{
    public void Configure(EntityTypeBuilder<DeviationReport> builder)
    {
        builder.Property(d => d.GoverningDocumentReference).HasMaxLength(DeviationRules.MaxShortText);
        builder.Property(d => d.Description).HasMaxLength(DeviationRules.MaxText).IsRequired();
        builder.Property(d => d.Consequence).HasMaxLength(DeviationRules.MaxText);
        builder.Property(d => d.ReporterReference).HasMaxLength(DeviationRules.MaxReference);
        builder.Property(d => d.Analysis).HasMaxLength(DeviationRules.MaxText);
        builder.Property(d => d.Measures).HasMaxLength(DeviationRules.MaxText);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(d => d.ReportingOrganisation).WithMany().HasForeignKey(d => d.ReportingOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CollaborationArea>().WithMany().HasForeignKey(d => d.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Process).WithMany().HasForeignKey(d => d.ProcessId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Step).WithMany().HasForeignKey(d => d.StepId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.ReportedBy).WithMany().HasForeignKey(d => d.ReportedByPersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.AnsweredByPersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(d => d.Concerned).WithOne().HasForeignKey(c => c.DeviationReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Transitions).WithOne().HasForeignKey(t => t.DeviationReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.ReportingOrganisationId, d.OccurredOn });
        builder.HasIndex(d => new { d.Status, d.AnswerDueOn });
        builder.HasIndex(d => new { d.ProcessId, d.StepId, d.OccurredOn });
        // Found by the benchmark (docs/benchmarks.md): statistics select a period, the meeting's standing item the reports,
        // answers and overdue ones of the group's organisations since the last meeting (one range per organisation, not every
        // report of the period), and the list pages through one status newest first; without these each read every report.
        builder.HasIndex(d => d.OccurredOn);
        builder.HasIndex(d => new { d.ReportingOrganisationId, d.ReportedAt });
        builder.HasIndex(d => new { d.ReportingOrganisationId, d.AnsweredAt });
        builder.HasIndex(d => new { d.ReportingOrganisationId, d.Status, d.AnswerDueOn });
        builder.HasIndex(d => new { d.Status, d.ProcessId, d.Id });
        // The statistics count the open reports of a period live (overdue depends on today); the rest come from the tally.
        builder.HasIndex(d => new { d.Status, d.OccurredOn });
    }
}

internal sealed class DeviationConcernedConfiguration : IEntityTypeConfiguration<DeviationConcerned>
{
    public void Configure(EntityTypeBuilder<DeviationConcerned> builder)
    {
        builder.ToTable("DeviationConcernedOrganisations");
        builder.HasOne(c => c.Organisation).WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.DeviationReportId, c.OrganisationId }).IsUnique();
        builder.HasIndex(c => c.OrganisationId);
    }
}

internal sealed class DeviationTransitionConfiguration : IEntityTypeConfiguration<DeviationTransition>
{
    public void Configure(EntityTypeBuilder<DeviationTransition> builder)
    {
        builder.Property(t => t.ByName).HasMaxLength(200);
        builder.Property(t => t.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Comment).HasMaxLength(DeviationRules.MaxText);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.ByPersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(t => t.DeviationReportId);
    }
}
