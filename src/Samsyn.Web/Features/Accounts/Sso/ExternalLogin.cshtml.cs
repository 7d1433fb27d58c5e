using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Accounts.Sso;

/// <summary>
/// Where a provider login lands (after the OpenID Connect handler has checked the tokens): matches the person,
/// starts the Samsyn session, or explains in Swedish why not and whom to ask.
/// </summary>
[AllowAnonymous]
public sealed class ExternalLoginModel(
    OidcProviders providers, ExternalLoginLinker linker, SignInManager<AppUser> signIn, AppDbContext db) : PageModel
{
    public sealed record Contact(string Name, string Email);

    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public LinkOutcome Outcome { get; private set; }
    public string ProviderName { get; private set; } = "";
    public ExternalIdentity? Identity { get; private set; }
    public List<Contact> Administrators { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        var provider = external is { Succeeded: true, Properties: not null }
            && external.Properties.Items.TryGetValue(SingleSignOnSetup.ProviderItem, out var name)
            ? providers.Find(name)
            : null;
        if (provider is null)
        {
            TempData["Error"] = "Inloggningen avbröts eller tog för lång tid. Försök igen.";
            return Redirect("/logga-in");
        }
        ProviderName = provider.DisplayName ?? provider.Name;
        Identity = ExternalIdentity.From(external.Principal!, provider);
        if (Identity is null)
        {
            Outcome = LinkOutcome.UnknownPerson;
            return await RefusedAsync(ct);
        }

        (Outcome, var user) = await linker.FindOrLinkAsync(provider, Identity, ct);
        if (Outcome != LinkOutcome.SignedIn || user is null) return await RefusedAsync(ct);

        var session = new AuthenticationProperties { IsPersistent = false };
        session.Items[SingleSignOnSetup.ProviderItem] = provider.Name;
        if (external.Properties!.GetTokenValue(OpenIdConnectParameterNames.IdToken) is string idToken)
            session.StoreTokens([new AuthenticationToken { Name = OpenIdConnectParameterNames.IdToken, Value = idToken }]);
        await signIn.SignInAsync(user, session, provider.SchemeName);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    private async Task<IActionResult> RefusedAsync(CancellationToken ct)
    {
        var administratorRoles = db.Roles.Where(r => r.Name == Roles.Administrator).Select(r => r.Id);
        var administratorUsers = db.UserRoles.Where(ur => administratorRoles.Contains(ur.RoleId)).Select(ur => ur.UserId);
        var personIds = await db.Users.Where(u => u.PersonId != null && administratorUsers.Contains(u.Id))
            .Select(u => u.PersonId!.Value).ToListAsync(ct);
        Administrators = await db.People.AsNoTracking()
            .Where(p => p.RetiredAt == null && personIds.Contains(p.Id))
            .OrderBy(p => p.Name)
            .Take(5)
            .Select(p => new Contact(p.Name, p.Email))
            .ToListAsync(ct);
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
