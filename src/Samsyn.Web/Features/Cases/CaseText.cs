using System.Globalization;
using Samsyn.Web.Infrastructure;

namespace Samsyn.Web.Features.Cases;

/// <summary>The Swedish words for cases and handovers, and the tags that show a state in text (never colour alone).</summary>
public static class CaseText
{
    public static string Status(CaseStatus status) => status switch
    {
        CaseStatus.Raised => "Väckt",
        CaseStatus.OnAgenda => "På dagordningen",
        CaseStatus.Decided => "Beslutat",
        CaseStatus.HandedOver => "Överlämnat",
        CaseStatus.ReportedBack => "Återrapporterat",
        _ => "Avslutat",
    };

    public static string StatusCss(CaseStatus status) => status switch
    {
        CaseStatus.Raised => "tag-open",
        CaseStatus.OnAgenda => "tag-published",
        CaseStatus.HandedOver => "tag-kind",
        CaseStatus.ReportedBack => "tag-published",
        _ => "tag-approved",
    };

    public static string Status(HandoverStatus status) => status switch
    {
        HandoverStatus.Sent => "Väntar på mottagande",
        HandoverStatus.Accepted => "Mottagen, pågår",
        HandoverStatus.Returned => "Lämnad tillbaka",
        _ => "Återrapporterad",
    };

    public static string StatusCss(HandoverStatus status) => status switch
    {
        HandoverStatus.Sent => "tag-open",
        HandoverStatus.Accepted => "tag-published",
        HandoverStatus.Returned => "tag-kind",
        _ => "tag-approved",
    };

    public static string Urgency(CaseUrgency urgency) => urgency switch
    {
        CaseUrgency.High => "Hög",
        CaseUrgency.Urgent => "Brådskande",
        _ => "Normal",
    };

    public static string UrgencyDescription(CaseUrgency urgency) => urgency switch
    {
        CaseUrgency.High => "Bör tas upp på nästa möte.",
        CaseUrgency.Urgent => "Behöver hanteras snabbt, vid behov på ett extra möte.",
        _ => "Tas upp när det passar i gruppens planering.",
    };

    /// <summary>What a step of the trail says, in a sentence that names the group it concerns.</summary>
    public static string Event(CaseEventKind kind, string? group) => kind switch
    {
        CaseEventKind.Raised => $"Ärendet väcktes{To(group)}",
        CaseEventKind.PutOnAgenda => $"Uppsatt på dagordningen{For(group)}",
        CaseEventKind.Decided => $"Beslutat{Of(group)}",
        CaseEventKind.HandedOver => $"Överlämnat till {group}",
        CaseEventKind.Accepted => $"Mottaget av {group}",
        CaseEventKind.Returned => $"Lämnat tillbaka av {group}",
        CaseEventKind.Note => $"Anteckning från {group}",
        CaseEventKind.ReportedBack => $"Återrapporterat av {group}",
        CaseEventKind.ReportBackOnAgenda => $"Återrapporten föreslagen till dagordningen{For(group)}",
        _ => $"Avslutat{Of(group)}",
    };

    /// <summary>"14 december 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", SwedishTime.Culture);

    /// <summary>"senast 14 december 2026 (om 5 dagar)", "3 dagar sedan".</summary>
    public static string DaysLeft(DateOnly reportBackBy, DateTimeOffset now)
    {
        var days = CaseRules.DaysLeft(reportBackBy, now);
        return days switch
        {
            0 => "i dag",
            1 => "i morgon",
            -1 => "i går",
            > 1 => $"om {days.ToString(CultureInfo.InvariantCulture)} dagar",
            _ => $"för {(-days).ToString(CultureInfo.InvariantCulture)} dagar sedan",
        };
    }

    private static string To(string? group) => group is null ? "" : $" hos {group}";

    private static string For(string? group) => group is null ? "" : $" för {group}";

    private static string Of(string? group) => group is null ? "" : $" av {group}";
}
