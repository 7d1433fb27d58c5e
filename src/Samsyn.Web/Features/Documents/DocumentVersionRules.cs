using System.Globalization;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Structure;

namespace Samsyn.Web.Features.Documents;

/// <summary>
/// The rules of a document's versions: one draft at a time beside the approved version; a revision starts from
/// an approved version; only a draft with text or a file is approved, by a decision of the approving group, on
/// or after the day the version before it was approved.
/// </summary>
public static class DocumentVersionRules
{
    public static void EnsureCanStartRevision(GoverningDocument document)
    {
        if (document.Draft is { } draft)
            throw new InvalidStateChangeException($"Version {draft.Number.ToString(CultureInfo.InvariantCulture)} är redan ett utkast. Arbeta vidare i det eller godkänn det först.");
        if (document.Current is null)
            throw new InvalidStateChangeException("Dokumentet har ingen godkänd version att revidera. Godkänn det första utkastet.");
    }

    public static void EnsureCanApprove(GoverningDocument document, DocumentVersion version, Decision decision)
    {
        version.EnsureDraft();
        if (!version.HasContent)
            throw new InvalidStateChangeException("Utkastet har varken text eller fil. Skriv texten eller ladda upp dokumentet innan det godkänns.");
        if (decision.GroupId != document.ApprovingGroupId)
            throw new InvalidStateChangeException("Beslutet är inte fattat av den grupp som godkänner dokumentet.");
        if (document.Current?.ApprovedOn is DateOnly previous && decision.DecidedOn < previous)
            throw new InvalidStateChangeException(
                $"Beslutet är från {Iso(decision.DecidedOn)}, före godkännandet av den gällande versionen ({Iso(previous)}).");
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// When a document's revision is due: the review interval after the last approval, but no later than the last day
/// of its validity; none without an approved version, or without both interval and validity.
/// </summary>
public static class RevisionSchedule
{
    /// <summary>How many days ahead a revision counts as due soon (listed and reminded).</summary>
    public const int SoonDays = 60;

    /// <summary>How many days before the due date the owners are reminded.</summary>
    public const int ReminderDays = 30;

    public static DateOnly? NextDue(DateOnly? lastApprovedOn, int? intervalMonths, DateOnly? validTo)
    {
        if (lastApprovedOn is not DateOnly approved) return null;
        DateOnly? byInterval = intervalMonths is int months and > 0 ? approved.AddMonths(months) : null;
        return (byInterval, validTo) switch
        {
            (DateOnly a, DateOnly b) => a < b ? a : b,
            (DateOnly a, null) => a,
            (null, DateOnly b) => b,
            _ => null,
        };
    }

    public static RevisionState StateOn(DateOnly? due, DateOnly today) =>
        due is not DateOnly d ? RevisionState.NotScheduled
        : d < today ? RevisionState.Overdue
        : d <= today.AddDays(SoonDays) ? RevisionState.DueSoon
        : RevisionState.Scheduled;
}

public enum RevisionState { NotScheduled, Scheduled, DueSoon, Overdue }
