using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Samsyn.Web.Features.Accounts.Sso;

/// <summary>
/// Registers one OpenID Connect handler per configured provider (authorisation-code flow with PKCE).
/// The handlers only ever run when the login page asks for them: the default schemes stay the
/// policy scheme that picks cookie or bearer, so pages still go to /logga-in and the API still
/// answers 401/403 as problem details. A successful provider login lands in Identity's external
/// cookie; <see cref="ExternalLoginModel"/> turns it into a Samsyn session.
/// </summary>
public static class SingleSignOnSetup
{
    /// <summary>Item in the authentication properties naming the provider (challenge, external cookie and session).</summary>
    public const string ProviderItem = "samsyn:oidc";

    /// <summary>Item in the sign-out properties carrying the id token for <c>id_token_hint</c>.</summary>
    public const string IdTokenHintItem = "samsyn:id_token_hint";

    public const string FailurePath = "/logga-in/misslyckades";

    public static IServiceCollection AddSamsynSingleSignOn(this IServiceCollection services, IConfiguration configuration)
    {
        var providers = OidcProviders.FromConfiguration(configuration);
        services.AddSingleton(providers);
        services.AddScoped<ExternalLoginLinker>();
        services.AddScoped<LocalLoginPolicy>();
        if (!providers.Any) return services;

        var authentication = services.AddAuthentication();
        foreach (var provider in providers.All)
            authentication.AddOpenIdConnect(provider.SchemeName, provider.DisplayName, o => Configure(o, provider));
        return services;
    }

    private static void Configure(OpenIdConnectOptions o, OidcProviderOptions provider)
    {
        o.Authority = provider.Authority;
        o.ClientId = provider.ClientId;
        o.ClientSecret = provider.ClientSecret;
        o.ResponseType = OpenIdConnectResponseType.Code;
        o.UsePkce = true;
        o.Scope.Clear();
        foreach (var scope in provider.EffectiveScopes) o.Scope.Add(scope);

        o.CallbackPath = $"/signin-{provider.SchemeName}";
        o.SignedOutCallbackPath = $"/signout-callback-{provider.SchemeName}";
        o.RemoteSignOutPath = $"/signout-{provider.SchemeName}";
        o.SignInScheme = IdentityConstants.ExternalScheme;
        o.SignOutScheme = IdentityConstants.ApplicationScheme;
        // The id token goes with the login into the Samsyn session, for id_token_hint at logout.
        o.SaveTokens = true;
        o.MapInboundClaims = false;
        o.DisableTelemetry = true;
        o.RequireHttpsMetadata = provider.RequireHttpsMetadata;
        o.GetClaimsFromUserInfoEndpoint = provider.GetClaimsFromUserInfoEndpoint;
        var claims = provider.Claims;
        foreach (var claim in new[] { claims.Subject, claims.Email, claims.EmailVerified, claims.Name, claims.HsaId }.OfType<string>().Distinct())
            o.ClaimActions.MapUniqueJsonKey(claim, claim);
        if (claims.Groups is string groups) o.ClaimActions.MapJsonKey(groups, groups);
        o.TokenValidationParameters.NameClaimType = claims.Name;

        if (!provider.RequireHttpsMetadata)
        {
            // Loopback tests over plain http: SameSite=None cookies would need Secure, which http cannot carry.
            // Same-site (same host, other port) form posts still bring Lax cookies along.
            o.CorrelationCookie.SameSite = SameSiteMode.Lax;
            o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.NonceCookie.SameSite = SameSiteMode.Lax;
            o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        }

        o.Events.OnRemoteFailure = context =>
        {
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SingleSignOnSetup))
                .LogWarning(context.Failure, "Inloggningen hos {Provider} misslyckades", provider.Name);
            context.Response.Redirect($"{FailurePath}?leverantor={Uri.EscapeDataString(provider.Name)}");
            context.HandleResponse();
            return Task.CompletedTask;
        };
        o.Events.OnRedirectToIdentityProviderForSignOut = context =>
        {
            if (context.Properties.Items.TryGetValue(IdTokenHintItem, out var hint) && !string.IsNullOrEmpty(hint))
                context.ProtocolMessage.IdTokenHint = hint;
            context.Properties.Items.Remove(IdTokenHintItem);
            return Task.CompletedTask;
        };
    }

    /// <summary>Whether the provider's metadata names an end_session_endpoint, so that logout can end its session too.</summary>
    public static async Task<bool> SupportsSignOutAsync(this HttpContext http, OidcProviderOptions provider)
    {
        var options = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<OpenIdConnectOptions>>()
            .Get(provider.SchemeName);
        if (options.ConfigurationManager is null) return false;
        try
        {
            var configuration = await options.ConfigurationManager.GetConfigurationAsync(http.RequestAborted);
            return !string.IsNullOrEmpty(configuration.EndSessionEndpoint);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or HttpRequestException)
        {
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SingleSignOnSetup))
                .LogWarning(e, "Kunde inte läsa metadata från {Provider}; loggar bara ut ur Samsyn", provider.Name);
            return false;
        }
    }

    /// <summary>The provider and id token of the current Samsyn session, if it began with a provider login.</summary>
    public static async Task<(string? Provider, string? IdToken)> SessionOriginAsync(this HttpContext http)
    {
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!session.Succeeded || session.Properties is null) return (null, null);
        session.Properties.Items.TryGetValue(ProviderItem, out var provider);
        return (provider, session.Properties.GetTokenValue(OpenIdConnectParameterNames.IdToken));
    }
}
