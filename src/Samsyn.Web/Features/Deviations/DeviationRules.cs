using Samsyn.Web.Features.Privacy;
using Samsyn.Web.Infrastructure;

namespace Samsyn.Web.Features.Deviations;

/// <summary>What a deviation report must satisfy before it is saved; errors keyed by the API's camelCase field names.</summary>
public static class DeviationRules
{
    public const int MaxText = 4000;
    public const int MaxShortText = 300;
    public const int MaxReference = 100;

    /// <summary>The free-text fields of a report with their names in the API and their longest length.</summary>
    public static IEnumerable<(string Field, string? Text, int Max, string Label)> Texts(DeviationInput input) =>
    [
        ("description", input.Description, MaxText, "Beskrivningen"),
        ("consequence", input.Consequence, MaxText, "Konsekvensen"),
        ("governingDocumentReference", input.GoverningDocumentReference, MaxShortText, "Styrdokumentet"),
        ("reporterReference", input.ReporterReference, MaxReference, "Er referens"),
    ];

    public static Dictionary<string, string[]> Check(DeviationInput input, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.ReportingOrganisationId is null) errors["reportingOrganisationId"] = ["Välj den organisation du rapporterar för."];
        var concerned = input.ConcernedOrganisationIds ?? [];
        if (concerned.Count == 0) errors["concernedOrganisationIds"] = ["Välj minst en berörd organisation – den som inte följde överenskommelsen."];
        else if (input.ReportingOrganisationId is int reporting && concerned.Contains(reporting))
            errors["concernedOrganisationIds"] = ["Den rapporterande organisationen kan inte själv vara berörd. En avvikelse i samverkan gäller en annan part; egna avvikelser hanteras i det egna avvikelsesystemet."];
        if (string.IsNullOrWhiteSpace(input.Process)) errors["process"] = ["Välj process."];
        if (string.IsNullOrWhiteSpace(input.Step)) errors["step"] = ["Välj steg i processen."];
        if (input.OccurredOn is not DateOnly occurred) errors["occurredOn"] = ["Ange när det hände (ÅÅÅÅ-MM-DD)."];
        else if (occurred > today) errors["occurredOn"] = ["Datumet ligger i framtiden. Ange den dag då det hände."];
        else if (occurred < today.AddYears(-2)) errors["occurredOn"] = ["Datumet ligger mer än två år tillbaka. Rapportera avvikelser medan de går att följa upp."];
        if (string.IsNullOrWhiteSpace(input.Description)) errors["description"] = ["Beskriv vad som hände i processen."];
        foreach (var (field, text, max, label) in Texts(input)) CheckText(errors, field, text, max, label);
        return errors;
    }

    /// <summary>Too long, or holding a personal identity number: the text is refused.</summary>
    public static void CheckText(Dictionary<string, string[]> errors, string field, string? text, int max, string label)
    {
        if (text is null || errors.ContainsKey(field)) return;
        if (text.Length > max) errors[field] = [$"{label} får vara högst {max} tecken."];
        else if (PersonalIdentityNumberGuard.ContainsIdentityNumber(text)) errors[field] = [IdentityNumberMessage];
    }

    public const string IdentityNumberMessage =
        "Texten verkar innehålla ett personnummer eller samordningsnummer. En avvikelse i samverkan beskriver processen, aldrig patienten – ta bort numret.";

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>When the answer is due and when it is late: the due date is the report's Swedish date plus the area's answer days; late from midnight after it.</summary>
public static class DeviationDeadlines
{
    public static DateOnly AnswerDue(DateTimeOffset reportedAt, int answerDays) => SwedishTime.DateOf(reportedAt).AddDays(answerDays);

    /// <summary>The moment the due date ends in Sweden (midnight after it).</summary>
    public static DateTimeOffset EndOf(DateOnly due) => SwedishTime.At(due.AddDays(1), TimeOnly.MinValue);

    public static bool IsOverdue(DeviationStatus status, DateOnly due, DateTimeOffset now) =>
        DeviationWorkflow.AwaitsAnswer(status) && now >= EndOf(due);

    public static bool AnsweredLate(DateTimeOffset answeredAt, DateOnly due) => answeredAt >= EndOf(due);

    /// <summary>Whole days left until the due date (0 on the day, negative when passed).</summary>
    public static int DaysLeft(DateOnly due, DateTimeOffset now) => due.DayNumber - SwedishTime.DateOf(now).DayNumber;

    /// <summary>Calendar days from reporting to answering, by Swedish dates.</summary>
    public static int AnswerDays(DateTimeOffset reportedAt, DateTimeOffset answeredAt) =>
        SwedishTime.DateOf(answeredAt).DayNumber - SwedishTime.DateOf(reportedAt).DayNumber;

    /// <summary>"Svar senast 3 mars 2026", "Försenad sedan 3 mars 2026" …, in words, never by colour alone.</summary>
    public static string Text(DeviationStatus status, DateOnly due, DateTimeOffset now)
    {
        var date = due.ToString("d MMMM yyyy", SwedishTime.Culture);
        if (!DeviationWorkflow.AwaitsAnswer(status)) return $"Svar senast {date}";
        var left = DaysLeft(due, now);
        return left switch
        {
            < 0 => $"Försenad – svar skulle ha lämnats senast {date}",
            0 => $"Svar senast i dag, {date}",
            1 => $"Svar senast i morgon, {date}",
            _ => $"Svar senast {date} ({left} dagar kvar)",
        };
    }
}

/// <summary>The same process and step from the same reporting organisation to the same concerned organisation.</summary>
public sealed record PatternKey(int ProcessId, int StepId, int ReportingOrganisationId, int ConcernedOrganisationId);

public sealed record PatternOccurrence(PatternKey Key, DateOnly OccurredOn);

/// <summary>
/// Recurring deviations: when at least <c>count</c> deviations with the same key happened within the
/// <c>windowDays</c> days that end on the new deviation's date (that day included), the pattern goes to the group.
/// </summary>
public static class DeviationPatterns
{
    public static DateOnly WindowStart(DateOnly anchor, int windowDays) => anchor.AddDays(-(windowDays - 1));

    /// <summary>How many occurrences of <paramref name="key"/> lie in the window ending on <paramref name="anchor"/>.</summary>
    public static int CountInWindow(IEnumerable<PatternOccurrence> occurrences, PatternKey key, DateOnly anchor, int windowDays)
    {
        var start = WindowStart(anchor, windowDays);
        return occurrences.Count(o => o.Key == key && o.OccurredOn >= start && o.OccurredOn <= anchor);
    }

    /// <summary>The keys that have become a pattern, with their counts.</summary>
    public static IReadOnlyList<(PatternKey Key, int Count)> Recurring(
        IReadOnlyCollection<PatternOccurrence> occurrences, IEnumerable<PatternKey> keys, DateOnly anchor, int count, int windowDays) =>
        [.. keys.Distinct().Select(k => (Key: k, Count: CountInWindow(occurrences, k, anchor, windowDays))).Where(x => x.Count >= count)];
}
