using System.Globalization;
using Samsyn.Web.Features.Exemptions;
using Samsyn.Web.Infrastructure;

namespace Samsyn.Web.Features.Documents;

/// <summary>Swedish names and formats for governing documents, decisions and exemptions, shared by pages and notifications.</summary>
public static class DocumentText
{
    public static string Type(DocumentType type) => type switch
    {
        DocumentType.Mandate => "Uppdragsbeskrivning",
        DocumentType.Agreement => "Överenskommelse",
        DocumentType.Guideline => "Riktlinje",
        DocumentType.Routine => "Rutin",
        DocumentType.StrategicPlan => "Strategisk plan",
        DocumentType.ActivityPlan => "Verksamhetsplan",
        DocumentType.FollowUpReport => "Uppföljningsrapport",
        _ => "Övrigt styrdokument",
    };

    public static string Revision(RevisionState state) => state switch
    {
        RevisionState.Overdue => "Revidering försenad",
        RevisionState.DueSoon => "Revideras snart",
        RevisionState.Scheduled => "Revidering planerad",
        _ => "Ingen revidering planerad",
    };

    public static string State(ExemptionState state) => state switch
    {
        ExemptionState.Upcoming => "Kommande",
        ExemptionState.Active => "Gäller",
        ExemptionState.Ended => "Upphört – återgång ej bekräftad",
        _ => "Avslutat",
    };

    public static string Event(ExemptionEventKind kind) => kind switch
    {
        ExemptionEventKind.Granted => "Beviljat",
        ExemptionEventKind.Extended => "Förlängt",
        ExemptionEventKind.Revoked => "Återkallat",
        _ => "Återgång till ordinarie rutin bekräftad",
    };

    /// <summary>"2021-12-03", as the seed documents write dates.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly? date) => date is DateOnly d ? Iso(d) : "–";

    /// <summary>"3 december 2021".</summary>
    public static string Spelled(DateOnly date) => date.ToString("d MMMM yyyy", SwedishTime.Culture);

    public static string Interval(int? months) => months switch
    {
        null => "–",
        12 => "En gång per år",
        24 => "Vartannat år",
        1 => "Varje månad",
        _ => $"Var {months.Value.ToString(CultureInfo.InvariantCulture)}:e månad",
    };

    public static DateOnly Today(TimeProvider clock) => SwedishTime.DateOf(clock.GetUtcNow());

    /// <summary>The current moment in whole milliseconds, so what the API answers equals what both databases store.</summary>
    public static DateTimeOffset Now(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
    }

    /// <summary>
    /// A LIKE pattern for <paramref name="q"/>: the search text as the decision register reads it
    /// (<see cref="Decisions.DecisionSearch.Term"/>: trimmed, lower case, without % _ and NUL); the database lowers the column.
    /// </summary>
    public static string? SearchPattern(string? q) => Decisions.DecisionSearch.Term(q) is { } term ? $"%{term}%" : null;
}
