using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Features.Documents;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Exemptions;

/// <summary>What an exemption is on a given day.</summary>
public enum ExemptionState { Upcoming, Active, Ended, Closed }

public enum ExemptionEventKind { Granted, Extended, Revoked, ReturnConfirmed }

/// <summary>
/// Temporärt avsteg: a decided, time-boxed exemption from one version of a guideline or routine for some
/// organisations, valid from and to (both days inclusive). It ends by expiry, by early revocation or is prolonged
/// by a new decision; every step is kept in <see cref="History"/>, and the convener finally confirms the return to
/// normal routine.
/// </summary>
public sealed class Exemption : Entity
{
    public int DocumentId { get; set; }
    public GoverningDocument Document { get; set; } = null!;

    /// <summary>The version in force when the exemption was decided: the exemption is from that text.</summary>
    public int DocumentVersionId { get; set; }
    public DocumentVersion DocumentVersion { get; set; } = null!;

    /// <summary>The decision that granted it.</summary>
    public int DecisionId { get; set; }
    public Decision Decision { get; set; } = null!;

    /// <summary>What is exempted.</summary>
    public string Description { get; set; } = "";

    /// <summary>Why.</summary>
    public string? Reason { get; set; }

    public DateOnly ValidFrom { get; private set; }

    /// <summary>The last day as decided, moved by extensions; a revocation ends it earlier (<see cref="LastDay"/>).</summary>
    public DateOnly ValidTo { get; private set; }

    /// <summary>The first day the exemption no longer applies, when it was revoked early.</summary>
    public DateOnly? RevokedFrom { get; private set; }

    public DateTimeOffset? ReturnConfirmedAt { get; private set; }
    public string? ReturnConfirmedBy { get; private set; }
    public string? ReturnNote { get; private set; }

    public List<ExemptionOrganisation> Organisations { get; } = [];
    public List<ExemptionEvent> History { get; } = [];

    /// <summary>The last day the exemption applies, after any revocation.</summary>
    public DateOnly LastDay => ExemptionRules.LastDay(ValidTo, RevokedFrom);

    public bool IsActiveOn(DateOnly day) => ExemptionRules.IsActiveOn(ValidFrom, LastDay, day);

    public ExemptionState StateOn(DateOnly today) => ExemptionRules.StateOn(ValidFrom, LastDay, ReturnConfirmedAt is not null, today);

    public static Exemption Grant(
        GoverningDocument document, DocumentVersion version, Decision decision, string description, string? reason,
        DateOnly validFrom, DateOnly validTo, IEnumerable<int> organisationIds, DateTimeOffset at, string byName)
    {
        if (ExemptionRules.WindowError(validFrom, validTo) is { } error) throw new InvalidStateChangeException(error);
        var exemption = new Exemption
        {
            Document = document, DocumentVersion = version, Decision = decision, Description = description, Reason = reason,
            ValidFrom = validFrom, ValidTo = validTo,
        };
        foreach (var id in organisationIds.Distinct()) exemption.Organisations.Add(new ExemptionOrganisation { OrganisationId = id });
        exemption.History.Add(new ExemptionEvent { Kind = ExemptionEventKind.Granted, At = at, ByName = byName, Decision = decision, ValidTo = validTo });
        return exemption;
    }

    /// <summary>Prolongs the exemption to <paramref name="newValidTo"/> by a new decision; the earlier end stays in the history.</summary>
    public void Extend(DateOnly newValidTo, Decision decision, string? note, DateOnly today, DateTimeOffset at, string byName)
    {
        if ((ExemptionRules.ExtensionStateError(ValidTo, RevokedFrom, ReturnConfirmedAt is not null, today)
                ?? ExemptionRules.ExtensionDateError(ValidTo, newValidTo)) is { } error)
            throw new InvalidStateChangeException(error);
        History.Add(new ExemptionEvent
        {
            Kind = ExemptionEventKind.Extended, At = at, ByName = byName, Decision = decision, PreviousValidTo = ValidTo, ValidTo = newValidTo, Note = note,
        });
        ValidTo = newValidTo;
    }

    /// <summary>Ends the exemption early: it no longer applies from <paramref name="from"/> on.</summary>
    public void Revoke(DateOnly from, Decision? decision, string reason, DateOnly today, DateTimeOffset at, string byName)
    {
        if ((ExemptionRules.RevocationStateError(ValidTo, RevokedFrom, ReturnConfirmedAt is not null, today)
                ?? ExemptionRules.RevocationDateError(ValidTo, from, today)) is { } error)
            throw new InvalidStateChangeException(error);
        RevokedFrom = from;
        History.Add(new ExemptionEvent
        {
            Kind = ExemptionEventKind.Revoked, At = at, ByName = byName, Decision = decision, PreviousValidTo = ValidTo, ValidTo = LastDay, Note = reason,
        });
    }

    /// <summary>Closes an ended exemption with the confirmation that the organisations follow the routine again.</summary>
    public void ConfirmReturn(string note, DateOnly today, DateTimeOffset at, string byName)
    {
        if (ReturnConfirmedAt is not null) throw new InvalidStateChangeException("Återgången till ordinarie rutin är redan bekräftad.");
        if (LastDay >= today)
            throw new InvalidStateChangeException(
                $"Avsteget gäller till och med {LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}. Återgången bekräftas när det har upphört; återkalla det om det ska upphöra tidigare.");
        (ReturnConfirmedAt, ReturnConfirmedBy, ReturnNote) = (at, byName, note);
        History.Add(new ExemptionEvent { Kind = ExemptionEventKind.ReturnConfirmed, At = at, ByName = byName, ValidTo = LastDay, Note = note });
    }
}

/// <summary>An organisation the exemption applies to.</summary>
public sealed class ExemptionOrganisation
{
    public int Id { get; set; }
    public int ExemptionId { get; set; }
    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
}

/// <summary>One step in an exemption's life: granted, extended, revoked, return to normal confirmed.</summary>
public sealed class ExemptionEvent
{
    public int Id { get; set; }
    public int ExemptionId { get; set; }
    public ExemptionEventKind Kind { get; set; }
    public DateTimeOffset At { get; set; }
    public string ByName { get; set; } = "";
    public int? DecisionId { get; set; }
    public Decision? Decision { get; set; }
    public DateOnly? PreviousValidTo { get; set; }

    /// <summary>The last day after this step.</summary>
    public DateOnly ValidTo { get; set; }
    public string? Note { get; set; }
}

internal sealed class ExemptionConfiguration : IEntityTypeConfiguration<Exemption>
{
    public void Configure(EntityTypeBuilder<Exemption> builder)
    {
        builder.Property(e => e.Description).HasMaxLength(ExemptionInput.MaxDescriptionChars).IsRequired();
        builder.Property(e => e.Reason).HasMaxLength(ExemptionInput.MaxReasonChars);
        builder.Property(e => e.ReturnConfirmedBy).HasMaxLength(200);
        builder.Property(e => e.ReturnNote).HasMaxLength(2000);
        builder.HasOne(e => e.Document).WithMany().HasForeignKey(e => e.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.DocumentVersion).WithMany().HasForeignKey(e => e.DocumentVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Decision).WithMany().HasForeignKey(e => e.DecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Organisations).WithOne().HasForeignKey(o => o.ExemptionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.History).WithOne().HasForeignKey(h => h.ExemptionId).OnDelete(DeleteBehavior.Cascade);
        // In force on a day: the last day first, since only the exemptions not yet ended are few (every earlier one began before today).
        builder.HasIndex(e => new { e.ValidTo, e.ValidFrom });
        builder.HasIndex(e => e.DocumentId);
    }
}

internal sealed class ExemptionOrganisationConfiguration : IEntityTypeConfiguration<ExemptionOrganisation>
{
    public void Configure(EntityTypeBuilder<ExemptionOrganisation> builder)
    {
        builder.HasOne(o => o.Organisation).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.ExemptionId, o.OrganisationId }).IsUnique();
    }
}

internal sealed class ExemptionEventConfiguration : IEntityTypeConfiguration<ExemptionEvent>
{
    public void Configure(EntityTypeBuilder<ExemptionEvent> builder)
    {
        builder.ToTable("ExemptionEvents");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.ByName).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Note).HasMaxLength(2000);
        builder.HasOne(e => e.Decision).WithMany().HasForeignKey(e => e.DecisionId).OnDelete(DeleteBehavior.Restrict);
    }
}
