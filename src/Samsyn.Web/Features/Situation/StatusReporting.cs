using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Situation;

/// <summary>What a member reports; the API's body and the page's form.</summary>
public sealed class StatusReportInput
{
    public int? OrganisationId { get; set; }
    public StatusLevel? Level { get; set; }
    public ReadinessLevel? Readiness { get; set; }
    public string? Comment { get; set; }
    public bool NeedsHelp { get; set; }
    public string? HelpWith { get; set; }

    /// <summary>When the report describes the situation; now when left out.</summary>
    public DateTimeOffset? ReportedAt { get; set; }
    public Dictionary<string, decimal>? Figures { get; set; }
}

public abstract record SubmitResult
{
    public sealed record Saved(StatusReport Report) : SubmitResult;
    public sealed record Invalid(Dictionary<string, string[]> Errors) : SubmitResult;
    public sealed record NotAllowed : SubmitResult;
}

/// <summary>
/// Saves a status report and, in the same transaction, what follows from it: an organisation under
/// strain or asking for help is proposed onto the next meeting of each group it sits in, and a new
/// request for help notifies the other members of those groups.
/// </summary>
public static class StatusReporting
{
    /// <summary>
    /// Saves the report. Many organisations report at once in the morning, and their proposals update the
    /// same agenda items: a report is never refused for that — it is saved again on the fresh state.
    /// </summary>
    public static async Task<SubmitResult> SubmitAsync(
        AppDbContext db, StatusReportInput input, int? reporterPersonId, Func<int, Task<bool>> mayActFor, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SubmitOnceAsync(db, input, reporterPersonId, mayActFor, ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 8)
            {
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(5, 40) * attempt, ct);
            }
        }
    }

    private static async Task<SubmitResult> SubmitOnceAsync(
        AppDbContext db, StatusReportInput input, int? reporterPersonId, Func<int, Task<bool>> mayActFor, CancellationToken ct)
    {
        var now = db.Clock.GetUtcNow();
        if (input.OrganisationId is not int organisationId)
            return new SubmitResult.Invalid(new() { ["organisationId"] = ["Välj organisation."] });
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId && o.RetiredAt == null, ct);
        if (organisation is null) return new SubmitResult.Invalid(new() { ["organisationId"] = ["Organisationen finns inte."] });
        if (!await mayActFor(organisationId)) return new SubmitResult.NotAllowed();

        var definitions = await SituationQueries.FiguresAsync(db, ct);
        var errors = StatusReportRules.Check(input.Level, input.Readiness, input.Comment, input.NeedsHelp, input.HelpWith,
            input.ReportedAt, input.Figures, organisation.Kind, definitions, now);
        if (errors.Count > 0) return new SubmitResult.Invalid(errors);

        var previous = (await SituationQueries.ReportsAsync(db, [organisationId], now.AddDays(-60), now, ct))
            .OrderByDescending(r => r.ReportedAt).ThenByDescending(r => r.Id).FirstOrDefault();
        var report = new StatusReport
        {
            OrganisationId = organisationId, Level = input.Level!.Value, Readiness = input.Readiness,
            Comment = Clean(input.Comment), NeedsHelp = input.NeedsHelp, HelpWith = input.NeedsHelp ? Clean(input.HelpWith) : null,
            // Stored in UTC: PostgreSQL takes nothing else, and SQLite compares the stored clock times.
            ReportedAt = (input.ReportedAt is DateTimeOffset at && at < now ? at : now).ToUniversalTime(), ReportedByPersonId = reporterPersonId,
        };
        foreach (var (key, value) in input.Figures ?? []) report.Figures.Add(new StatusReportFigure { Key = key, Value = value });
        db.StatusReports.Add(report);

        if (StatusLevels.IsUnderStrain(report.Level) || report.NeedsHelp)
            await ProposeOntoNextMeetingsAsync(db, report, organisation.Name, ct);
        if (report.NeedsHelp && (previous is not { NeedsHelp: true } || previous.HelpWith != report.HelpWith))
            await NotifyHelpRequestedAsync(db, report, organisation.Name, ct);
        await db.SaveChangesAsync(ct);
        return new SubmitResult.Saved(report);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The title of the proposed item; one per organisation and meeting.</summary>
    public static string ItemTitle(string organisation) => $"Lägesbild: {organisation}";

    private static async Task ProposeOntoNextMeetingsAsync(AppDbContext db, StatusReport report, string organisation, CancellationToken ct)
    {
        var groupIds = await db.Memberships.Where(m => m.OrganisationId == report.OrganisationId && m.RetiredAt == null)
            .Select(m => m.GroupId).Distinct().ToListAsync(ct);
        // The item says what calls for the group's attention; the board has the latest report. A report that changes
        // neither the level nor the request for help leaves the item as it is (so a busy morning is not a queue of updates).
        var description = $"{organisation} rapporterar {StatusLevels.Label(report.Level).ToLowerInvariant()} läge"
            + (report.NeedsHelp ? $" och behöver stöd med: {report.HelpWith}" : "") + ". Den senaste rapporten finns i lägesbilden.";
        foreach (var groupId in groupIds)
            await AgendaProposals.ProposeOnNextMeetingAsync(db, groupId, ItemTitle(organisation), description, report.ReportedByPersonId, report.OrganisationId, ct: ct);
    }

    private static async Task NotifyHelpRequestedAsync(AppDbContext db, StatusReport report, string organisation, CancellationToken ct)
    {
        var groupIds = await db.Memberships.Where(m => m.OrganisationId == report.OrganisationId && m.RetiredAt == null)
            .Select(m => m.GroupId).Distinct().ToListAsync(ct);
        var recipients = new HashSet<int>();
        foreach (var groupId in groupIds) recipients.UnionWith(await MeetingNotifications.EveryoneAsync(db, groupId, ct));
        // Those who act for the organisation itself (its seat holders and their substitutes) know already.
        var seats = db.Memberships.Where(m => m.OrganisationId == report.OrganisationId && m.RetiredAt == null);
        var own = await seats.Select(m => m.PersonId).Union(seats.SelectMany(m => m.Substitutes.Select(s => s.PersonId))).ToListAsync(ct);
        recipients.ExceptWith(own);
        Notifier.Raise(db, recipients, NotificationKind.HelpRequested,
            $"{organisation} behöver stöd",
            $"{organisation} rapporterar {StatusLevels.Label(report.Level).ToLower(CultureInfo.GetCultureInfo("sv-SE"))} läge och behöver stöd med: {report.HelpWith}",
            $"/lagesbild/organisationer/{report.OrganisationId.ToString(CultureInfo.InvariantCulture)}", nameof(Organisation), report.OrganisationId.ToString(CultureInfo.InvariantCulture), report.ReportedByPersonId);
    }
}
