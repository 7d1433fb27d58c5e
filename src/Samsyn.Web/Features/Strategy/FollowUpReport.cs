using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Features.Documents;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Strategy;

/// <summary>The follow-up reports to the steering group: one per year of the plan, and one for the whole plan period.</summary>
public enum ReportKind { Yearly, Period }

/// <summary>
/// What a follow-up report keeps beside the figures it is generated from: the steering group's summary text
/// (plain text, versioned) and the governing document it was last stored as in the document register.
/// </summary>
public sealed class FollowUpReport : Entity
{
    public const int MaxSummaryChars = 8000;

    public int StrategicPlanId { get; set; }
    public StrategicPlan StrategicPlan { get; set; } = null!;
    public ReportKind Kind { get; set; }

    /// <summary>The year of a yearly report; none for the period report.</summary>
    public int? Year { get; set; }
    public string? Summary { get; private set; }
    public DateTimeOffset? SummaryChangedAt { get; private set; }
    public string? SummaryChangedBy { get; private set; }
    public int? DocumentId { get; private set; }
    public GoverningDocument? Document { get; private set; }
    public DateTimeOffset? StoredAt { get; private set; }

    /// <summary>Keeps the text with plain line breaks (a browser sends CR LF), so that a blank line always separates paragraphs.</summary>
    public void WriteSummary(string? text, DateTimeOffset at, string by) =>
        (Summary, SummaryChangedAt, SummaryChangedBy) = (string.IsNullOrWhiteSpace(text) ? null : text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim(), at, by);

    public void StoredAs(GoverningDocument document, DateTimeOffset at) => (Document, StoredAt) = (document, at);
}

internal sealed class FollowUpReportConfiguration : IEntityTypeConfiguration<FollowUpReport>
{
    public void Configure(EntityTypeBuilder<FollowUpReport> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Summary).HasMaxLength(FollowUpReport.MaxSummaryChars);
        builder.Property(r => r.SummaryChangedBy).HasMaxLength(200);
        builder.HasOne(r => r.StrategicPlan).WithMany().OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Document).WithMany().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => new { r.StrategicPlanId, r.Kind, r.Year }).IsUnique();
        // A unique index holds NULLs apart, so the period report (no year) has one of its own: one per plan and kind.
        builder.HasIndex(r => new { r.StrategicPlanId, r.Kind }).IsUnique().HasFilter("\"Year\" IS NULL").HasDatabaseName("IX_FollowUpReports_Period");
    }
}
