using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samsyn.Web.Features.Accounts.Sso;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Accounts;

public sealed class LoginModel(SignInManager<AppUser> signIn, OidcProviders providers, LocalLoginPolicy policy) : PageModel
{
    [BindProperty] public LoginInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    /// <summary>The organisations' identity providers, one button each; none when none is configured.</summary>
    public IReadOnlyList<OidcProviderOptions> Providers => providers.All;

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var verdict = await policy.CheckAsync(Input.Email!, Input.Password!, ct);
        if (verdict == LocalLoginVerdict.Proceed)
        {
            var result = await signIn.PasswordSignInAsync(Input.Email!.Trim(), Input.Password!, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
                return LocalRedirect(SafeReturnUrl);
            verdict = result.IsLockedOut ? LocalLoginVerdict.LockedOut : LocalLoginVerdict.Failed;
        }
        ModelState.AddModelError(string.Empty, verdict switch
        {
            LocalLoginVerdict.SsoOnly => LocalLoginPolicy.SsoOnlyMessage,
            LocalLoginVerdict.LockedOut => Texts.Problem_LockedOut,
            _ => Texts.Problem_LoginFailed,
        });
        return Page();
    }

    /// <summary>
    /// Sends the browser to the provider (authorisation-code flow with PKCE); it comes back to /logga-in/extern.
    /// A link rather than a form: the content security policy's form-action 'self' would stop a form's
    /// redirect to another site. Starting a login changes nothing in Samsyn until the provider answers.
    /// </summary>
    public IActionResult OnGetExternal(string? provider)
    {
        var chosen = providers.Find(provider);
        if (chosen is null) return NotFound();
        var properties = new AuthenticationProperties { RedirectUri = $"/logga-in/extern?returnUrl={Uri.EscapeDataString(SafeReturnUrl)}" };
        properties.Items[SingleSignOnSetup.ProviderItem] = chosen.Name;
        return Challenge(properties, chosen.SchemeName);
    }

    private string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
