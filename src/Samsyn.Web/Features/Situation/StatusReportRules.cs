using Samsyn.Web.Features.Privacy;
using Samsyn.Web.Features.Structure;

namespace Samsyn.Web.Features.Situation;

/// <summary>What a status report must satisfy before it is saved; errors are keyed by the API's field names.</summary>
public static class StatusReportRules
{
    /// <summary>A clock a few minutes ahead of the server's is not a future report.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>How far back a report may describe: the same week, not history writing.</summary>
    public static readonly TimeSpan LatestBackdating = TimeSpan.FromDays(7);

    public const int MaxText = 500;

    public static Dictionary<string, string[]> Check(
        StatusLevel? level, ReadinessLevel? readiness, string? comment, bool needsHelp, string? helpWith,
        DateTimeOffset? reportedAt, IReadOnlyDictionary<string, decimal>? figures,
        OrganisationKind kind, IReadOnlyCollection<StatusFigureDefinition> definitions, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (level is null) errors["level"] = ["Välj läge: normalt, ansträngt, allvarligt eller kritiskt."];
        if (readiness is not null && !StatusLevels.UsesReadiness(kind))
            errors["readiness"] = ["Beredskapsläge (stabsläge, förstärkningsläge, katastrofläge) anges bara av sjukhus."];
        CheckText(errors, "comment", comment);
        if (needsHelp && string.IsNullOrWhiteSpace(helpWith)) errors["helpWith"] = ["Skriv vad ni behöver hjälp med."];
        CheckText(errors, "helpWith", helpWith);
        if (reportedAt is DateTimeOffset at)
        {
            if (at > now + ClockSkew) errors["reportedAt"] = ["Tidpunkten ligger i framtiden. En rapport beskriver läget nu eller tidigare."];
            else if (at < now - LatestBackdating) errors["reportedAt"] = ["En rapport kan beskriva läget högst sju dagar bakåt."];
        }
        foreach (var (key, value) in figures ?? new Dictionary<string, decimal>())
        {
            var definition = definitions.FirstOrDefault(d => d.Key == key && d.OrganisationKind == kind && !d.IsRetired);
            if (definition is null)
                errors[$"figures.{key}"] = [$"Nyckeltalet \"{key}\" finns inte för den här sortens organisation."];
            else if (value < 0) errors[$"figures.{key}"] = [$"{definition.Label} kan inte vara negativt."];
            else if (value > definition.Maximum) errors[$"figures.{key}"] = [$"{definition.Label} kan vara högst {definition.Maximum}."];
            else if (decimal.Round(value, 1) != value) errors[$"figures.{key}"] = [$"{definition.Label} anges med högst en decimal."];
        }
        return errors;
    }

    private static void CheckText(Dictionary<string, string[]> errors, string field, string? text)
    {
        if (text is null) return;
        if (text.Length > MaxText) errors[field] = [$"Högst {MaxText} tecken."];
        else if (PersonalIdentityNumberGuard.ContainsIdentityNumber(text)) errors[field] = [Resources.Texts.Validation_PersonalIdentityNumber];
    }
}
