using Microsoft.AspNetCore.Http.HttpResults;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Infrastructure.Api;

/// <summary>The problem-details answers the API gives, with Swedish texts (RFC 9457).</summary>
public static class ApiProblems
{
    public static ValidationProblem Validation(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: Texts.Problem_Validation);

    public static ValidationProblem Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static ProblemHttpResult NotFound(string? detail = null) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: Texts.Problem_NotFound, detail: detail);

    public static ProblemHttpResult Conflict(string? detail = null) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: Texts.Problem_Conflict, detail: detail);

    public static ProblemHttpResult StateConflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: Texts.Problem_StateConflict, detail: detail);

    public static ProblemHttpResult Forbidden() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: Texts.Problem_Forbidden);

    public static ProblemHttpResult PreconditionRequired() =>
        TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: Texts.Problem_MissingVersion);
}
