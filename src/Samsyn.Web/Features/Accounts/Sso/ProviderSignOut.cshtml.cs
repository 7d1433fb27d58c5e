using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Samsyn.Web.Features.Accounts.Sso;

/// <summary>
/// After the Samsyn session has ended: passes the browser on to the provider's end_session_endpoint with the
/// id token as id_token_hint (samsyn.js follows the link at once), and the provider sends it back to the login page.
/// </summary>
[AllowAnonymous]
public sealed class ProviderSignOutModel(OidcProviders providers) : PageModel
{
    public const string Path = "/logga-ut/leverantor";
    public const string ProviderKey = "samsyn:signout-provider";
    public const string IdTokenKey = "samsyn:signout-id-token";

    public string ProviderName { get; private set; } = "";

    public IActionResult OnGet()
    {
        var provider = providers.Find(TempData.Peek(ProviderKey) as string);
        if (provider is null) return Redirect("/logga-in");
        TempData.Keep(IdTokenKey);
        ProviderName = provider.DisplayName ?? provider.Name;
        return Page();
    }

    public IActionResult OnGetContinue()
    {
        var provider = providers.Find(TempData[ProviderKey] as string);
        var idToken = TempData[IdTokenKey] as string;
        TempData["Message"] = LogoutModel.SignedOutMessage;
        if (provider is null) return Redirect("/logga-in");
        var properties = new AuthenticationProperties { RedirectUri = "/logga-in" };
        if (!string.IsNullOrEmpty(idToken)) properties.Items[SingleSignOnSetup.IdTokenHintItem] = idToken;
        return SignOut(properties, provider.SchemeName);
    }
}
