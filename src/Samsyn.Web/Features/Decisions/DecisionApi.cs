using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Documents;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Decisions;

/// <summary>The decision register: decisions from the minutes and those taken outside a meeting, searchable and linkable to documents.</summary>
public static class DecisionApi
{
    public static RouteGroupBuilder MapDecisionApi(this RouteGroupBuilder api)
    {
        var decisions = api.MapGroup("/decisions").WithTags("Beslut");
        decisions.MapGet("/", List).WithName("ListDecisions")
            .WithSummary("Beslutsregistret, nyast först: groupId, from och to (ÅÅÅÅ-MM-DD, båda inräknade), q (text), type, documentId");
        decisions.MapGet("/{id:int}", Get).WithName("GetDecision").WithSummary("Ett beslut med möte, punkt, styrdokument och avsteg");
        decisions.MapPost("/", Record).WithName("RecordDecision")
            .WithSummary("Registrera ett beslut som gruppen fattat utanför ett möte (gruppens sammankallande); beslut vid möten kommer från protokollet");
        decisions.MapPut("/{id:int}/documents", SetDocuments).WithName("SetDecisionDocuments")
            .WithSummary("Ange vilka styrdokument beslutet gäller (gruppens sammankallande)");
        return decisions;
    }

    private static async Task<Results<Ok<PagedList<DecisionSummary>>, ValidationProblem>> List(
        AppDbContext db, DocumentRights rights, int? groupId, string? from, string? to, string? q, string? type, int? documentId,
        int? page, int? pageSize, CancellationToken ct)
    {
        var errors = Paging.Check(page, pageSize) ?? [];
        var first = ParseDay(from, "from", errors);
        var last = ParseDay(to, "to", errors);
        if (first is not null && last is not null && last < first) errors["to"] = ["Periodens sista dag kan inte ligga före den första."];
        if (!QueryNames.TryParse<DecisionType>(type, out var decisionType))
            errors["type"] = [$"Okänd typ av beslut. Välj en av {QueryNames.Allowed<DecisionType>()}."];
        if (errors.Count > 0) return ApiProblems.Validation(errors);
        var query = DecisionRegister.Matching(db.Decisions.AsNoTracking(), groupId, first, last, q, decisionType, documentId, db);
        var (p, size) = (page ?? 1, pageSize ?? Paging.DefaultPageSize);
        var total = await query.CountAsync(ct);
        var items = await DecisionRegister.SummariesAsync(db, DecisionRegister.Newest(query).Skip((p - 1) * size).Take(size), await rights.ReadableAsync(ct), ct);
        return TypedResults.Ok(new PagedList<DecisionSummary>(items, total, p, size));
    }

    private static async Task<Results<Ok<DecisionSummary>, ProblemHttpResult>> Get(int id, AppDbContext db, DocumentRights rights, HttpContext http, CancellationToken ct)
    {
        var item = (await DecisionRegister.SummariesAsync(db, db.Decisions.Where(d => d.Id == id), await rights.ReadableAsync(ct), ct)).FirstOrDefault();
        if (item is null) return ApiProblems.NotFound();
        http.SetETag(item.Version);
        return TypedResults.Ok(item);
    }

    private static async Task<Results<Created<DecisionSummary>, ValidationProblem, ProblemHttpResult>> Record(
        DecisionInput input, AppDbContext db, DocumentRights rights, CancellationToken ct)
    {
        if (input.GroupId is int groupId && await db.Groups.AnyAsync(g => g.Id == groupId, ct) && !await rights.MayDecideForAsync(groupId, ct))
            return ApiProblems.Forbidden();
        var errors = await DecisionOperations.CheckAsync(db, input, ct);
        if (errors.Count > 0) return ApiProblems.Validation(errors);
        var decision = DecisionOperations.RecordOutsideMeeting(db, input.GroupId!.Value, input.DecidedOn!.Value, input.Text!, input.Type ?? DecisionType.Decision, input.DocumentIds ?? []);
        await db.SaveChangesAsync(ct);
        var item = (await DecisionRegister.SummariesAsync(db, db.Decisions.Where(d => d.Id == decision.Id), await rights.ReadableAsync(ct), ct)).First();
        return TypedResults.Created(DecisionRegister.ApiUrl(decision.Id), item);
    }

    private static async Task<Results<Ok<DecisionSummary>, ValidationProblem, ProblemHttpResult>> SetDocuments(
        int id, DecisionLinksInput input, AppDbContext db, DocumentRights rights, HttpContext http, CancellationToken ct)
    {
        var decision = await db.Decisions.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (decision is null) return ApiProblems.NotFound();
        if (!await rights.MayDecideForAsync(decision.GroupId, ct)) return ApiProblems.Forbidden();
        var errors = InputValidation.Validate(input);
        var area = await db.Groups.Where(g => g.Id == decision.GroupId).Select(g => g.AreaId).FirstAsync(ct);
        if (await DecisionOperations.DocumentsErrorAsync(db, input.DocumentIds, area, ct) is { } error) errors["documentIds"] = [error];
        if (errors.Count > 0) return ApiProblems.Validation(errors);
        if (http.ClientVersion(input.Version) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(decision, version);
        await DecisionOperations.SetDocumentsAsync(db, decision, input.DocumentIds ?? [], ct);
        await db.SaveChangesAsync(ct);
        http.SetETag(decision.Version);
        return TypedResults.Ok((await DecisionRegister.SummariesAsync(db, db.Decisions.Where(d => d.Id == id), await rights.ReadableAsync(ct), ct)).First());
    }

    private static DateOnly? ParseDay(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        errors[field] = ["Ange dagen som ÅÅÅÅ-MM-DD, till exempel 2027-03-31."];
        return null;
    }
}
