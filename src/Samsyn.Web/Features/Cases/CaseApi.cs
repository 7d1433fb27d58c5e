using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Cases;

/// <summary>Which handovers of a group: those it received, those it handed over, or both.</summary>
public enum HandoverDirection { Incoming, Outgoing }

/// <summary>Cases and handovers over the API: raise, handle at a meeting, hand over, receive, report back, close.</summary>
public static class CaseApi
{
    public static RouteGroupBuilder MapCaseApi(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Ärenden");
        cases.MapGet("/", List).WithName("ListCases")
            .WithSummary("Ärenden, senast väckta först: status=raised|onAgenda|decided|handedOver|reportedBack|closed, groupId (lämnande eller mottagande grupp), overdue=true, areaId");
        cases.MapGet("/{id:int}", Get).WithName("GetCase").WithSummary("Ett ärende med berörda organisationer, överlämningar och hela spåret (trail)");
        cases.MapPost("/", Raise).WithName("RaiseCase")
            .WithSummary("Väck ett ärende hos en grupp: groupId, title, description, urgency normal|high|urgent, affectedOrganisationIds, organisationId (den du företräder)");
        cases.MapPost("/{id:int}/agenda", PutOnAgenda).WithName("PutCaseOnAgenda")
            .WithSummary("Sätt upp ärendet på gruppens nästa möte (gruppens sammankallande; version eller If-Match)");
        cases.MapPost("/{id:int}/decision", Decide).WithName("DecideCase")
            .WithSummary("Besluta ärendet: text och valfritt decisionId ur gruppens protokoll (gruppens sammankallande)");
        cases.MapPost("/{id:int}/close", Close).WithName("CloseCase")
            .WithSummary("Avsluta ärendet; comment krävs om det avslutas utan beslut eller återrapport (gruppens sammankallande)");
        cases.MapPost("/{id:int}/handovers", HandOver).WithName("HandOverCase")
            .WithSummary("Lämna över ärendet till en grupp i samma område: toGroupId, assignment, reportBackBy (ÅÅÅÅ-MM-DD), valfritt decisionId (beslut om överlämning)");

        var handovers = api.MapGroup("/handovers").WithTags("Ärenden");
        handovers.MapGet("/{id:int}", GetHandover).WithName("GetHandover").WithSummary("En överlämning med anteckningar och återrapport");
        handovers.MapPost("/{id:int}/accept", Accept).WithName("AcceptHandover")
            .WithSummary("Ta emot frågan (mottagande grupps sammankallande; valfri comment; version eller If-Match)");
        handovers.MapPost("/{id:int}/return", Return).WithName("ReturnHandover")
            .WithSummary("Lämna tillbaka frågan med ett skäl (reason) till den grupp som lämnade över den");
        handovers.MapPost("/{id:int}/notes", AddNote).WithName("AddHandoverNote").WithSummary("Skriv en anteckning om hur arbetet går (text)");
        handovers.MapPost("/{id:int}/report-back", ReportBack).WithName("ReportBack")
            .WithSummary("Återrapportera: text och valfria länkar (en per rad); återrapporten föreslås till den lämnande gruppens nästa möte");

        api.MapGet("/groups/{id:int}/handovers", GroupHandovers).WithTags("Ärenden").WithName("ListGroupHandovers")
            .WithSummary("En grupps överlämningar: direction=incoming (mottagna) eller outgoing (lämnade), utan direction båda; status=sent|accepted|returned|reportedBack");
        return api;
    }

    private static async Task<Results<Ok<PagedList<CaseSummary>>, ValidationProblem>> List(
        [FromQuery(Name = "status")] string? statusName, int? groupId, bool? overdue, int? areaId, int? page, int? pageSize,
        AppDbContext db, CancellationToken ct)
    {
        if (Paging.Check(page, pageSize) is { } errors) return ApiProblems.Validation(errors);
        if (!QueryNames.TryParse<CaseStatus>(statusName, out var status))
            return ApiProblems.Validation("status", $"Okänd status. Tillåtna värden: {QueryNames.Allowed<CaseStatus>()}.");
        var now = db.Clock.GetUtcNow();
        var query = CaseViews.Filter(db, new CaseFilter(status, groupId, overdue == true, areaId), now);
        var (number, size) = (page ?? 1, pageSize ?? Paging.DefaultPageSize);
        var total = await query.CountAsync(ct);
        var items = await CaseViews.SummariesAsync(query.OrderByDescending(c => c.Id).Skip((number - 1) * size).Take(size), now, ct);
        return TypedResults.Ok(new PagedList<CaseSummary>(items, total, number, size));
    }

    private static async Task<Results<Ok<CaseDetails>, ProblemHttpResult>> Get(int id, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var details = await CaseViews.DetailsAsync(db, id, ct);
        if (details is null) return ApiProblems.NotFound();
        http.SetETag(details.Version);
        return TypedResults.Ok(details);
    }

    private static async Task<Results<Created<CaseDetails>, ValidationProblem, ProblemHttpResult>> Raise(
        CaseInput input, CaseOperations operations, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var result = await operations.RaiseAsync(input, ct);
        if (result.Outcome != Outcome.Done) return Refusal<Created<CaseDetails>, Case>(result);
        var details = (await CaseViews.DetailsAsync(db, result.Value!.Id, ct))!;
        http.SetETag(details.Version);
        return TypedResults.Created($"/api/v1/cases/{details.Id}", details);
    }

    private static async Task<Results<Ok<CaseDetails>, ValidationProblem, ProblemHttpResult>> PutOnAgenda(
        int id, VersionInput? body, CaseOperations operations, AppDbContext db, HttpContext http, CancellationToken ct) =>
        await CaseAnswerAsync(await operations.PutOnAgendaAsync(id, http.ClientVersion(body?.Version), ct), db, http, ct);

    private static async Task<Results<Ok<CaseDetails>, ValidationProblem, ProblemHttpResult>> Decide(
        int id, CaseDecisionInput input, CaseOperations operations, AppDbContext db, HttpContext http, CancellationToken ct) =>
        await CaseAnswerAsync(await operations.DecideAsync(id, input, http.ClientVersion(input.Version), ct), db, http, ct);

    private static async Task<Results<Ok<CaseDetails>, ValidationProblem, ProblemHttpResult>> Close(
        int id, CommentInput? input, CaseOperations operations, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        input ??= new CommentInput();
        return await CaseAnswerAsync(await operations.CloseAsync(id, input, http.ClientVersion(input.Version), ct), db, http, ct);
    }

    private static async Task<Results<Created<HandoverView>, ValidationProblem, ProblemHttpResult>> HandOver(
        int id, HandoverInput input, CaseOperations operations, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var result = await operations.HandOverAsync(id, input, http.ClientVersion(input.Version), ct);
        if (result.Outcome != Outcome.Done) return Refusal<Created<HandoverView>, Handover>(result);
        var view = (await CaseViews.HandoverAsync(db, result.Value!.Id, ct))!;
        http.SetETag(view.Version);
        return TypedResults.Created($"/api/v1/handovers/{view.Id}", view);
    }

    private static async Task<Results<Ok<HandoverView>, ProblemHttpResult>> GetHandover(int id, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var view = await CaseViews.HandoverAsync(db, id, ct);
        if (view is null) return ApiProblems.NotFound();
        http.SetETag(view.Version);
        return TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<HandoverView>, ValidationProblem, ProblemHttpResult>> Accept(
        int id, CommentInput? input, HandoverOperations operations, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        input ??= new CommentInput();
        return await HandoverAnswerAsync(await operations.AcceptAsync(id, input, http.ClientVersion(input.Version), ct), db, http, ct);
    }

    private static async Task<Results<Ok<HandoverView>, ValidationProblem, ProblemHttpResult>> Return(
        int id, ReturnInput input, HandoverOperations operations, AppDbContext db, HttpContext http, CancellationToken ct) =>
        await HandoverAnswerAsync(await operations.ReturnAsync(id, input, http.ClientVersion(input.Version), ct), db, http, ct);

    private static async Task<Results<Created<HandoverView>, ValidationProblem, ProblemHttpResult>> AddNote(
        int id, NoteInput input, HandoverOperations operations, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var result = await operations.AddNoteAsync(id, input, http.ClientVersion(input.Version), ct);
        if (result.Outcome != Outcome.Done) return Refusal<Created<HandoverView>, Handover>(result);
        var view = (await CaseViews.HandoverAsync(db, id, ct))!;
        http.SetETag(view.Version);
        return TypedResults.Created($"/api/v1/handovers/{id}", view);
    }

    private static async Task<Results<Ok<HandoverView>, ValidationProblem, ProblemHttpResult>> ReportBack(
        int id, ReportBackInput input, HandoverOperations operations, AppDbContext db, HttpContext http, CancellationToken ct) =>
        await HandoverAnswerAsync(await operations.ReportBackAsync(id, input, http.ClientVersion(input.Version), ct), db, http, ct);

    private static async Task<Results<Ok<PagedList<HandoverView>>, ValidationProblem, ProblemHttpResult>> GroupHandovers(
        int id, [FromQuery(Name = "direction")] string? directionName, [FromQuery(Name = "status")] string? statusName, int? page, int? pageSize,
        AppDbContext db, CancellationToken ct)
    {
        if (Paging.Check(page, pageSize) is { } errors) return ApiProblems.Validation(errors);
        if (!QueryNames.TryParse<HandoverDirection>(directionName, out var direction))
            return ApiProblems.Validation("direction", $"Okänd riktning. Tillåtna värden: {QueryNames.Allowed<HandoverDirection>()}.");
        if (!QueryNames.TryParse<HandoverStatus>(statusName, out var status))
            return ApiProblems.Validation("status", $"Okänd status. Tillåtna värden: {QueryNames.Allowed<HandoverStatus>()}.");
        if (!await db.Groups.AnyAsync(g => g.Id == id, ct)) return ApiProblems.NotFound("Gruppen finns inte.");
        var query = db.Handovers.Where(h => (direction != HandoverDirection.Outgoing && h.ToGroupId == id)
            || (direction != HandoverDirection.Incoming && h.FromGroupId == id));
        if (status is HandoverStatus s) query = query.Where(h => h.Status == s);
        var (number, size) = (page ?? 1, pageSize ?? Paging.DefaultPageSize);
        var total = await query.CountAsync(ct);
        var items = await CaseViews.HandoversAsync(db, query.OrderByDescending(h => h.Id).Skip((number - 1) * size).Take(size), db.Clock.GetUtcNow(), ct);
        return TypedResults.Ok(new PagedList<HandoverView>(items, total, number, size));
    }

    private static async Task<Results<Ok<CaseDetails>, ValidationProblem, ProblemHttpResult>> CaseAnswerAsync(
        CaseResult<Case> result, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        if (result.Outcome != Outcome.Done) return Refusal<Ok<CaseDetails>, Case>(result);
        var details = (await CaseViews.DetailsAsync(db, result.Value!.Id, ct))!;
        http.SetETag(details.Version);
        return TypedResults.Ok(details);
    }

    private static async Task<Results<Ok<HandoverView>, ValidationProblem, ProblemHttpResult>> HandoverAnswerAsync(
        CaseResult<Handover> result, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        if (result.Outcome != Outcome.Done) return Refusal<Ok<HandoverView>, Handover>(result);
        var view = (await CaseViews.HandoverAsync(db, result.Value!.Id, ct))!;
        http.SetETag(view.Version);
        return TypedResults.Ok(view);
    }

    /// <summary>The problem a refused operation answers with: 400 naming the fields, 403, 404 or 428.</summary>
    private static Results<TOk, ValidationProblem, ProblemHttpResult> Refusal<TOk, T>(CaseResult<T> result)
        where TOk : IResult where T : class => result.Outcome switch
    {
        Outcome.Invalid => ApiProblems.Validation(result.Errors.ToDictionary()),
        Outcome.Forbidden => ApiProblems.Forbidden(),
        Outcome.NotFound => ApiProblems.NotFound(),
        _ => ApiProblems.PreconditionRequired(),
    };
}
