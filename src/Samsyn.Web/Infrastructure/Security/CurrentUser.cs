using System.Security.Claims;
using Samsyn.Web.Infrastructure.Auditing;

namespace Samsyn.Web.Infrastructure.Security;

/// <summary>The signed-in user of the current request, as the audit trail and the rights checks see them.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : IAuditUser
{
    public const string PersonIdClaim = "samsyn:person";

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;
    public string? UserId => IsAuthenticated ? Principal!.FindFirstValue(ClaimTypes.NameIdentifier) : null;
    public string UserName => IsAuthenticated ? Principal!.Identity!.Name ?? "okänd" : "system";

    public int? PersonId =>
        int.TryParse(Principal?.FindFirstValue(PersonIdClaim), out var id) ? id : null;

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;
}
