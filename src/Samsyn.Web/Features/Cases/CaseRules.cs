using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;

namespace Samsyn.Web.Features.Cases;

/// <summary>What the handing group does with a case.</summary>
public enum CaseAction { PutOnAgenda, Decide, HandOver, Close }

/// <summary>What the receiving group does with a handover.</summary>
public enum HandoverAction { Accept, Return, Note, ReportBack }

/// <summary>
/// Which state changes a case and a handover allow, and when a handover is overdue. Plain rules
/// without a database; the entities' guarded methods and the forms ask them.
/// </summary>
public static class CaseRules
{
    public const string CloseCommentMissing = "Skriv varför ärendet avslutas utan beslut eller återrapport.";

    /// <summary>Why <paramref name="action"/> is not allowed in <paramref name="status"/>, or null when it is.</summary>
    public static string? Refusal(CaseStatus status, CaseAction action, bool hasOpenHandovers)
    {
        if (status == CaseStatus.Decided) return "Ärendet är redan avgjort.";
        if (status == CaseStatus.Closed) return "Ärendet är avslutat.";
        return action switch
        {
            CaseAction.PutOnAgenda when status is not (CaseStatus.Raised or CaseStatus.OnAgenda) =>
                "Bara ett ärende som inte har lämnats över kan sättas upp på dagordningen. Återrapporter föreslås till nästa möte av sig själva.",
            CaseAction.Decide or CaseAction.Close when hasOpenHandovers =>
                "Frågan är överlämnad och väntar på återrapport. Vänta tills alla grupper har återrapporterat eller lämnat tillbaka den.",
            _ => null,
        };
    }

    public static bool Allows(CaseStatus status, CaseAction action, bool hasOpenHandovers) => Refusal(status, action, hasOpenHandovers) is null;

    /// <summary>Throws the refusal as a state conflict (409 for the API, a message on the page).</summary>
    public static void Ensure(CaseStatus status, CaseAction action, bool hasOpenHandovers)
    {
        if (Refusal(status, action, hasOpenHandovers) is { } refusal) throw new InvalidStateChangeException(refusal);
    }

    /// <summary>A case closed before anything was decided or reported back needs a reason in the trail.</summary>
    public static bool CloseNeedsComment(CaseStatus status) => status is CaseStatus.Raised or CaseStatus.OnAgenda;

    /// <summary>Why the receiving group cannot do <paramref name="action"/> with a handover in <paramref name="status"/>, or null.</summary>
    public static string? Refusal(HandoverStatus status, HandoverAction action) => (action, status) switch
    {
        (_, HandoverStatus.ReportedBack) => "Gruppen har redan återrapporterat frågan.",
        (_, HandoverStatus.Returned) => "Frågan är lämnad tillbaka till den grupp som lämnade över den.",
        (HandoverAction.Accept, HandoverStatus.Accepted) => "Gruppen har redan tagit emot frågan.",
        (HandoverAction.ReportBack, HandoverStatus.Sent) => "Ta emot frågan innan ni återrapporterar den.",
        _ => null,
    };

    public static bool Allows(HandoverStatus status, HandoverAction action) => Refusal(status, action) is null;

    /// <summary>The first moment a handover is overdue: midnight, Swedish time, after its report-back date.</summary>
    public static DateTimeOffset OverdueFrom(DateOnly reportBackBy) => SwedishTime.At(reportBackBy.AddDays(1), TimeOnly.MinValue);

    /// <summary>
    /// An open handover (sent or accepted) whose report-back date has passed: the whole date counts,
    /// to its end in Swedish time. Reported-back and returned handovers are never overdue.
    /// </summary>
    public static bool IsOverdue(DateOnly reportBackBy, HandoverStatus status, DateTimeOffset now) =>
        status is HandoverStatus.Sent or HandoverStatus.Accepted && now >= OverdueFrom(reportBackBy);

    /// <summary>The days until (positive) or since (negative) the report-back date, in the Swedish calendar.</summary>
    public static int DaysLeft(DateOnly reportBackBy, DateTimeOffset now) => reportBackBy.DayNumber - SwedishTime.DateOf(now).DayNumber;
}

/// <summary>A group as the handover rules see it.</summary>
public sealed record GroupRef(int Id, int AreaId, string Name, bool Retired);

/// <summary>What a handover must satisfy before it is made; errors keyed by the API's field names.</summary>
public static class HandoverRules
{
    /// <summary>How far ahead a report-back date may lie.</summary>
    public const int MaxYearsAhead = 2;

    public static Dictionary<string, string[]> Check(GroupRef from, GroupRef? to, DateOnly? reportBackBy, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (to is null) errors["toGroupId"] = ["Välj den grupp som frågan lämnas över till."];
        else if (to.Id == from.Id) errors["toGroupId"] = ["En grupp kan inte lämna över en fråga till sig själv. Välj en annan grupp."];
        else if (to.AreaId != from.AreaId)
            errors["toGroupId"] = [$"{to.Name} hör till ett annat samverkansområde. En fråga kan bara lämnas över till en grupp i samma område som {from.Name}."];
        else if (to.Retired) errors["toGroupId"] = [$"{to.Name} är avslutad och kan inte ta emot frågor."];

        if (reportBackBy is not DateOnly date) errors["reportBackBy"] = ["Ange när gruppen senast ska återrapportera."];
        else if (date < today)
            errors["reportBackBy"] = [$"Datumet för återrapport har redan passerat. Välj i dag ({today:yyyy-MM-dd}) eller ett senare datum."];
        else if (date > today.AddYears(MaxYearsAhead))
            errors["reportBackBy"] = [$"Välj ett datum för återrapport inom {MaxYearsAhead} år."];
        return errors;
    }

    /// <summary>Why the links of a report-back cannot be kept, or null: each line one web address.</summary>
    public static string? LinkError(string? links)
    {
        if (string.IsNullOrWhiteSpace(links)) return null;
        foreach (var line in Lines(links))
        {
            if (!Uri.TryCreate(line, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
                return $"\"{Shorten(line)}\" är ingen webbadress. Skriv en adress per rad som börjar med https://.";
        }
        return null;
    }

    /// <summary>The non-empty lines of a text, trimmed.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        text is null ? [] : text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..59] + "…";
}
