using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Deviations;

/// <summary>A statistics question: the period (by the day the deviations happened) and the filters.</summary>
public sealed record DeviationStatisticsQuery(DateOnly From, DateOnly To, string? Process, int? OrganisationId, int? AreaId)
{
    /// <summary>The period asked for, by default the twelve months up to today; or the error keyed from/to.</summary>
    public static (DeviationStatisticsQuery? Query, Dictionary<string, string[]>? Errors) Of(
        DateOnly? from, DateOnly? to, string? process, int? organisationId, int? areaId, DateOnly today)
    {
        var end = to ?? today;
        var start = from ?? DeviationStatistics.FirstOfMonth(end).AddMonths(-11);
        if (end < start) return (null, new() { ["to"] = ["Slutdatumet ligger före startdatumet."] });
        if (end.DayNumber - start.DayNumber > 366 * 5) return (null, new() { ["from"] = ["Välj högst fem år åt gången."] });
        return (new DeviationStatisticsQuery(start, end, string.IsNullOrWhiteSpace(process) ? null : process.Trim(), organisationId, areaId), null);
    }
}

/// <summary>Aggregate statistics: everyone signed in may read them, since they hold no report's text.</summary>
public static class DeviationStatisticsApi
{
    public static RouteGroupBuilder MapDeviationStatisticsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/deviations/statistics").WithTags("Avvikelser");
        group.MapGet("/", Statistics).WithName("DeviationStatistics")
            .WithSummary("Antal avvikelser (rapporterade och importerade) per groupBy=process|step|reportingOrganisation|concernedOrganisation|month; from/to (ÅÅÅÅ-MM-DD), process, organisationId, areaId");
        group.MapGet("/answer-times", AnswerTimes).WithName("DeviationAnswerTimes")
            .WithSummary("Svarstider mot svarsfristen för rapporterade avvikelser under perioden");
        group.MapGet("/export", Export).WithName("ExportDeviationStatistics")
            .WithSummary("Statistiken som fil: format=csv (en gruppering, groupBy) eller xlsx (ett blad per gruppering och svarstiderna)");
        return api;
    }

    private static ValidationProblem UnknownGrouping() =>
        ApiProblems.Validation("groupBy", $"Okänd gruppering. Tillåtna värden: {QueryNames.Allowed<DeviationGrouping>()}.");

    private static async Task<Results<Ok<List<DeviationCount>>, ValidationProblem>> Statistics(
        DateOnly? from, DateOnly? to, [FromQuery(Name = "groupBy")] string? groupBy, string? process, int? organisationId, int? areaId,
        AppDbContext db, CancellationToken ct)
    {
        if (!QueryNames.TryParse<DeviationGrouping>(groupBy, out var by)) return UnknownGrouping();
        var (query, errors) = DeviationStatisticsQuery.Of(from, to, process, organisationId, areaId, SwedishTime.DateOf(db.Clock.GetUtcNow()));
        if (errors is not null) return ApiProblems.Validation(errors);
        return TypedResults.Ok((await DeviationCounts.CountsAsync(db, query!, by ?? DeviationGrouping.Month, ct)).ToList());
    }

    private static async Task<Results<Ok<AnswerTimeSummary>, ValidationProblem>> AnswerTimes(
        DateOnly? from, DateOnly? to, string? process, int? organisationId, int? areaId, AppDbContext db, CancellationToken ct)
    {
        var (query, errors) = DeviationStatisticsQuery.Of(from, to, process, organisationId, areaId, SwedishTime.DateOf(db.Clock.GetUtcNow()));
        if (errors is not null) return ApiProblems.Validation(errors);
        return TypedResults.Ok(await DeviationCounts.AnswerTimesAsync(db, query!, ct));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> Export(
        string? format, DateOnly? from, DateOnly? to, [FromQuery(Name = "groupBy")] string? groupBy, string? process, int? organisationId, int? areaId,
        AppDbContext db, CancellationToken ct)
    {
        if (format is not ("csv" or "xlsx")) return ApiProblems.Validation("format", "Ange format=csv eller format=xlsx.");
        if (!QueryNames.TryParse<DeviationGrouping>(groupBy, out var by)) return UnknownGrouping();
        var (query, errors) = DeviationStatisticsQuery.Of(from, to, process, organisationId, areaId, SwedishTime.DateOf(db.Clock.GetUtcNow()));
        if (errors is not null) return ApiProblems.Validation(errors);
        var file = await FileAsync(db, query!, format, by ?? DeviationGrouping.Month, ct);
        return TypedResults.File(file.Content, file.ContentType, file.Name);
    }

    /// <summary>The export file for the API and the statistics page alike.</summary>
    public static async Task<(byte[] Content, string ContentType, string Name)> FileAsync(
        AppDbContext db, DeviationStatisticsQuery query, string format, DeviationGrouping by, CancellationToken ct)
    {
        var name = $"avvikelser-{query.From:yyyy-MM-dd}-{query.To:yyyy-MM-dd}";
        if (format == "csv")
            return (DeviationExport.Csv(await DeviationCounts.CountsAsync(db, query, by, ct), by), DeviationExport.CsvType, $"{name}-{DeviationExport.Column(by).Replace(' ', '-')}.csv");
        var all = await DeviationCounts.AllAsync(db, query, ct);
        return (DeviationExport.Xlsx(all.Groups, all.Answers, query.From, query.To), DeviationExport.XlsxType, $"{name}.xlsx");
    }
}
