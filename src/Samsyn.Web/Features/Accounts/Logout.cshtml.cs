using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samsyn.Web.Features.Accounts.Sso;

namespace Samsyn.Web.Features.Accounts;

/// <summary>
/// Ends the Samsyn session and, when it began at a provider that offers an end_session_endpoint, goes on to
/// end the provider's session as well (<see cref="ProviderSignOutModel"/>).
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
        await signIn.SignOutAsync();
        if (provider is not null && await HttpContext.SupportsSignOutAsync(provider))
        {
            // The provider's logout follows from a page of its own: the content security policy (form-action 'self')
            // would stop this form's redirect to another site.
            TempData[ProviderSignOutModel.ProviderKey] = provider.Name;
            TempData[ProviderSignOutModel.IdTokenKey] = idToken;
            return Redirect(ProviderSignOutModel.Path);
        }
        TempData["Message"] = SignedOutMessage;
        return Redirect("/logga-in");
    }
}
