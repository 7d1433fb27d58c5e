using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Infrastructure.Api;

/// <summary>
/// The whole map from exceptions to problem details, in one place. Client mistakes
/// become 4xx; anything else is a 500 without internals, logged with its trace id.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = Describe(exception, httpContext);
        if (status >= 500) logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        // Pages are re-executed on the Swedish error page with the same status.
        // The middleware has already pointed the request at the error page; the feature keeps the original path.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        if (!path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase)) return false;

        httpContext.Response.StatusCode = status;
        var conflict = await ConflictAsync(exception, cancellationToken);
        if (status == StatusCodes.Status503ServiceUnavailable) httpContext.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = FieldOf(exception) is { } field
                ? new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [Texts.Problem_FieldFormat] })
                    { Status = status, Title = title }
                : WithConflict(new ProblemDetails { Status = status, Title = title, Detail = detail }, conflict),
        });
    }

    /// <summary>
    /// Which record a stale edit was refused for and the version stored now (so the client can fetch it
    /// and see what changed): from the version check, or — when two saves raced past it — from the database.
    /// </summary>
    private static async Task<(string? EntityType, int StoredVersion, int? YourVersion)?> ConflictAsync(Exception exception, CancellationToken ct)
    {
        if (exception is ConcurrencyConflictException { StoredVersion: int stored } conflict)
            return (conflict.EntityType, stored, conflict.ExpectedVersion);
        if (exception is DbUpdateConcurrencyException { Entries: [var entry, ..] } && entry.Entity is Entity entity)
        {
            try
            {
                var values = await entry.GetDatabaseValuesAsync(ct);
                if (values is not null) return (entity.GetType().Name, values.GetValue<int>(nameof(Entity.Version)), (int?)entry.OriginalValues[nameof(Entity.Version)]);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return null;
            }
        }
        return null;
    }

    private static ProblemDetails WithConflict(ProblemDetails problem, (string? EntityType, int StoredVersion, int? YourVersion)? conflict)
    {
        if (conflict is var (entityType, stored, yours))
        {
            problem.Extensions["entityType"] = entityType;
            problem.Extensions["currentVersion"] = stored;
            problem.Extensions["yourVersion"] = yours;
        }
        return problem;
    }

    /// <summary>The status, Swedish title and detail for an exception; used for the API and the pages alike.</summary>
    public static (int Status, string Title, string? Detail) Describe(Exception exception, HttpContext context) => exception switch
    {
        BadHttpRequestException bad => (bad.StatusCode, Texts.Problem_BadRequest, null),
        ConcurrencyConflictException or DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, Texts.Problem_Conflict, null),
        InvalidStateChangeException state => (StatusCodes.Status409Conflict, Texts.Problem_StateConflict, state.Message),
        OperationCanceledException when context.RequestAborted.IsCancellationRequested => (499, "Begäran avbröts.", null),
        _ when IsDatabaseUnavailable(exception) => (StatusCodes.Status503ServiceUnavailable, Texts.Problem_DatabaseUnavailable, null),
        _ => (StatusCodes.Status500InternalServerError, Texts.Problem_Server, null),
    };

    /// <summary>The camelCase field of a JSON body whose value could not be read (wrong type, unknown choice).</summary>
    private static string? FieldOf(Exception exception)
    {
        // A query or route value that could not be bound: 'Failed to bind parameter "GroupLevel? level" from "x".'
        if (exception is BadHttpRequestException { InnerException: null } bad
            && System.Text.RegularExpressions.Regex.Match(bad.Message, "parameter \"(?:[^\"]* )?(?<name>\\w+)\" from") is { Success: true } bound)
            return bound.Groups["name"].Value;
        if (exception is not BadHttpRequestException { InnerException: System.Text.Json.JsonException { Path: { } path } }) return null;
        // "$.name" → "name"; an entry of a list of values ("$.ids[2]") names the list; a field of an entry
        // of a list of objects keeps its index ("$.preferences[0].channel"), as the endpoints' own checks name it.
        var field = path.TrimStart('$', '.');
        if (field.EndsWith(']') && field.LastIndexOf('[') is var bracket and >= 0) field = field[..bracket];
        return field.Length == 0 ? null : field;
    }

    private static bool IsDatabaseUnavailable(Exception exception) =>
        exception is Npgsql.NpgsqlException { IsTransient: true }
        || exception.InnerException is Npgsql.NpgsqlException { IsTransient: true }
        || exception is TimeoutException;
}
