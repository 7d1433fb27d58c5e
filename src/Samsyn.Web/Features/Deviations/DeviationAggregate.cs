using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Deviations;

/// <summary>
/// A count of deviations imported from another system (a region's or a municipality's own deviation system): how
/// many in a month, in a process and step, from one organisation to another. Kept apart from the individual reports,
/// counted in the statistics and always marked as imported. A later import of the same month, process, step,
/// organisations and source replaces the count.
/// </summary>
public sealed class DeviationAggregate : Entity
{
    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }
    public int ProcessId { get; set; }
    public DeviationProcess Process { get; set; } = null!;
    public int? StepId { get; set; }
    public DeviationStep? Step { get; set; }
    public int ReportingOrganisationId { get; set; }
    public Organisation ReportingOrganisation { get; set; } = null!;
    public int ConcernedOrganisationId { get; set; }
    public Organisation ConcernedOrganisation { get; set; } = null!;
    public int Count { get; set; }

    /// <summary>The system the count came from ("Platina", "MedControl"), as the importer named it.</summary>
    public string Source { get; set; } = "";
    public DateTimeOffset ImportedAt { get; set; }
    public int? ImportedByPersonId { get; set; }
}

internal sealed class DeviationAggregateConfiguration : IEntityTypeConfiguration<DeviationAggregate>
{
    public void Configure(EntityTypeBuilder<DeviationAggregate> builder)
    {
        builder.Property(a => a.Source).HasMaxLength(100).IsRequired();
        builder.HasOne(a => a.Process).WithMany().HasForeignKey(a => a.ProcessId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Step).WithMany().HasForeignKey(a => a.StepId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.ReportingOrganisation).WithMany().HasForeignKey(a => a.ReportingOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.ConcernedOrganisation).WithMany().HasForeignKey(a => a.ConcernedOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.ImportedByPersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => new { a.Month, a.ProcessId, a.StepId, a.ReportingOrganisationId, a.ConcernedOrganisationId, a.Source }).IsUnique();
    }
}

/// <summary>An area's own answer deadline and pattern rule; areas without one use <see cref="DeviationOptions"/>.</summary>
public sealed class DeviationSettings : Entity
{
    public int AreaId { get; set; }
    public int AnswerDays { get; set; } = DeviationOptions.DefaultAnswerDays;
    public int PatternCount { get; set; } = DeviationOptions.DefaultPatternCount;
    public int PatternWindowDays { get; set; } = DeviationOptions.DefaultPatternWindowDays;
}

internal sealed class DeviationSettingsConfiguration : IEntityTypeConfiguration<DeviationSettings>
{
    public void Configure(EntityTypeBuilder<DeviationSettings> builder)
    {
        builder.HasOne<CollaborationArea>().WithMany().HasForeignKey(s => s.AreaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.AreaId).IsUnique();
    }
}

/// <summary>The installation's defaults (<c>Deviations:AnswerDays</c> and so on); an area may set its own.</summary>
public sealed class DeviationOptions
{
    public const string Section = "Deviations";
    public const int DefaultAnswerDays = 60;
    public const int DefaultPatternCount = 3;
    public const int DefaultPatternWindowDays = 90;
    public const int MaxDays = 365;

    public int AnswerDays { get; set; } = DefaultAnswerDays;
    public int PatternCount { get; set; } = DefaultPatternCount;
    public int PatternWindowDays { get; set; } = DefaultPatternWindowDays;

    public bool IsValid => AnswerDays is >= 1 and <= MaxDays && PatternCount is >= 2 and <= 100 && PatternWindowDays is >= 1 and <= MaxDays;
}

/// <summary>The rule that applies in one area: its own settings, else the installation's.</summary>
public sealed record DeviationRule(int AnswerDays, int PatternCount, int PatternWindowDays, bool AreaOwn)
{
    public static async Task<DeviationRule> ForAreaAsync(AppDbContext db, DeviationOptions defaults, int areaId, CancellationToken ct)
    {
        var own = await db.DeviationSettings.AsNoTracking().FirstOrDefaultAsync(s => s.AreaId == areaId, ct);
        return own is null
            ? new DeviationRule(defaults.AnswerDays, defaults.PatternCount, defaults.PatternWindowDays, false)
            : new DeviationRule(own.AnswerDays, own.PatternCount, own.PatternWindowDays, true);
    }
}
