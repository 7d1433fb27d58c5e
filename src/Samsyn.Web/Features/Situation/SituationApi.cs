using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samsyn.Web.Features.Privacy;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Security;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Situation;

public sealed record FigureValue(string Key, string Label, string Unit, decimal Value);

public sealed record StatusReportView(
    int Id, int OrganisationId, string OrganisationName, StatusLevel Level, ReadinessLevel? Readiness, string? Comment,
    bool NeedsHelp, string? HelpWith, DateTimeOffset ReportedAt, string? ReportedBy, IReadOnlyList<FigureValue> Figures);

public sealed record BoardEntryView(
    int OrganisationId, string OrganisationName, OrganisationKind Kind, StatusLevel? Level, ReadinessLevel? Readiness,
    DateTimeOffset? ReportedAt, string? Age, bool Stale, bool NeedsHelp, string? HelpWith, string? Comment, string? ReportedBy,
    IReadOnlyList<FigureValue> Figures, int? ReportId);

public sealed record BoardSummaryView(IReadOnlyDictionary<StatusLevel, int> PerLevel, int Stale, int Missing, IReadOnlyList<string> NeedingHelp);

public sealed record StatusBoardView(
    int? AreaId, int? GroupId, string Name, DateTimeOffset AsOf, double StaleAfterHours, BoardSummaryView Summary, IReadOnlyList<BoardEntryView> Entries);

public sealed record StatusHistoryView(int? AreaId, int? GroupId, string Name, DateOnly From, DateOnly To, IReadOnlyList<HistoryDay> Days, IReadOnlyList<StatusFigureView> Figures);

public sealed record StatusFigureView(int Id, string Key, string Label, string Unit, OrganisationKind OrganisationKind, int Order, int Maximum, bool Retired, int Version);

public sealed class StatusFigureInput
{
    [Display(Name = "Nyckel"), Mandatory, MaxChars(40), RegularExpression("^[a-z][a-zA-Z0-9]*$", ErrorMessage = "Nyckeln skrivs i camelCase med bokstäver och siffror, till exempel freeShortTermBeds.")]
    public string? Key { get; set; }

    [Display(Name = "Benämning"), Mandatory, MaxChars(120), NoPersonalIdentityNumber]
    public string? Label { get; set; }

    [Display(Name = "Enhet"), Mandatory, MaxChars(20)]
    public string? Unit { get; set; }

    [Display(Name = "Typ av organisation"), Chosen]
    public OrganisationKind? OrganisationKind { get; set; }

    [Display(Name = "Ordning"), Range(1, 99, ErrorMessage = "Ange en ordning mellan 1 och 99.")]
    public int Order { get; set; } = 1;

    [Display(Name = "Högsta värde"), Range(1, 1_000_000, ErrorMessage = "Ange ett högsta värde mellan 1 och 1 000 000.")]
    public int Maximum { get; set; } = 10000;

    public int? Version { get; set; }
}

/// <summary>The situation picture over the API: report, the board, an organisation's reports, an area's history, and the key figures.</summary>
public static class SituationApi
{
    public static RouteGroupBuilder MapSituationApi(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/status-reports").WithTags("Lägesbild");
        reports.MapPost("/", Report).WithName("ReportStatus")
            .WithSummary("Rapportera läget för en organisation du företräder: level normal|strained|severe|critical, figures { nyckel: tal }");
        reports.MapGet("/{id:int}", GetReport).WithName("GetStatusReport").WithSummary("En lägesrapport");
        api.MapGet("/status-board", Board).WithTags("Lägesbild").WithName("StatusBoard")
            .WithSummary("Senaste rapporten per organisation i ett område (areaId) eller en grupp (groupId), valfritt vid en tidpunkt (asOf); stale = äldre än gränsen");
        api.MapGet("/status-history", History).WithTags("Lägesbild").WithName("StatusHistory")
            .WithSummary("Läget dag för dag i ett område eller en grupp: antal organisationer per läge och summerade nyckeltal (from/to, ÅÅÅÅ-MM-DD)");
        api.MapGet("/organisations/{id:int}/status-reports", OrganisationReports).WithTags("Lägesbild").WithName("OrganisationStatusReports")
            .WithSummary("En organisations lägesrapporter, nyast först (from/to, ÅÅÅÅ-MM-DD)");

        var figures = api.MapGroup("/status-figures").WithTags("Lägesbild");
        figures.MapGet("/", Figures).WithName("ListStatusFigures").WithSummary("Nyckeltalen som rapporteras per typ av organisation");
        figures.MapPost("/", CreateFigure).WithName("CreateStatusFigure").WithSummary("Lägg till ett nyckeltal (administratör)");
        figures.MapPut("/{id:int}", UpdateFigure).WithName("UpdateStatusFigure").WithSummary("Ändra ett nyckeltal (administratör)");
        figures.MapRetirement<StatusFigureDefinition>("ett nyckeltal",
            (sp, _, _) => Task.FromResult(sp.GetRequiredService<StructureRights>().CanManageRegisters));
        return api;
    }

    public static async Task<StatusBoardView> BoardViewAsync(AppDbContext db, BoardScope scope, DateTimeOffset asOf, TimeSpan staleAfter, CancellationToken ct)
    {
        var entries = await SituationQueries.BoardAsync(db, scope, asOf, staleAfter, ct);
        var definitions = await SituationQueries.FiguresAsync(db, ct);
        var summary = StatusBoard.Summarise(entries);
        return new StatusBoardView(scope.AreaId, scope.GroupId, scope.Name, asOf, staleAfter.TotalHours,
            new BoardSummaryView(summary.PerLevel, summary.Stale, summary.Missing, summary.NeedingHelp),
            [.. entries.Select(e => new BoardEntryView(e.Organisation.Id, e.Organisation.Name, e.Organisation.Kind, e.Latest?.Level, e.Latest?.Readiness,
                e.Latest?.ReportedAt, e.Age is TimeSpan age ? ReportAge.Text(age) : null, e.Stale, e.Latest?.NeedsHelp == true, e.Latest?.HelpWith,
                e.Latest?.Comment, e.Latest?.ReportedBy, e.Latest is { } r ? Values(r.Figures, e.Organisation.Kind, definitions) : [], e.Latest?.Id))]);
    }

    /// <summary>The figures in the order and with the names of their definitions; a figure no longer defined keeps its key as name.</summary>
    public static IReadOnlyList<FigureValue> Values(IReadOnlyDictionary<string, decimal> figures, OrganisationKind kind, IReadOnlyList<StatusFigureDefinition> definitions)
    {
        var ofKind = definitions.Where(d => d.OrganisationKind == kind).ToList();
        return [.. figures
            .Select(f => (Figure: f, Definition: ofKind.FirstOrDefault(d => d.Key == f.Key)))
            .OrderBy(x => x.Definition?.Order ?? int.MaxValue)
            .Select(x => new FigureValue(x.Figure.Key, x.Definition?.Label ?? x.Figure.Key, x.Definition?.Unit ?? "", x.Figure.Value))];
    }

    private static async Task<Results<Created<StatusReportView>, ValidationProblem, ProblemHttpResult>> Report(
        StatusReportInput input, AppDbContext db, CurrentUser user, StructureRights rights, CancellationToken ct)
    {
        var result = await StatusReporting.SubmitAsync(db, input, user.PersonId, id => rights.CanActForOrganisationAsync(id, ct), ct);
        return result switch
        {
            SubmitResult.Saved saved => TypedResults.Created($"/api/v1/status-reports/{saved.Report.Id}", await ViewAsync(db, saved.Report.Id, ct)),
            SubmitResult.Invalid invalid => ApiProblems.Validation(invalid.Errors),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Du kan bara rapportera läget för en organisation du företräder."),
        };
    }

    private static async Task<StatusReportView> ViewAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var report = await db.StatusReports.AsNoTracking().Include(r => r.Organisation).Include(r => r.ReportedBy).Include(r => r.Figures).FirstAsync(r => r.Id == id, ct);
        var definitions = await SituationQueries.FiguresAsync(db, ct);
        return new StatusReportView(report.Id, report.OrganisationId, report.Organisation.Name, report.Level, report.Readiness, report.Comment,
            report.NeedsHelp, report.HelpWith, report.ReportedAt, report.ReportedBy?.Name,
            Values(report.Figures.ToDictionary(f => f.Key, f => f.Value), report.Organisation.Kind, definitions));
    }

    private static async Task<Results<Ok<StatusReportView>, ProblemHttpResult>> GetReport(int id, AppDbContext db, CancellationToken ct) =>
        await db.StatusReports.AnyAsync(r => r.Id == id, ct) ? TypedResults.Ok(await ViewAsync(db, id, ct)) : ApiProblems.NotFound();

    private static async Task<Results<Ok<StatusBoardView>, ValidationProblem, ProblemHttpResult>> Board(
        int? areaId, int? groupId, DateTimeOffset? asOf, AppDbContext db, IOptions<SituationOptions> options, CancellationToken ct)
    {
        if (areaId is null && groupId is null) return ApiProblems.Validation("areaId", "Ange areaId (samverkansområde) eller groupId (grupp).");
        var scope = await SituationQueries.ScopeAsync(db, areaId, groupId, ct);
        if (scope is null) return ApiProblems.NotFound(groupId is null ? "Samverkansområdet finns inte." : "Gruppen finns inte.");
        return TypedResults.Ok(await BoardViewAsync(db, scope, asOf ?? db.Clock.GetUtcNow(), options.Value.StaleAfter, ct));
    }

    private static async Task<Results<Ok<StatusHistoryView>, ValidationProblem, ProblemHttpResult>> History(
        int? areaId, int? groupId, DateOnly? from, DateOnly? to, AppDbContext db, IOptions<SituationOptions> options, CancellationToken ct)
    {
        if (areaId is null && groupId is null) return ApiProblems.Validation("areaId", "Ange areaId (samverkansområde) eller groupId (grupp).");
        var today = Infrastructure.SwedishTime.DateOf(db.Clock.GetUtcNow());
        var (start, end) = (from ?? today.AddDays(-29), to ?? today);
        if (end < start) return ApiProblems.Validation("to", "Slutdatumet ligger före startdatumet.");
        if (end.DayNumber - start.DayNumber > 366) return ApiProblems.Validation("from", "Välj högst ett år åt gången.");
        var scope = await SituationQueries.ScopeAsync(db, areaId, groupId, ct);
        if (scope is null) return ApiProblems.NotFound(groupId is null ? "Samverkansområdet finns inte." : "Gruppen finns inte.");
        return TypedResults.Ok(await HistoryViewAsync(db, scope, start, end, options.Value.StaleAfter, ct));
    }

    public static async Task<StatusHistoryView> HistoryViewAsync(AppDbContext db, BoardScope scope, DateOnly from, DateOnly to, TimeSpan staleAfter, CancellationToken ct)
    {
        var organisations = await SituationQueries.OrganisationsAsync(db, scope, ct);
        var reports = await SituationQueries.ReportsAsync(db, [.. organisations.Select(o => o.Id)],
            Infrastructure.SwedishTime.At(from, TimeOnly.MinValue) - staleAfter, Infrastructure.SwedishTime.At(to.AddDays(1), TimeOnly.MinValue), ct);
        var kinds = organisations.Select(o => o.Kind).ToHashSet();
        var figures = (await SituationQueries.FiguresAsync(db, ct)).Where(f => kinds.Contains(f.OrganisationKind)).ToList();
        return new StatusHistoryView(scope.AreaId, scope.GroupId, scope.Name, from, to,
            StatusHistory.Daily(organisations, reports, from, to, staleAfter), [.. figures.Select(FigureView)]);
    }

    private static async Task<Results<Ok<PagedList<StatusReportView>>, ValidationProblem, ProblemHttpResult>> OrganisationReports(
        int id, DateOnly? from, DateOnly? to, int? page, int? pageSize, AppDbContext db, CancellationToken ct)
    {
        if (Paging.Check(page, pageSize) is { } errors) return ApiProblems.Validation(errors);
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return ApiProblems.NotFound();
        if (from is DateOnly f && to is DateOnly t && t < f) return ApiProblems.Validation("to", "Slutdatumet ligger före startdatumet.");
        var start = from is DateOnly a ? Infrastructure.SwedishTime.At(a, TimeOnly.MinValue) : DateTimeOffset.MinValue;
        var end = to is DateOnly b ? Infrastructure.SwedishTime.At(b.AddDays(1), TimeOnly.MinValue).AddTicks(-1) : DateTimeOffset.MaxValue;
        var reports = await SituationQueries.ReportsAsync(db, [id], start, end, ct);
        var definitions = await SituationQueries.FiguresAsync(db, ct);
        var ordered = reports.OrderByDescending(r => r.ReportedAt).ThenByDescending(r => r.Id).ToList();
        var size = pageSize ?? Paging.DefaultPageSize;
        var number = page ?? 1;
        var items = ordered.Skip((number - 1) * size).Take(size).Select(r => new StatusReportView(r.Id, id, organisation.Name, r.Level, r.Readiness,
            r.Comment, r.NeedsHelp, r.HelpWith, r.ReportedAt, r.ReportedBy, Values(r.Figures, organisation.Kind, definitions))).ToList();
        return TypedResults.Ok(new PagedList<StatusReportView>(items, ordered.Count, number, size));
    }

    public static StatusFigureView FigureView(StatusFigureDefinition f) =>
        new(f.Id, f.Key, f.Label, f.Unit, f.OrganisationKind, f.Order, f.Maximum, f.IsRetired, f.Version);

    private static async Task<Ok<List<StatusFigureView>>> Figures(OrganisationKind? organisationKind, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await SituationQueries.FiguresAsync(db, ct)).Where(f => organisationKind is null || f.OrganisationKind == organisationKind).Select(FigureView).ToList());

    private static async Task<Results<Created<StatusFigureView>, ValidationProblem, ProblemHttpResult>> CreateFigure(
        StatusFigureInput input, AppDbContext db, StructureRights rights, CancellationToken ct)
    {
        if (!rights.CanManageRegisters) return ApiProblems.Forbidden();
        if (await CheckFigureAsync(db, input, null, ct) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        var figure = new StatusFigureDefinition();
        Apply(input, figure);
        db.StatusFigureDefinitions.Add(figure);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/status-figures/{figure.Id}", FigureView(figure));
    }

    private static async Task<Results<Ok<StatusFigureView>, ValidationProblem, ProblemHttpResult>> UpdateFigure(
        int id, StatusFigureInput input, AppDbContext db, StructureRights rights, HttpContext http, CancellationToken ct)
    {
        if (!rights.CanManageRegisters) return ApiProblems.Forbidden();
        var figure = await db.StatusFigureDefinitions.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (figure is null) return ApiProblems.NotFound();
        if (http.ClientVersion(input.Version) is not int version) return ApiProblems.PreconditionRequired();
        if (await CheckFigureAsync(db, input, id, ct) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        db.ExpectVersion(figure, version);
        Apply(input, figure);
        await db.SaveChangesAsync(ct);
        http.SetETag(figure.Version);
        return TypedResults.Ok(FigureView(figure));
    }

    public static async Task<Dictionary<string, string[]>> CheckFigureAsync(AppDbContext db, StatusFigureInput input, int? id, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input);
        if (!errors.ContainsKey("key") && input.OrganisationKind is OrganisationKind kind
            && await db.StatusFigureDefinitions.AnyAsync(f => f.Key == input.Key!.Trim() && f.OrganisationKind == kind && f.Id != id, ct))
            errors["key"] = ["Det finns redan ett nyckeltal med den nyckeln för den typen av organisation."];
        return errors;
    }

    public static void Apply(StatusFigureInput input, StatusFigureDefinition figure)
    {
        figure.Key = input.Key!.Trim();
        figure.Label = input.Label!.Trim();
        figure.Unit = input.Unit!.Trim();
        figure.OrganisationKind = input.OrganisationKind!.Value;
        figure.Order = input.Order;
        figure.Maximum = input.Maximum;
    }
}
