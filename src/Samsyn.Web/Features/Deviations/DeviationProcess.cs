using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Deviations;

/// <summary>
/// A jointly agreed process deviations are reported against ("In- och utskrivning", "SIP"), with its steps.
/// Administrators keep the list; a retired process or step cannot be chosen for new reports but stays in the history.
/// </summary>
public sealed class DeviationProcess : RetirableEntity
{
    /// <summary>Stable name in the API, the import file and the statistics ("discharge").</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public int Order { get; set; }
    public List<DeviationStep> Steps { get; } = [];
}

/// <summary>A step of a process where the agreement can be broken ("Inskrivningsmeddelande senare än 24 timmar").</summary>
public sealed class DeviationStep : RetirableEntity
{
    public int ProcessId { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public int Order { get; set; }
}

internal sealed class DeviationProcessConfiguration : IEntityTypeConfiguration<DeviationProcess>
{
    public void Configure(EntityTypeBuilder<DeviationProcess> builder)
    {
        builder.Property(p => p.Code).HasMaxLength(40).IsRequired();
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasMany(p => p.Steps).WithOne().HasForeignKey(s => s.ProcessId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DeviationStepConfiguration : IEntityTypeConfiguration<DeviationStep>
{
    public void Configure(EntityTypeBuilder<DeviationStep> builder)
    {
        builder.Property(s => s.Code).HasMaxLength(40).IsRequired();
        builder.Property(s => s.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(s => new { s.ProcessId, s.Code }).IsUnique();
    }
}

/// <summary>The processes and steps every installation starts with (design.md, "Typical deviations"); administrators change them afterwards.</summary>
public static class DefaultDeviationProcesses
{
    public static IReadOnlyList<DeviationProcess> All()
    {
        DeviationProcess Process(int order, string code, string name, params (string Code, string Name)[] steps)
        {
            var process = new DeviationProcess { Order = order, Code = code, Name = name };
            for (var i = 0; i < steps.Length; i++) process.Steps.Add(new DeviationStep { Order = i + 1, Code = steps[i].Code, Name = steps[i].Name });
            return process;
        }

        return
        [
            Process(1, "discharge", "In- och utskrivning",
                ("admissionNoticeLate", "Inskrivningsmeddelande senare än 24 timmar"),
                ("dischargeReadyNoticeMissing", "Meddelande om utskrivningsklar saknas eller kom sent"),
                ("sipInvitationLate", "SIP-kallelse senare än 3 dagar efter utskrivningsklar"),
                ("dischargeWithoutNotice", "Utskrivning utan att kommunen fått besked"),
                ("medicationListIncomplete", "Läkemedelslista eller utskrivningsinformation ofullständig"),
                ("aidsNotInPlace", "Hjälpmedel eller hemtjänst inte på plats vid hemkomst"),
                ("contactUnreachable", "Kontaktperson gick inte att nå")),
            Process(2, "sip", "Samordnad individuell plan (SIP)",
                ("invitationLate", "Kallelse till SIP kom sent"),
                ("partyAbsent", "Part deltog inte i SIP-mötet"),
                ("planNotFollowed", "Överenskomna insatser i planen genomfördes inte")),
            Process(3, "medication", "Läkemedel",
                ("listNotUpdated", "Läkemedelslistan var inte uppdaterad"),
                ("prescriptionMissing", "Ordination eller recept saknades vid överflyttning"),
                ("dosingHandoverUnclear", "Oklart vem som ansvarar för läkemedelshanteringen")),
            Process(4, "aids", "Hjälpmedel",
                ("notDelivered", "Hjälpmedel levererades inte i tid"),
                ("prescriptionUnclear", "Oklart vem som förskriver hjälpmedlet")),
            Process(5, "informationTransfer", "Informationsöverföring",
                ("informationMissing", "Information saknades vid överflyttning"),
                ("wrongRecipient", "Information skickades till fel mottagare"),
                ("lateInformation", "Information kom för sent för att kunna planera")),
        ];
    }

    /// <summary>Adds the defaults to an installation that has no processes yet.</summary>
    public static async Task EnsureAsync(AppDbContext db, CancellationToken ct)
    {
        if (await db.DeviationProcesses.AnyAsync(ct)) return;
        db.DeviationProcesses.AddRange(All());
        await db.SaveChangesAsync(ct);
    }
}
