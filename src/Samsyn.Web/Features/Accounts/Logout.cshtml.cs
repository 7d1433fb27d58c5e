using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samsyn.Web.Features.Accounts.Sso;

namespace Samsyn.Web.Features.Accounts;

/// <summary>
/// Ends the Samsyn session and, when it began at a provider that offers an end_session_endpoint, the
/// provider's session as well (the browser passes the provider with the id token as id_token_hint and
/// comes back to the login page).
/// </summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<AppUser> signIn, OidcProviders providers) : PageModel
{
    public const string SignedOutMessage = "Du är utloggad.";

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var (providerName, idToken) = await HttpContext.SessionOriginAsync();
        var provider = providers.Find(providerName);
        TempData["Message"] = SignedOutMessage;
        if (provider is not null && await HttpContext.SupportsSignOutAsync(provider))
        {
            var properties = new AuthenticationProperties { RedirectUri = "/logga-in" };
            if (idToken is not null) properties.Items[SingleSignOnSetup.IdTokenHintItem] = idToken;
            await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
            return SignOut(properties, IdentityConstants.ApplicationScheme, provider.SchemeName);
        }
        await signIn.SignOutAsync();
        return Redirect("/logga-in");
    }
}
