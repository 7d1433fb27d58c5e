using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Accounts.ApiTokens;

/// <summary>What a token may do: read only or also write, in all parts of the API or in some.</summary>
public sealed record ApiTokenScope(ApiTokenAccess Access, IReadOnlyCollection<string> Groups)
{
    /// <summary>Token management is never open to a token, so a leaked token cannot issue itself a wider one.</summary>
    public const string ManagementGroup = "api-tokens";

    /// <summary>Who-am-I is open to every token.</summary>
    public const string AccountGroup = "auth";

    public static bool IsReading(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);

    public bool Allows(string method, string? group)
    {
        if (group is null || group == ManagementGroup) return false;
        if (!IsReading(method) && Access != ApiTokenAccess.ReadWrite) return false;
        if (group == AccountGroup) return IsReading(method);
        return Groups.Count == 0 || Groups.Contains(group, StringComparer.Ordinal);
    }

    /// <summary>The part of the API a path belongs to: <c>/api/v1/groups/3</c> → <c>groups</c>.</summary>
    public static string? GroupOf(PathString path)
    {
        var segments = (path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 3 && segments[0] == "api" && segments[1] == "v1" ? segments[2].ToLowerInvariant() : null;
    }

    public static ApiTokenScope? Of(ClaimsPrincipal user) =>
        user.FindFirstValue(ApiTokenClaims.Access) is string access && Enum.TryParse<ApiTokenAccess>(access, out var parsed)
            ? new ApiTokenScope(parsed, [.. user.FindAll(ApiTokenClaims.Group).Select(c => c.Value)])
            : null;
}

/// <summary>The parts of the API that a token can be limited to, read from the mapped endpoints.</summary>
public sealed class ApiGroupCatalogue(EndpointDataSource endpoints)
{
    private IReadOnlyList<string>? groups;

    public IReadOnlyList<string> All => groups ??= [.. endpoints.Endpoints.OfType<RouteEndpoint>()
        .Select(e => ApiTokenScope.GroupOf("/" + (e.RoutePattern.RawText ?? "").TrimStart('/')))
        .OfType<string>()
        .Where(g => g is not ApiTokenScope.ManagementGroup and not ApiTokenScope.AccountGroup && !g.Contains('{', StringComparison.Ordinal))
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)];
}

/// <summary>
/// Records the use of a token before the request is served: the first use per token, method, route and minute
/// becomes a row (and so an entry in the audit trail); later uses in the same minute are not written again.
/// A request whose use cannot be recorded is not served.
/// </summary>
public sealed class ApiTokenUsageLog(IServiceScopeFactory scopes, IMemoryCache recent, TimeProvider clock, ILogger<ApiTokenUsageLog> logger)
{
    public async Task RecordAsync(int tokenId, ClaimsPrincipal user, string method, string route, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var minute = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);
        var key = string.Create(CultureInfo.InvariantCulture, $"api-token-use:{tokenId}:{method}:{route}:{minute.UtcTicks}");
        if (recent.TryGetValue(key, out _)) return;

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var uses = db.Set<ApiTokenUse>();
        if (!await uses.AnyAsync(u => u.TokenId == tokenId && u.Method == method && u.Route == route && u.Minute == minute, ct))
        {
            uses.Add(new ApiTokenUse
            {
                TokenId = tokenId,
                UserId = user.FindFirstValue(ClaimTypes.NameIdentifier),
                UserName = user.Identity?.Name ?? "",
                Method = method,
                Route = route,
                Minute = minute,
                At = now,
            });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e)
            {
                // Another instance recorded the same minute first: the use is on record.
                logger.LogDebug(e, "API-nyckel {TokenId}: användningen {Method} {Route} fanns redan", tokenId, method, route);
                if (!await uses.AsNoTracking().AnyAsync(u => u.TokenId == tokenId && u.Method == method && u.Route == route && u.Minute == minute, ct))
                    throw;
            }
        }
        recent.Set(key, true, minute.AddMinutes(2));
    }
}

public static class ApiTokenScopeMiddleware
{
    public const string OutOfScope = "API-nyckeln får inte användas till det här.";

    /// <summary>Keeps token requests within the token's scope and records each use; runs after authentication.</summary>
    public static IApplicationBuilder UseApiTokenScope(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.FindFirstValue(ApiTokenClaims.TokenId) is not string tokenClaim
            || !int.TryParse(tokenClaim, NumberStyles.None, CultureInfo.InvariantCulture, out var tokenId))
        {
            await next(context);
            return;
        }
        var scope = ApiTokenScope.Of(context.User);
        var method = context.Request.Method.ToUpperInvariant();
        if (scope is null || !scope.Allows(method, ApiTokenScope.GroupOf(context.Request.Path)))
        {
            await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: OutOfScope,
                detail: scope?.Access == ApiTokenAccess.ReadOnly && !ApiTokenScope.IsReading(method)
                    ? "Nyckeln får bara läsa."
                    : "Nyckeln gäller inte den här delen av API:t.").ExecuteAsync(context);
            return;
        }
        var route = context.GetEndpoint() is RouteEndpoint endpoint
            ? "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/')
            : context.Request.Path.Value ?? "";
        if (route.Length > 300) route = route[..300];
        await context.RequestServices.GetRequiredService<ApiTokenUsageLog>()
            .RecordAsync(tokenId, context.User, method, route, context.RequestAborted);
        await next(context);
    });
}
