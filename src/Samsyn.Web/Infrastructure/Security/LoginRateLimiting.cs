using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Samsyn.Web.Infrastructure.Security;

/// <summary>Settings of the login rate limit.</summary>
public sealed class LoginRateLimitOptions
{
    public const string Section = "Security";

    /// <summary>Login attempts per minute from one address, before 429 (default 10). Lockout still applies per account.</summary>
    public int LoginAttemptsPerMinute { get; set; } = 10;
}

/// <summary>
/// Slows password guessing: login attempts (the form and the API) are limited per client address,
/// beside the lockout of an account after five wrong passwords. Behind a proxy the address comes
/// from X-Forwarded-For (trusted from loopback only, see <see cref="WebSetup"/>).
/// </summary>
public static class LoginRateLimiting
{
    public const string Policy = "login";

    public static IServiceCollection AddLoginRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(LoginRateLimitOptions.Section).Get<LoginRateLimitOptions>() ?? new LoginRateLimitOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policy, context => !HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("page")
                : RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, options.LoginAttemptsPerMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = "60";
                if (http.Request.Path.StartsWithSegments("/api"))
                {
                    await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests,
                        title: "För många inloggningsförsök. Vänta en minut och försök igen.").ExecuteAsync(http);
                    return;
                }
                http.Response.ContentType = "text/html; charset=utf-8";
                await http.Response.WriteAsync(
                    "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>För många försök – Samsyn</title></head>" +
                    "<body><main><h1>För många inloggningsförsök</h1><p>Vänta en minut och <a href=\"/logga-in\">försök igen</a>.</p></main></body></html>", ct);
            };
        });
        return services;
    }
}
