using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Situation.Discharge;

/// <summary>
/// One municipality's figures for one month: how many days, on average, its patients who were ready
/// for discharge (<i>utskrivningsklara</i>) waited in hospital, and how many were discharged. Aggregates
/// only – there is deliberately no field that could hold anything about a patient.
/// </summary>
public sealed class DischargeWaitingMonth : Entity
{
    public const decimal MaxDays = 365m;
    public const int MaxPatients = 100_000;

    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;

    /// <summary>The first day of the month the figures are for.</summary>
    public DateOnly Month { get; private set; }

    /// <summary>Average waiting days, kept to two decimals (shown with one).</summary>
    public decimal AverageDays { get; private set; }

    /// <summary>Patients discharged in the month; weights the rolling value when known.</summary>
    public int? DischargedPatients { get; private set; }

    public static DischargeWaitingMonth For(int organisationId, DateOnly month) =>
        new() { OrganisationId = organisationId, Month = DischargeMonth.First(month) };

    /// <summary>Sets the month's figures; true when they changed. The values must have passed <see cref="DischargeValues.Check"/>.</summary>
    public bool Record(decimal averageDays, int? dischargedPatients)
    {
        var days = DischargeValues.Stored(averageDays);
        if (days == AverageDays && dischargedPatients == DischargedPatients && Id != 0) return false;
        AverageDays = days;
        DischargedPatients = dischargedPatients;
        return true;
    }

    public DischargeFigure Figure => new(Month, AverageDays, DischargedPatients);
}

internal sealed class DischargeWaitingMonthConfiguration : IEntityTypeConfiguration<DischargeWaitingMonth>
{
    public void Configure(EntityTypeBuilder<DischargeWaitingMonth> builder)
    {
        builder.ToTable("DischargeWaitingMonths");
        builder.HasOne(m => m.Organisation).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.OrganisationId, m.Month }).IsUnique();
        builder.Property(m => m.AverageDays).HasPrecision(6, 2);
        builder.Ignore(m => m.Figure);
    }
}
