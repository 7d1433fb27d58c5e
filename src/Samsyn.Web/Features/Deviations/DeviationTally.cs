using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samsyn.Web.Features.Deviations;

/// <summary>
/// How many reports share a month (of <see cref="DeviationReport.OccurredOn"/>), area, process, step and reporting
/// organisation: the statistics add these up instead of the reports, so they cost what they show rather than the number
/// of reports behind them (the rows of a month are bounded by steps × organisations, however many reports there are).
/// Kept in step with every saved change of a report by <see cref="DeviationTallies"/>, in the same transaction. Never
/// edited through the change tracker: counts move by atomic increments. Three tables rather than one, so that the answer
/// days do not multiply the rows of the groupings.
/// </summary>
public sealed class DeviationTally
{
    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }
    public int AreaId { get; set; }
    public int ProcessId { get; set; }
    public int StepId { get; set; }
    public int ReportingOrganisationId { get; set; }
    public int Count { get; set; }
}

/// <summary>How many reports of a month, area and process were answered after so many days, in time or late, or are not answered.</summary>
public sealed class DeviationAnswerTally
{
    public DateOnly Month { get; set; }
    public int AreaId { get; set; }
    public int ProcessId { get; set; }

    /// <summary>Answered and not awaiting a new answer (status answered or closed).</summary>
    public bool Answered { get; set; }

    /// <summary>Calendar days from reporting to the answer by Swedish dates; 0 unless <see cref="Answered"/>.</summary>
    public int AnswerDays { get; set; }
    public bool AnsweredLate { get; set; }
    public int Count { get; set; }
}

/// <summary>How many reports of a month, area and process concern an organisation: a report counts once for each.</summary>
public sealed class DeviationConcernedTally
{
    public DateOnly Month { get; set; }
    public int AreaId { get; set; }
    public int ProcessId { get; set; }
    public int ConcernedOrganisationId { get; set; }
    public int Count { get; set; }
}

internal sealed class DeviationTallyConfiguration : IEntityTypeConfiguration<DeviationTally>
{
    // No foreign keys: a tally is derived data, rebuilt from the reports, and must never stop a change of the structure.
    public void Configure(EntityTypeBuilder<DeviationTally> builder) =>
        builder.ToTable("DeviationTallies").HasKey(t => new { t.Month, t.AreaId, t.ProcessId, t.StepId, t.ReportingOrganisationId });
}

internal sealed class DeviationAnswerTallyConfiguration : IEntityTypeConfiguration<DeviationAnswerTally>
{
    public void Configure(EntityTypeBuilder<DeviationAnswerTally> builder) =>
        builder.ToTable("DeviationAnswerTallies").HasKey(t => new { t.Month, t.AreaId, t.ProcessId, t.Answered, t.AnswerDays, t.AnsweredLate });
}

internal sealed class DeviationConcernedTallyConfiguration : IEntityTypeConfiguration<DeviationConcernedTally>
{
    public void Configure(EntityTypeBuilder<DeviationConcernedTally> builder) =>
        builder.ToTable("DeviationConcernedTallies").HasKey(t => new { t.Month, t.AreaId, t.ProcessId, t.ConcernedOrganisationId });
}
