using Microsoft.AspNetCore.Mvc;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Infrastructure.Api;

/// <summary>
/// Gives every empty API error response (401 from the authentication handlers, 400 from
/// unreadable JSON, 404 for unknown routes, …) a problem-details body with a Swedish title.
/// </summary>
public static class ApiProblemStatusPages
{
    public static async Task WriteAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var title = status switch
        {
            StatusCodes.Status400BadRequest => Texts.Problem_BadRequest,
            StatusCodes.Status401Unauthorized => Texts.Problem_Unauthorized,
            StatusCodes.Status403Forbidden => Texts.Problem_Forbidden,
            StatusCodes.Status404NotFound => Texts.Problem_NotFound,
            StatusCodes.Status409Conflict => Texts.Problem_Conflict,
            >= 500 => Texts.Problem_Server,
            _ => null,
        };
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title },
        });
    }
}
