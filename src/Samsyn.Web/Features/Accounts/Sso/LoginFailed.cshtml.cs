using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Samsyn.Web.Features.Accounts.Sso;

/// <summary>A provider login that the OpenID Connect handler refused (bad or expired token, wrong audience, cancelled).</summary>
[AllowAnonymous]
public sealed class LoginFailedModel(OidcProviders providers) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "leverantor")] public string? Provider { get; set; }

    public string ProviderName => providers.Find(Provider)?.DisplayName ?? "din organisations inloggning";

    public void OnGet() => Response.StatusCode = StatusCodes.Status401Unauthorized;
}
