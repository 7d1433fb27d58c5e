using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Situation.Discharge;

/// <summary>
/// The threshold a collaboration area has agreed for the rolling average of days waited by patients
/// ready for discharge. Areas without a stored row use <see cref="DischargeOptions.DischargeThresholdDays"/>.
/// </summary>
public sealed class DischargeSettings : Entity
{
    public int AreaId { get; set; }
    public CollaborationArea Area { get; set; } = null!;
    public decimal ThresholdDays { get; set; }
}

/// <summary>The configuration section <c>Situation</c>.</summary>
public sealed class DischargeOptions
{
    public const string Section = "Situation";

    /// <summary>Västra Götaland's model: a monthly average of 3.0 days, rolling three months.</summary>
    public const decimal ModelThresholdDays = 3.0m;

    /// <summary>The threshold of every area that has not stored its own (<c>Situation:DischargeThresholdDays</c>).</summary>
    public decimal DischargeThresholdDays { get; set; } = ModelThresholdDays;
}

internal sealed class DischargeSettingsConfiguration : IEntityTypeConfiguration<DischargeSettings>
{
    public void Configure(EntityTypeBuilder<DischargeSettings> builder)
    {
        builder.HasOne(s => s.Area).WithMany().OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.AreaId).IsUnique();
        builder.Property(s => s.ThresholdDays).HasPrecision(5, 1);
    }
}
