using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Situation;

/// <summary>
/// An organisation's situation at a moment (*lägesrapport*): its level, the hospital's readiness
/// level where used, key figures, a short comment and whether it needs help. Reports are never
/// changed afterwards: a new report supersedes the last, so the board at any past moment (such as
/// a meeting's start) can be read back exactly.
/// </summary>
public sealed class StatusReport : Entity
{
    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
    public StatusLevel Level { get; set; }
    public ReadinessLevel? Readiness { get; set; }
    public string? Comment { get; set; }
    public bool NeedsHelp { get; set; }
    public string? HelpWith { get; set; }

    /// <summary>The moment the report describes; now, or earlier today when reported afterwards.</summary>
    public DateTimeOffset ReportedAt { get; set; }
    public int? ReportedByPersonId { get; set; }
    public Person? ReportedBy { get; set; }
    public List<StatusReportFigure> Figures { get; } = [];
}

/// <summary>One key figure of a report, by the figure's key.</summary>
public sealed class StatusReportFigure
{
    public int Id { get; set; }
    public int StatusReportId { get; set; }
    public string Key { get; set; } = "";
    public decimal Value { get; set; }
}

internal sealed class StatusReportConfiguration : IEntityTypeConfiguration<StatusReport>
{
    public void Configure(EntityTypeBuilder<StatusReport> builder)
    {
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Readiness).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Comment).HasMaxLength(500);
        builder.Property(r => r.HelpWith).HasMaxLength(500);
        builder.HasOne(r => r.Organisation).WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.ReportedBy).WithMany().HasForeignKey(r => r.ReportedByPersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(r => r.Figures).WithOne().HasForeignKey(f => f.StatusReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.OrganisationId, r.ReportedAt });
    }
}

internal sealed class StatusReportFigureConfiguration : IEntityTypeConfiguration<StatusReportFigure>
{
    public void Configure(EntityTypeBuilder<StatusReportFigure> builder)
    {
        builder.Property(f => f.Key).HasMaxLength(40).IsRequired();
        builder.Property(f => f.Value).HasPrecision(10, 1);
        builder.HasIndex(f => new { f.StatusReportId, f.Key }).IsUnique();
    }
}
