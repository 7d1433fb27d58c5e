using System.Globalization;
using Samsyn.Web.Features.Documents;

namespace Samsyn.Web.Features.Exemptions;

/// <summary>
/// The time rules of a temporary exemption, without a database: its window is from <c>ValidFrom</c> to its last day,
/// both days inclusive; a revocation from a day makes the day before the last; an extension moves the end later.
/// </summary>
public static class ExemptionRules
{
    /// <summary>How many working days before its last day an exemption is reminded.</summary>
    public const int ReminderWorkingDays = 5;

    /// <summary>Exemptions are made from the common guidelines, routines and agreements.</summary>
    public static readonly IReadOnlySet<DocumentType> ExemptableTypes = new HashSet<DocumentType>
        { DocumentType.Guideline, DocumentType.Routine, DocumentType.Agreement };

    public static DateOnly LastDay(DateOnly validTo, DateOnly? revokedFrom) =>
        revokedFrom is DateOnly from && from.AddDays(-1) < validTo ? from.AddDays(-1) : validTo;

    public static bool IsActiveOn(DateOnly validFrom, DateOnly lastDay, DateOnly day) => validFrom <= day && day <= lastDay;

    public static ExemptionState StateOn(DateOnly validFrom, DateOnly lastDay, bool returnConfirmed, DateOnly today) =>
        returnConfirmed ? ExemptionState.Closed
        : today < validFrom && lastDay >= validFrom ? ExemptionState.Upcoming
        : IsActiveOn(validFrom, lastDay, today) ? ExemptionState.Active
        : ExemptionState.Ended;

    public static string? WindowError(DateOnly validFrom, DateOnly validTo) =>
        validTo < validFrom ? $"Sista dagen ({Iso(validTo)}) kan inte ligga före första dagen ({Iso(validFrom)})." : null;

    /// <summary>Why the exemption cannot be extended at all, or null: it is closed, revoked or already over.</summary>
    public static string? ExtensionStateError(DateOnly validTo, DateOnly? revokedFrom, bool closed, DateOnly today) =>
        closed ? "Avsteget är avslutat och kan inte förlängas. Bevilja ett nytt avsteg."
        : revokedFrom is not null ? "Avsteget är återkallat och kan inte förlängas. Bevilja ett nytt avsteg."
        : validTo < today ? $"Avsteget upphörde {Iso(validTo)} och kan inte förlängas. Bevilja ett nytt avsteg."
        : null;

    /// <summary>Why the new last day does not extend the exemption, or null.</summary>
    public static string? ExtensionDateError(DateOnly validTo, DateOnly newValidTo) =>
        newValidTo <= validTo ? $"Den nya sista dagen måste ligga efter den nuvarande ({Iso(validTo)})." : null;

    /// <summary>Why the exemption cannot be revoked at all, or null: it is closed, already revoked or already over.</summary>
    public static string? RevocationStateError(DateOnly validTo, DateOnly? revokedFrom, bool closed, DateOnly today) =>
        closed ? "Avsteget är avslutat."
        : revokedFrom is not null ? "Avsteget är redan återkallat."
        : validTo < today ? $"Avsteget upphörde redan {Iso(validTo)}."
        : null;

    /// <summary>Why the exemption cannot stop applying from <paramref name="from"/>, or null.</summary>
    public static string? RevocationDateError(DateOnly validTo, DateOnly from, DateOnly today) =>
        from < today ? $"Ett avsteg kan inte återkallas bakåt i tiden. Ange i dag ({Iso(today)}) eller en senare dag."
        : from > validTo ? $"Avsteget gäller bara till och med {Iso(validTo)}. Ange en dag till och med den."
        : null;

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
