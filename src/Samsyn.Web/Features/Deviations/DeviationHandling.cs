using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Deviations;

/// <summary>The body of acknowledge, answer, close and reopen: the version the client saw and the texts the action needs.</summary>
public sealed class DeviationActionInput
{
    public int? Version { get; set; }

    /// <summary>A comment for the history (required to reopen: why the answer was not enough).</summary>
    public string? Comment { get; set; }

    /// <summary>The answer: what the concerned organisation found out.</summary>
    public string? Analysis { get; set; }

    /// <summary>The answer: what it does so that it does not happen again.</summary>
    public string? Measures { get; set; }
}

/// <summary>
/// The concerned organisation's handlers acknowledge and answer; the reporting side (or the group's convener)
/// closes an answered deviation or reopens it. Every change is a named, guarded method on the report, kept in its history.
/// </summary>
public static class DeviationHandling
{
    public static async Task<DeviationResult> ActAsync(
        AppDbContext db, DeviationViewer viewer, string byName, int id, DeviationAction action, DeviationActionInput input, int? version,
        DeviationOptions defaults, CancellationToken ct)
    {
        var report = await db.DeviationReports.Include(d => d.Concerned).Include(d => d.Step).Include(d => d.ReportingOrganisation)
            .FirstOrDefaultAsync(d => d.Id == id, ct);
        var concerned = report?.Concerned.Select(c => c.OrganisationId).ToList() ?? [];
        if (report is null || !viewer.Sees(report.ReportingOrganisationId, concerned)) return new DeviationResult.NotFound();
        if (action is DeviationAction.Acknowledge or DeviationAction.Answer ? !viewer.Handles(concerned) : !viewer.Follows(report.ReportingOrganisationId, concerned))
            return new DeviationResult.NotAllowed(action is DeviationAction.Acknowledge or DeviationAction.Answer
                ? "Bara den som företräder en berörd organisation kan kvittera och besvara avvikelsen."
                : "Bara den rapporterande organisationen och gruppens sammankallande kan avsluta avvikelsen eller öppna den igen.");
        if (version is not int expected) return new DeviationResult.VersionRequired();
        var errors = Check(action, input);
        if (errors.Count > 0) return new DeviationResult.Invalid(errors);

        db.ExpectVersion(report, expected);
        var now = db.Clock.GetUtcNow().ToUniversalTime();
        var person = viewer.PersonId;
        switch (action)
        {
            case DeviationAction.Acknowledge:
                report.Acknowledge(now, person, byName, input.Comment);
                break;
            case DeviationAction.Answer:
                report.Answer(now, person, byName, input.Analysis!.Trim(), input.Measures!.Trim());
                Notify(db, report, NotificationKind.DeviationAnswered, await ReporterSideAsync(db, report, ct),
                    $"Svar på avvikelsen: {report.Step.Name}",
                    $"Avvikelsen om \"{report.Step.Name}\" som {report.ReportingOrganisation.Name} rapporterade är besvarad med analys och åtgärder. Läs svaret och avsluta avvikelsen, eller öppna den igen om svaret inte räcker.",
                    person);
                break;
            case DeviationAction.Close:
                report.Close(now, person, byName, input.Comment);
                break;
            default:
                var rule = await DeviationRule.ForAreaAsync(db, defaults, report.AreaId, ct);
                var due = DeviationDeadlines.AnswerDue(now, rule.AnswerDays);
                report.Reopen(now, person, byName, input.Comment!, due);
                Notify(db, report, NotificationKind.DeviationReopened, await StructureRights.PeopleActingForAsync(db, concerned, ct),
                    $"Avvikelsen är öppnad igen: {report.Step.Name}",
                    $"{report.ReportingOrganisation.Name} har öppnat avvikelsen om \"{report.Step.Name}\" igen: {input.Comment!.Trim()} Lämna ett nytt svar senast {due.ToString("d MMMM yyyy", SwedishTime.Culture)}.",
                    person);
                break;
        }
        await db.SaveChangesAsync(ct);
        return new DeviationResult.Saved(report);
    }

    public static Dictionary<string, string[]> Check(DeviationAction action, DeviationActionInput input)
    {
        var errors = new Dictionary<string, string[]>();
        if (action == DeviationAction.Answer)
        {
            if (string.IsNullOrWhiteSpace(input.Analysis)) errors["analysis"] = ["Skriv er analys: varför följdes inte överenskommelsen?"];
            if (string.IsNullOrWhiteSpace(input.Measures)) errors["measures"] = ["Skriv vilka åtgärder ni vidtar så att det inte händer igen."];
        }
        if (action == DeviationAction.Reopen && string.IsNullOrWhiteSpace(input.Comment))
            errors["comment"] = ["Skriv varför avvikelsen öppnas igen – vad i svaret räcker inte?"];
        DeviationRules.CheckText(errors, "analysis", input.Analysis, DeviationRules.MaxText, "Analysen");
        DeviationRules.CheckText(errors, "measures", input.Measures, DeviationRules.MaxText, "Åtgärderna");
        DeviationRules.CheckText(errors, "comment", input.Comment, DeviationRules.MaxText, "Kommentaren");
        return errors;
    }

    /// <summary>The one who reported, or everyone acting for the reporting organisation when the reporter is gone.</summary>
    private static async Task<IReadOnlyList<int>> ReporterSideAsync(AppDbContext db, DeviationReport report, CancellationToken ct) =>
        report.ReportedByPersonId is int reporter ? [reporter] : await StructureRights.PeopleActingForAsync(db, [report.ReportingOrganisationId], ct);

    private static void Notify(AppDbContext db, DeviationReport report, NotificationKind kind, IEnumerable<int> recipients, string subject, string body, int? actor) =>
        Notifier.Raise(db, recipients, kind, subject, body, DeviationReporting.Link(report.Id), nameof(DeviationReport),
            report.Id.ToString(CultureInfo.InvariantCulture), actor);
}
