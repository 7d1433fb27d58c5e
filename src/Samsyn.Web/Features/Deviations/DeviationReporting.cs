using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Deviations;

/// <summary>What a member reports; the API's body and the form's fields.</summary>
public sealed class DeviationInput
{
    public int? ReportingOrganisationId { get; set; }
    public List<int>? ConcernedOrganisationIds { get; set; }

    /// <summary>The process's code ("discharge").</summary>
    public string? Process { get; set; }

    /// <summary>The step's code within the process ("admissionNoticeLate").</summary>
    public string? Step { get; set; }
    public DateOnly? OccurredOn { get; set; }
    public string? Description { get; set; }
    public string? Consequence { get; set; }
    public string? GoverningDocumentReference { get; set; }
    public string? ReporterReference { get; set; }
}

public abstract record DeviationResult
{
    public sealed record Saved(DeviationReport Report) : DeviationResult;
    public sealed record Invalid(Dictionary<string, string[]> Errors) : DeviationResult;
    public sealed record NotAllowed(string Reason) : DeviationResult;
    public sealed record NotFound : DeviationResult;
    public sealed record VersionRequired : DeviationResult;
}

/// <summary>
/// Saves a deviation and, in the same transaction, what follows from it: the concerned organisations' handlers are
/// told, and a recurring pattern is proposed onto the next meeting of the management groups where both parties sit.
/// </summary>
public static class DeviationReporting
{
    public static async Task<DeviationResult> SubmitAsync(
        AppDbContext db, DeviationInput input, DeviationOptions defaults, int? reporterPersonId, string? reporterName,
        Func<int, Task<bool>> mayActFor, CancellationToken ct)
    {
        var now = db.Clock.GetUtcNow().ToUniversalTime();
        if (input.ReportingOrganisationId is not int reportingId)
            return new DeviationResult.Invalid(new() { ["reportingOrganisationId"] = ["Välj den organisation du rapporterar för."] });
        var reporting = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == reportingId && o.RetiredAt == null, ct);
        if (reporting is null) return new DeviationResult.Invalid(new() { ["reportingOrganisationId"] = ["Organisationen finns inte."] });
        if (!await mayActFor(reportingId)) return new DeviationResult.NotAllowed("Du kan bara rapportera avvikelser för en organisation du företräder.");

        var errors = DeviationRules.Check(input, SwedishTime.DateOf(now));
        var (process, step) = await FindStepAsync(db, input.Process, input.Step, errors, ct);
        var concernedIds = (input.ConcernedOrganisationIds ?? []).Distinct().ToList();
        var concerned = await db.Organisations.AsNoTracking().Where(o => concernedIds.Contains(o.Id) && o.RetiredAt == null).ToListAsync(ct);
        if (!errors.ContainsKey("concernedOrganisationIds") && concerned.Count != concernedIds.Count)
            errors["concernedOrganisationIds"] = ["En av de berörda organisationerna finns inte."];
        if (errors.Count > 0) return new DeviationResult.Invalid(errors);

        var rule = await DeviationRule.ForAreaAsync(db, defaults, reporting.AreaId, ct);
        var report = new DeviationReport
        {
            AreaId = reporting.AreaId, ReportingOrganisationId = reportingId, ProcessId = process!.Id, StepId = step!.Id,
            OccurredOn = input.OccurredOn!.Value, Description = input.Description!.Trim(), Consequence = DeviationRules.Clean(input.Consequence),
            GoverningDocumentReference = DeviationRules.Clean(input.GoverningDocumentReference), ReporterReference = DeviationRules.Clean(input.ReporterReference),
            ReportedAt = now, ReportedByPersonId = reporterPersonId, AnswerDueOn = DeviationDeadlines.AnswerDue(now, rule.AnswerDays),
        };
        foreach (var id in concernedIds) report.Concerned.Add(new DeviationConcerned { OrganisationId = id });
        report.RecordReceived(now, reporterPersonId, reporterName);
        db.DeviationReports.Add(report);

        // One transaction: the report is saved first so the notifications and proposals can link to it and count it.
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await db.SaveChangesAsync(ct);
            await NotifyReceivedAsync(db, report, reporting.Name, process, step, ct);
            await ProposePatternsAsync(db, report, reporting.Name, concerned, process, step, rule, ct);
            await db.SaveChangesAsync(ct);
            if (own is not null) await own.CommitAsync(ct);
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
        return new DeviationResult.Saved(report);
    }

    private static async Task<(DeviationProcess?, DeviationStep?)> FindStepAsync(
        AppDbContext db, string? processCode, string? stepCode, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(processCode)) return (null, null);
        var code = processCode.Trim();
        var process = await db.DeviationProcesses.AsNoTracking().Include(p => p.Steps).FirstOrDefaultAsync(p => p.Code == code && p.RetiredAt == null, ct);
        if (process is null)
        {
            errors["process"] = [$"Processen \"{Shorten(code)}\" finns inte. Hämta de giltiga koderna med GET /api/v1/deviations/processes."];
            return (null, null);
        }
        if (string.IsNullOrWhiteSpace(stepCode)) return (process, null);
        var step = process.Steps.FirstOrDefault(s => s.Code == stepCode.Trim() && s.RetiredAt == null);
        if (step is null) errors["step"] = [$"Steget \"{Shorten(stepCode.Trim())}\" finns inte i processen {process.Name}."];
        return (process, step);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..59] + "…";

    public static string Link(int id) => $"/avvikelser/{id.ToString(CultureInfo.InvariantCulture)}";

    private static async Task NotifyReceivedAsync(AppDbContext db, DeviationReport report, string reporting, DeviationProcess process, DeviationStep step, CancellationToken ct)
    {
        var handlers = await StructureRights.PeopleActingForAsync(db, [.. report.Concerned.Select(c => c.OrganisationId)], ct);
        Notifier.Raise(db, handlers, NotificationKind.DeviationReceived,
            $"Ny avvikelse från {reporting}: {step.Name}",
            $"{reporting} har rapporterat en avvikelse i samverkan i processen {process.Name} ({step.Name}), som hände {report.OccurredOn.ToString("d MMMM yyyy", SwedishTime.Culture)}. " +
            $"Kvittera den och svara med analys och åtgärder senast {report.AnswerDueOn.ToString("d MMMM yyyy", SwedishTime.Culture)}.",
            Link(report.Id), nameof(DeviationReport), report.Id.ToString(CultureInfo.InvariantCulture), report.ReportedByPersonId);
    }

    /// <summary>The agenda item's title: one item per pattern and meeting.</summary>
    public static string PatternTitle(string step, string reporting, string concerned)
    {
        var title = $"Återkommande avvikelse: {step} ({reporting} → {concerned})";
        return title.Length <= 300 ? title : title[..299] + "…";
    }

    private static async Task ProposePatternsAsync(
        AppDbContext db, DeviationReport report, string reporting, List<Organisation> concerned, DeviationProcess process, DeviationStep step,
        DeviationRule rule, CancellationToken ct)
    {
        var start = DeviationPatterns.WindowStart(report.OccurredOn, rule.PatternWindowDays);
        var earlier = await db.DeviationReports.AsNoTracking()
            .Where(d => d.ProcessId == report.ProcessId && d.StepId == report.StepId && d.ReportingOrganisationId == report.ReportingOrganisationId
                && d.OccurredOn >= start && d.OccurredOn <= report.OccurredOn)
            .Select(d => new { d.OccurredOn, Concerned = d.Concerned.Select(c => c.OrganisationId).ToList() }).ToListAsync(ct);
        var occurrences = earlier.SelectMany(d => d.Concerned.Select(c =>
            new PatternOccurrence(new PatternKey(report.ProcessId, report.StepId, report.ReportingOrganisationId, c), d.OccurredOn))).ToList();
        var keys = concerned.Select(c => new PatternKey(report.ProcessId, report.StepId, report.ReportingOrganisationId, c.Id));
        foreach (var (key, count) in DeviationPatterns.Recurring(occurrences, keys, report.OccurredOn, rule.PatternCount, rule.PatternWindowDays))
        {
            var other = concerned.First(c => c.Id == key.ConcernedOrganisationId);
            var groups = await db.Groups.Where(g => g.RetiredAt == null && g.Level == GroupLevel.Management
                    && g.Memberships.Any(m => m.RetiredAt == null && m.OrganisationId == key.ReportingOrganisationId)
                    && g.Memberships.Any(m => m.RetiredAt == null && m.OrganisationId == key.ConcernedOrganisationId))
                .Select(g => g.Id).ToListAsync(ct);
            var description = $"{count} avvikelser på {rule.PatternWindowDays} dagar i processen {process.Name}, steget \"{step.Name}\", " +
                $"rapporterade av {reporting} om {other.Name} (senast {report.OccurredOn.ToString("d MMMM yyyy", SwedishTime.Culture)}). " +
                $"Ett återkommande systemfel tas upp i gruppen. Avvikelserna finns under /avvikelser.";
            foreach (var groupId in groups)
                await AgendaProposals.ProposeOnNextMeetingAsync(db, groupId, PatternTitle(step.Name, reporting, other.Name), description,
                    null, other.Id, ct: ct);
        }
    }
}
