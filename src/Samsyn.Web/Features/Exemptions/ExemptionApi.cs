using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Documents;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Exemptions;

/// <summary>Temporary exemptions: list by the day they apply, grant, extend, revoke and close with the return to normal routine.</summary>
public static class ExemptionApi
{
    public static RouteGroupBuilder MapExemptionApi(this RouteGroupBuilder api)
    {
        var exemptions = api.MapGroup("/exemptions").WithTags("Temporära avsteg");
        exemptions.MapGet("/", List).WithName("ListExemptions")
            .WithSummary("Temporära avsteg; activeOn=ÅÅÅÅ-MM-DD ger exakt de som gäller den dagen (båda ändarna inräknade), också per documentId, groupId och organisationId");
        exemptions.MapGet("/{id:int}", Get).WithName("GetExemption").WithSummary("Ett avsteg med beslut, organisationer och historik");
        exemptions.MapPost("/", Grant).WithName("GrantExemption")
            .WithSummary("Bevilja ett temporärt avsteg från en riktlinje eller rutin; utan decisionId registreras beslutet nu av gruppen (groupId, annars dokumentets ägande grupp)");
        exemptions.MapPost("/{id:int}/extend", Extend).WithName("ExtendExemption").WithSummary("Förläng avsteget genom ett nytt beslut; den tidigare sista dagen finns kvar i historiken");
        exemptions.MapPost("/{id:int}/revoke", Revoke).WithName("RevokeExemption").WithSummary("Återkalla avsteget i förtid, från i dag eller en senare dag");
        exemptions.MapPost("/{id:int}/close", Close).WithName("CloseExemption").WithSummary("Avsluta ett upphört avsteg med bekräftelsen att ordinarie rutin gäller igen");
        return exemptions;
    }

    private static async Task<Results<Ok<PagedList<ExemptionSummary>>, ValidationProblem>> List(
        AppDbContext db, DocumentRights rights, string? activeOn, int? documentId, int? groupId, int? organisationId, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = Paging.Check(page, pageSize) ?? [];
        DateOnly? day = null;
        if (!string.IsNullOrWhiteSpace(activeOn))
        {
            if (DateOnly.TryParseExact(activeOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) day = parsed;
            else errors["activeOn"] = ["Ange dagen som ÅÅÅÅ-MM-DD, till exempel 2027-03-31."];
        }
        if (errors.Count > 0) return ApiProblems.Validation(errors);
        var query = await ReadableAsync(db, rights, ct);
        if (day is DateOnly d) query = ExemptionQueries.ActiveOn(query, d);
        if (documentId is int doc) query = query.Where(e => e.DocumentId == doc);
        if (groupId is int group) query = ExemptionQueries.ConcerningGroup(db, query, group);
        if (organisationId is int org) query = query.Where(e => e.Organisations.Any(o => o.OrganisationId == org));
        var (p, size) = (page ?? 1, pageSize ?? Paging.DefaultPageSize);
        var total = await query.CountAsync(ct);
        var items = await ExemptionQueries.SummariesAsync(db,
            query.OrderByDescending(e => e.ValidFrom).ThenByDescending(e => e.Id).Skip((p - 1) * size).Take(size), DocumentText.Today(db.Clock), ct);
        return TypedResults.Ok(new PagedList<ExemptionSummary>(items, total, p, size));
    }

    private static async Task<Results<Ok<ExemptionDetails>, ProblemHttpResult>> Get(int id, AppDbContext db, DocumentRights rights, HttpContext http, CancellationToken ct)
    {
        if (!await db.Exemptions.AnyAsync(e => e.Id == id, ct)) return ApiProblems.NotFound();
        if (!await (await ReadableAsync(db, rights, ct)).AnyAsync(e => e.Id == id, ct)) return ApiProblems.Forbidden();
        var details = (await ExemptionQueries.DetailsAsync(db, id, DocumentText.Today(db.Clock), ct))!;
        http.SetETag(details.Summary.Version);
        return TypedResults.Ok(details);
    }

    private static async Task<Results<Created<ExemptionDetails>, ValidationProblem, ProblemHttpResult>> Grant(
        ExemptionInput input, AppDbContext db, DocumentRights rights, CancellationToken ct)
    {
        if (!await rights.ConvenesAnyGroupAsync(ct)) return ApiProblems.Forbidden();
        var (errors, plan) = await ExemptionOperations.CheckAsync(db, input, ct);
        if (plan is not null && !await rights.MayDecideForAsync(plan.DecidingGroupId, ct)) return ApiProblems.Forbidden();
        if (errors.Count > 0) return ApiProblems.Validation(errors);
        var exemption = await ExemptionOperations.GrantAsync(db, plan!, input, rights.PersonId, await rights.DisplayNameAsync(ct), ct);
        return TypedResults.Created(ExemptionQueries.ApiUrl(exemption.Id), (await ExemptionQueries.DetailsAsync(db, exemption.Id, DocumentText.Today(db.Clock), ct))!);
    }

    private static Task<Results<Ok<ExemptionDetails>, ValidationProblem, ProblemHttpResult>> Extend(
        int id, ExtensionInput input, AppDbContext db, DocumentRights rights, HttpContext http, CancellationToken ct) =>
        ChangeAsync(id, input, input.Version, db, rights, http, (exemption, errors, name) =>
            ExemptionOperations.ExtendAsync(db, exemption, input, errors, rights.PersonId, name, ct), ct);

    private static Task<Results<Ok<ExemptionDetails>, ValidationProblem, ProblemHttpResult>> Revoke(
        int id, RevocationInput input, AppDbContext db, DocumentRights rights, HttpContext http, CancellationToken ct) =>
        ChangeAsync(id, input, input.Version, db, rights, http, (exemption, errors, name) =>
            ExemptionOperations.RevokeAsync(db, exemption, input, errors, rights.PersonId, name, ct), ct);

    private static Task<Results<Ok<ExemptionDetails>, ValidationProblem, ProblemHttpResult>> Close(
        int id, ReturnInput input, AppDbContext db, DocumentRights rights, HttpContext http, CancellationToken ct) =>
        ChangeAsync(id, input, input.Version, db, rights, http, (exemption, _, name) =>
            ExemptionOperations.ConfirmReturnAsync(db, exemption, input, rights.PersonId, name, ct), ct);

    /// <summary>The shared shape of extend, revoke and close: find, rights, input, version, change, save.</summary>
    private static async Task<Results<Ok<ExemptionDetails>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        int id, object input, int? bodyVersion, AppDbContext db, DocumentRights rights, HttpContext http,
        Func<Exemption, Dictionary<string, string[]>, string, Task> change, CancellationToken ct)
    {
        var exemption = await ExemptionOperations.LoadAsync(db, id, ct);
        if (exemption is null) return ApiProblems.NotFound();
        if (!await rights.MayDecideForAsync(exemption.Decision.GroupId, ct)) return ApiProblems.Forbidden();
        var errors = InputValidation.Validate(input);
        if (errors.Count > 0) return ApiProblems.Validation(errors);
        if (http.ClientVersion(bodyVersion) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(exemption, version);
        await change(exemption, errors, await rights.DisplayNameAsync(ct));
        if (errors.Count > 0) return ApiProblems.Validation(errors);
        await db.SaveChangesAsync(ct);
        http.SetETag(exemption.Version);
        return TypedResults.Ok((await ExemptionQueries.DetailsAsync(db, id, DocumentText.Today(db.Clock), ct))!);
    }

    /// <summary>The exemptions from documents the signed-in person may read.</summary>
    public static async Task<IQueryable<Exemption>> ReadableAsync(AppDbContext db, DocumentRights rights, CancellationToken ct)
    {
        var documents = await rights.ReadableAsync(ct);
        // EXISTS rather than IN: with IN, SQLite walked every readable document to reach the few exemptions of a day.
        return db.Exemptions.AsNoTracking().Where(e => documents.Any(d => d.Id == e.DocumentId));
    }
}
