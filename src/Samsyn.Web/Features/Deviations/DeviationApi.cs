using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Deviations;

/// <summary>Deviations in collaboration over the API: report, list, read, acknowledge, answer, close and reopen.</summary>
public static class DeviationApi
{
    public static RouteGroupBuilder MapDeviationApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/deviations").WithTags("Avvikelser");
        group.MapPost("/", Report).WithName("ReportDeviation")
            .WithSummary("Rapportera en avvikelse i samverkan för en organisation du företräder (process och steg som koder); svarar 201 med id och answerDueOn");
        group.MapGet("/", List).WithName("ListDeviations")
            .WithSummary("Avvikelser du får läsa: direction=incoming|outgoing, status, process, organisationId, overdue=true, from/to (ÅÅÅÅ-MM-DD), page, pageSize");
        group.MapGet("/{id:int}", Get).WithName("GetDeviation").WithSummary("En avvikelse med historik (404 för den som inte är part)");
        foreach (var action in Enum.GetValues<DeviationAction>())
        {
            var name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(action.ToString());
            group.MapPost($"/{{id:int}}/{name}", (int id, DeviationActionInput? input, AppDbContext db, DeviationAccess access, IOptions<DeviationOptions> options, HttpContext http, CancellationToken ct) =>
                    Act(id, action, input ?? new DeviationActionInput(), db, access, options, http, ct))
                .WithName($"{action}Deviation").WithSummary(action switch
                {
                    DeviationAction.Acknowledge => "Kvittera en mottagen avvikelse (den som företräder en berörd organisation); version eller If-Match",
                    DeviationAction.Answer => "Besvara med analysis och measures (den som företräder en berörd organisation); version eller If-Match",
                    DeviationAction.Close => "Avsluta en besvarad avvikelse (rapporterande organisation eller sammankallande); version eller If-Match",
                    _ => "Öppna en besvarad eller avslutad avvikelse igen med comment; ny svarsfrist; version eller If-Match",
                });
        }
        return api;
    }

    private static async Task<Results<Created<DeviationView>, ValidationProblem, ProblemHttpResult>> Report(
        DeviationInput input, AppDbContext db, DeviationAccess access, IOptions<DeviationOptions> options, CancellationToken ct)
    {
        var result = await DeviationReporting.SubmitAsync(db, input, options.Value, access.PersonId, await access.NameAsync(ct),
            id => access.MayReportForAsync(id, ct), ct);
        return result switch
        {
            DeviationResult.Saved saved => TypedResults.Created($"/api/v1/deviations/{saved.Report.Id}",
                await DeviationViews.DetailsAsync(db, saved.Report.Id, db.Clock.GetUtcNow(), ct)),
            DeviationResult.Invalid invalid => ApiProblems.Validation(invalid.Errors),
            DeviationResult.NotAllowed refused => Forbidden(refused.Reason),
            _ => ApiProblems.NotFound(),
        };
    }

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: Resources.Texts.Problem_Forbidden, detail: detail);

    private static async Task<Results<Ok<PagedList<DeviationListItem>>, ValidationProblem>> List(
        string? direction, [FromQuery(Name = "status")] string? statusName, string? process, int? organisationId, bool? overdue,
        DateOnly? from, DateOnly? to, int? page, int? pageSize, AppDbContext db, DeviationAccess access, CancellationToken ct)
    {
        if (Paging.Check(page, pageSize) is { } errors) return ApiProblems.Validation(errors);
        if (!QueryNames.TryParse<DeviationStatus>(statusName, out var status))
            return ApiProblems.Validation("status", $"Okänd status. Tillåtna värden: {QueryNames.Allowed<DeviationStatus>()}.");
        if (direction is not (null or "" or DeviationViews.Incoming or DeviationViews.Outgoing))
            return ApiProblems.Validation("direction", "Ange incoming (till mina organisationer) eller outgoing (från mina organisationer).");
        var today = SwedishTime.DateOf(db.Clock.GetUtcNow());
        var filter = new DeviationFilter(direction, status, process, organisationId, overdue == true, from, to);
        var viewer = await access.ViewerAsync(ct);
        return TypedResults.Ok(await DeviationViews.PageAsync(db, DeviationViews.Filtered(db, viewer, filter, today), today, page, pageSize, ct));
    }

    private static async Task<Results<Ok<DeviationView>, ProblemHttpResult>> Get(int id, AppDbContext db, DeviationAccess access, HttpContext http, CancellationToken ct)
    {
        var view = await DeviationViews.DetailsAsync(db, id, db.Clock.GetUtcNow(), ct);
        if (view is null || !(await access.ViewerAsync(ct)).Sees(view.ReportingOrganisation.Id, view.ConcernedOrganisations.Select(c => c.Id)))
            return ApiProblems.NotFound();
        http.SetETag(view.Version);
        return TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<DeviationView>, ValidationProblem, ProblemHttpResult>> Act(
        int id, DeviationAction action, DeviationActionInput input, AppDbContext db, DeviationAccess access, IOptions<DeviationOptions> options,
        HttpContext http, CancellationToken ct)
    {
        var viewer = await access.ViewerAsync(ct);
        var result = await DeviationHandling.ActAsync(db, viewer, await access.NameAsync(ct), id, action, input, http.ClientVersion(input.Version), options.Value, ct);
        switch (result)
        {
            case DeviationResult.Saved saved:
                http.SetETag(saved.Report.Version);
                return TypedResults.Ok((await DeviationViews.DetailsAsync(db, id, db.Clock.GetUtcNow(), ct))!);
            case DeviationResult.Invalid invalid:
                return ApiProblems.Validation(invalid.Errors);
            case DeviationResult.NotAllowed refused:
                return Forbidden(refused.Reason);
            case DeviationResult.VersionRequired:
                return ApiProblems.PreconditionRequired();
            default:
                return ApiProblems.NotFound();
        }
    }
}
