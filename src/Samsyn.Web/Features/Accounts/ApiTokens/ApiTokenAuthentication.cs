using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Accounts.ApiTokens;

/// <summary>Claims that mark a request made with an API token, and its scope.</summary>
public static class ApiTokenClaims
{
    public const string TokenId = "samsyn:api-token";
    public const string Access = "samsyn:api-token-access";
    public const string Group = "samsyn:api-token-group";
}

/// <summary>
/// Accepts <c>Authorization: Bearer samsyn_pat_…</c> on the API. The token's account signs in as it would with a
/// password (roles, person), with the token's id and scope added as claims; <see cref="ApiTokenScope"/> keeps the
/// request within the scope and records the use.
/// </summary>
public sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    AppDbContext db, SignInManager<AppUser> signIn, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    /// <summary>Whether the request carries an API token (rather than a login's bearer token or a cookie).</summary>
    public static bool Carries(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer " + ApiToken.Prefix, StringComparison.Ordinal);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Carries(Request)) return AuthenticateResult.NoResult();
        if (!Request.Path.StartsWithSegments("/api")) return AuthenticateResult.Fail("API-nycklar gäller bara API:t.");
        var secret = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        var hash = ApiToken.Hash(secret);
        var token = await db.Set<ApiToken>().AsNoTracking().Include(t => t.User)
            .FirstOrDefaultAsync(t => t.TokenHash == hash, Context.RequestAborted);
        if (token is null) return AuthenticateResult.Fail("Okänd API-nyckel.");
        if (!token.IsActive(clock.GetUtcNow())) return AuthenticateResult.Fail("API-nyckeln är återkallad eller har gått ut.");
        if (await signIn.UserManager.IsLockedOutAsync(token.User)) return AuthenticateResult.Fail("Kontot är låst.");

        var account = await signIn.CreateUserPrincipalAsync(token.User);
        var identity = new ClaimsIdentity(account.Claims, Scheme.Name, ClaimsIdentity.DefaultNameClaimType, ClaimsIdentity.DefaultRoleClaimType);
        identity.AddClaim(new Claim(ApiTokenClaims.TokenId, token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(ApiTokenClaims.Access, token.Access.ToString()));
        foreach (var group in token.Groups) identity.AddClaim(new Claim(ApiTokenClaims.Group, group));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }
}
