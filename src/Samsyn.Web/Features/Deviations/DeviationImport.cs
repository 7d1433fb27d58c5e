using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Situation.Discharge;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Deviations;

public sealed record DeviationImportSummary(int Created, int Updated, int Unchanged, string Source, string Message);

public sealed record DeviationAggregateView(int Id, string Month, string Process, string? Step, OrganisationRef ReportingOrganisation,
    OrganisationRef ConcernedOrganisation, int Count, string Source, DateTimeOffset ImportedAt, int Version);

/// <summary>
/// Imports counts from other systems: every row checked and every name found before anything is saved, then stored in one
/// audited transaction. A row with the same month, process, step, organisations and source as a stored count replaces it.
/// </summary>
public static class DeviationImport
{
    public const int MaxSource = 100;

    public static async Task<(DeviationImportSummary? Summary, Dictionary<string, string[]> Errors)> ImportAsync(
        AppDbContext db, byte[] content, string? source, int? personId, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var name = string.IsNullOrWhiteSpace(source) ? "Import" : source.Trim();
        if (name.Length > MaxSource) errors["source"] = [$"Källan får vara högst {MaxSource} tecken."];
        else DeviationRules.CheckText(errors, "source", name, MaxSource, "Källan");
        var (rows, fileErrors) = DeviationCsv.Parse(content);
        foreach (var (key, messages) in fileErrors) errors[key] = messages;
        if (errors.Count > 0) return (null, errors);

        var processes = await db.DeviationProcesses.AsNoTracking().Include(p => p.Steps).ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        int? Organisation(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? organisations.FirstOrDefault(o => o.Id == id)?.Id
            : organisations.Where(o => string.Equals(o.Name, text, StringComparison.OrdinalIgnoreCase)).Select(o => (int?)o.Id).SingleOrDefault();
        var resolved = new List<(DeviationCsvRow Row, int Process, int? Step, int Reporting, int Concerned)>();
        foreach (var row in rows)
        {
            var where = $"Rad {row.Line.ToString(CultureInfo.InvariantCulture)}";
            var process = processes.FirstOrDefault(p => string.Equals(p.Code, row.Process, StringComparison.OrdinalIgnoreCase) || string.Equals(p.Name, row.Process, StringComparison.OrdinalIgnoreCase));
            var step = process is null || row.Step is null ? null
                : process.Steps.FirstOrDefault(s => string.Equals(s.Code, row.Step, StringComparison.OrdinalIgnoreCase) || string.Equals(s.Name, row.Step, StringComparison.OrdinalIgnoreCase));
            var (reporting, concerned) = (Organisation(row.Reporting), Organisation(row.Concerned));
            if (process is null) errors[$"rows[{row.Line}].process"] = [$"{where}, kolumn process: processen \"{row.Process}\" finns inte."];
            else if (row.Step is not null && step is null) errors[$"rows[{row.Line}].steg"] = [$"{where}, kolumn steg: steget \"{row.Step}\" finns inte i {process.Name}."];
            if (reporting is null) errors[$"rows[{row.Line}].rapporterande"] = [$"{where}, kolumn rapporterande: organisationen \"{row.Reporting}\" finns inte."];
            if (concerned is null) errors[$"rows[{row.Line}].berörd"] = [$"{where}, kolumn berörd: organisationen \"{row.Concerned}\" finns inte."];
            else if (concerned == reporting) errors[$"rows[{row.Line}].berörd"] = [$"{where}, kolumn berörd: samma organisation som den rapporterande."];
            if (process is not null && reporting is int r && concerned is int c && (row.Step is null || step is not null))
                resolved.Add((row, process.Id, step?.Id, r, c));
        }
        foreach (var duplicate in resolved.GroupBy(x => (x.Row.Month, x.Process, x.Step, x.Reporting, x.Concerned)).Where(g => g.Count() > 1))
            errors[$"rows[{duplicate.Last().Row.Line}]"] = [$"Rad {duplicate.Last().Row.Line}: samma månad, process, steg och organisationer som rad {duplicate.First().Row.Line}."];
        if (errors.Count > 0) return (null, errors);

        var months = resolved.Select(x => x.Row.Month).Distinct().ToList();
        var stored = await db.DeviationAggregates.Where(a => a.Source == name && months.Contains(a.Month)).ToListAsync(ct);
        var now = db.Clock.GetUtcNow().ToUniversalTime();
        int created = 0, updated = 0, unchanged = 0;
        foreach (var (row, process, step, reporting, concerned) in resolved)
        {
            var existing = stored.FirstOrDefault(a => a.Month == row.Month && a.ProcessId == process && a.StepId == step && a.ReportingOrganisationId == reporting && a.ConcernedOrganisationId == concerned);
            if (existing is null)
            {
                db.DeviationAggregates.Add(new DeviationAggregate
                {
                    Month = row.Month, ProcessId = process, StepId = step, ReportingOrganisationId = reporting, ConcernedOrganisationId = concerned,
                    Count = row.Count, Source = name, ImportedAt = now, ImportedByPersonId = personId,
                });
                created++;
            }
            else if (existing.Count != row.Count)
            {
                (existing.Count, existing.ImportedAt, existing.ImportedByPersonId) = (row.Count, now, personId);
                updated++;
            }
            else unchanged++;
        }
        await db.SaveChangesAsync(ct);
        return (new DeviationImportSummary(created, updated, unchanged, name,
            $"{created} nya rader, {updated} ändrade och {unchanged} oförändrade från {name}."), errors);
    }

    public static RouteGroupBuilder MapDeviationImportApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/deviations/aggregates").WithTags("Avvikelser");
        group.MapGet("/", List).WithName("ListDeviationAggregates").WithSummary("Importerade antal från andra system (from/to som ÅÅÅÅ-MM-DD)");
        group.MapPost("/import", Import).WithName("ImportDeviationAggregates")
            .WithSummary("Läs in antal per månad, process, steg och organisationer från en CSV-fil (månad;process;steg;rapporterande;berörd;antal), som text/csv eller multipart/form-data; source= namnger systemet; allt eller inget (administratör eller sammankallande)");
        return api;
    }

    private static async Task<Results<Ok<PagedList<DeviationAggregateView>>, ValidationProblem>> List(
        DateOnly? from, DateOnly? to, int? page, int? pageSize, AppDbContext db, CancellationToken ct)
    {
        if (Paging.Check(page, pageSize) is { } pagingErrors) return ApiProblems.Validation(pagingErrors);
        var query = db.DeviationAggregates.AsNoTracking();
        if (from is DateOnly f) query = query.Where(a => a.Month >= DeviationStatistics.FirstOfMonth(f));
        if (to is DateOnly t) query = query.Where(a => a.Month <= t);
        var (number, size) = (page ?? 1, pageSize ?? Paging.DefaultPageSize);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => a.Month).ThenBy(a => a.Id).Skip((number - 1) * size).Take(size).Select(a => new
        {
            a.Id, a.Month, Process = a.Process.Code, Step = a.Step != null ? a.Step.Code : null,
            Reporting = new OrganisationRef(a.ReportingOrganisationId, a.ReportingOrganisation.Name),
            Concerned = new OrganisationRef(a.ConcernedOrganisationId, a.ConcernedOrganisation.Name), a.Count, a.Source, a.ImportedAt, a.Version,
        }).ToListAsync(ct);
        return TypedResults.Ok(new PagedList<DeviationAggregateView>(
            [.. rows.Select(a => new DeviationAggregateView(a.Id, DeviationStatistics.Iso(a.Month), a.Process, a.Step, a.Reporting, a.Concerned, a.Count, a.Source, a.ImportedAt, a.Version))],
            total, number, size));
    }

    private static async Task<Results<Ok<DeviationImportSummary>, ValidationProblem, ProblemHttpResult>> Import(
        string? source, HttpRequest request, AppDbContext db, DeviationAccess access, CancellationToken ct)
    {
        if (!access.MayImport) return DeviationApi.Forbidden("Bara administratörer och sammankallande kan läsa in antal från andra system.");
        var upload = await DischargeUpload.ReadAsync(request, ct);
        if (upload.Problem is { } problem) return problem;
        if (upload.Errors is { } uploadErrors) return ApiProblems.Validation(uploadErrors);
        try
        {
            var (summary, errors) = await ImportAsync(db, upload.Content!, source, access.PersonId, ct);
            return summary is null ? ApiProblems.Validation(errors) : TypedResults.Ok(summary);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            return ApiProblems.Conflict("Någon annan läste in samma antal samtidigt. Läs in filen igen.");
        }
    }
}
