using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Accounts;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Auditing;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Audit;

public sealed record AuditItem(
    long Id, DateTimeOffset At, string? UserId, string UserName, AuditAction Action, string EntityType, string EntityId, JsonElement Changes);

public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", List).WithTags("Ändringslogg").WithName("ListAudit")
            .WithSummary("Ändringsloggen, nyast först (administratör)")
            .RequireAuthorization(Roles.Administrator);
        return api;
    }

    /// <summary>The audit trail filtered by entity type and id, newest first.</summary>
    public static IQueryable<AuditEntry> Filter(this IQueryable<AuditEntry> entries, string? entityType, string? entityId, string? userName) =>
        entries
            .Where(e => string.IsNullOrEmpty(entityType) || e.EntityType == entityType)
            .Where(e => string.IsNullOrEmpty(entityId) || e.EntityId == entityId)
            .Where(e => string.IsNullOrEmpty(userName) || e.UserName == userName)
            .OrderByDescending(e => e.Id);

    private static async Task<Results<Ok<PagedList<AuditItem>>, ValidationProblem>> List(
        AppDbContext db, string? entityType, string? entityId, string? userName, int? page, int? pageSize, CancellationToken ct)
    {
        if (Paging.Check(page, pageSize) is { } errors) return ApiProblems.Validation(errors);
        var entries = await db.AuditEntries.AsNoTracking().Filter(entityType, entityId, userName).ToPagedListAsync(page, pageSize, ct);
        var items = entries.Items
            .Select(e => new AuditItem(e.Id, e.At, e.UserId, e.UserName, e.Action, e.EntityType, e.EntityId,
                JsonDocument.Parse(e.Changes).RootElement.Clone()))
            .ToList();
        return TypedResults.Ok(new PagedList<AuditItem>(items, entries.TotalCount, entries.Page, entries.PageSize));
    }
}
