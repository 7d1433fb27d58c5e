using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Structure;

/// <summary>
/// Retire and reinstate, the same for every structure record: found, allowed,
/// not stale, then the named state change on the entity.
/// </summary>
public static class Retirements
{
    public delegate Task<bool> Allowed(IServiceProvider services, int id, CancellationToken ct);

    /// <param name="belongs">For nested routes: whether the record belongs to the parent named in the route; else 404.</param>
    public static void MapRetirement<T>(this RouteGroupBuilder group, string what, Allowed allowed, Func<HttpContext, T, bool>? belongs = null)
        where T : RetirableEntity
    {
        group.MapPost("/{id:int}/retire", (int id, VersionInput? body, HttpContext http, AppDbContext db, CancellationToken ct) =>
                Change<T>(id, body, http, db, allowed, belongs, (e, now) => e.Retire(now), ct))
            .WithName($"Retire{typeof(T).Name}")
            .WithSummary($"Avsluta {what} (behålls i historiken)");
        group.MapPost("/{id:int}/reinstate", (int id, VersionInput? body, HttpContext http, AppDbContext db, CancellationToken ct) =>
                Change<T>(id, body, http, db, allowed, belongs, (e, _) => e.Reinstate(), ct))
            .WithName($"Reinstate{typeof(T).Name}")
            .WithSummary($"Återaktivera {what}");
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Change<T>(
        int id, VersionInput? body, HttpContext http, AppDbContext db, Allowed allowed, Func<HttpContext, T, bool>? belongs,
        Action<T, DateTimeOffset> change, CancellationToken ct) where T : RetirableEntity
    {
        var entity = await db.Set<T>().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entity is null || belongs?.Invoke(http, entity) == false) return ApiProblems.NotFound();
        if (!await allowed(http.RequestServices, id, ct)) return ApiProblems.Forbidden();
        if (http.ClientVersion(body?.Version) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(entity, version);
        change(entity, db.Clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        http.SetETag(entity.Version);
        return TypedResults.NoContent();
    }
}
