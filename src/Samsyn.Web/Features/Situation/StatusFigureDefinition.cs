using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Situation;

/// <summary>
/// A key figure organisations of one kind report with their status ("Utskrivningsklara kvar på
/// sjukhus" for a hospital, "Lediga korttidsplatser" for a municipality). Figures are counts or
/// percentages, never about a patient. Administrators keep the list; a retired figure is no longer
/// asked for but stays in the history.
/// </summary>
public sealed class StatusFigureDefinition : RetirableEntity
{
    /// <summary>Stable name in the API and the stored values ("dischargeReady").</summary>
    public string Key { get; set; } = "";
    public string Label { get; set; } = "";

    /// <summary>"st", "%", "platser" …</summary>
    public string Unit { get; set; } = "st";
    public OrganisationKind OrganisationKind { get; set; }
    public int Order { get; set; }

    /// <summary>The largest sensible value; more is refused as a typing mistake.</summary>
    public int Maximum { get; set; } = 10000;
}

internal sealed class StatusFigureDefinitionConfiguration : IEntityTypeConfiguration<StatusFigureDefinition>
{
    public void Configure(EntityTypeBuilder<StatusFigureDefinition> builder)
    {
        builder.Property(f => f.Key).HasMaxLength(40).IsRequired();
        builder.Property(f => f.Label).HasMaxLength(120).IsRequired();
        builder.Property(f => f.Unit).HasMaxLength(20).IsRequired();
        builder.Property(f => f.OrganisationKind).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(f => new { f.OrganisationKind, f.Key }).IsUnique();
    }
}

/// <summary>The figures every installation starts with; administrators change them afterwards.</summary>
public static class DefaultStatusFigures
{
    public static IReadOnlyList<StatusFigureDefinition> All =>
    [
        new() { OrganisationKind = OrganisationKind.Hospital, Order = 1, Key = "dischargeReady", Label = "Utskrivningsklara patienter kvar på sjukhus", Unit = "st", Maximum = 2000 },
        new() { OrganisationKind = OrganisationKind.Hospital, Order = 2, Key = "overOccupancy", Label = "Överbeläggningar", Unit = "st", Maximum = 2000 },
        new() { OrganisationKind = OrganisationKind.Hospital, Order = 3, Key = "staffAbsence", Label = "Frånvaro i personalen", Unit = "%", Maximum = 100 },
        new() { OrganisationKind = OrganisationKind.MunicipalCare, Order = 1, Key = "freeShortTermBeds", Label = "Lediga korttidsplatser", Unit = "st", Maximum = 1000 },
        new() { OrganisationKind = OrganisationKind.MunicipalCare, Order = 2, Key = "waitingForHome", Label = "Patienter som väntar på hemgång", Unit = "st", Maximum = 1000 },
        new() { OrganisationKind = OrganisationKind.MunicipalCare, Order = 3, Key = "staffAbsence", Label = "Frånvaro i personalen", Unit = "%", Maximum = 100 },
        new() { OrganisationKind = OrganisationKind.RegionalPrimaryCare, Order = 1, Key = "pendingCarePlans", Label = "Väntande SIP-kallelser", Unit = "st", Maximum = 1000 },
        new() { OrganisationKind = OrganisationKind.RegionalPrimaryCare, Order = 2, Key = "staffAbsence", Label = "Frånvaro i personalen", Unit = "%", Maximum = 100 },
        new() { OrganisationKind = OrganisationKind.PrivateProvider, Order = 1, Key = "staffAbsence", Label = "Frånvaro i personalen", Unit = "%", Maximum = 100 },
    ];

    /// <summary>Adds the defaults to an installation that has no figures yet.</summary>
    public static async Task EnsureAsync(AppDbContext db, CancellationToken ct)
    {
        if (await db.StatusFigureDefinitions.AnyAsync(ct)) return;
        db.StatusFigureDefinitions.AddRange(All);
        await db.SaveChangesAsync(ct);
    }
}
