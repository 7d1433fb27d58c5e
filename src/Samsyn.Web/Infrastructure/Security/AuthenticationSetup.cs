using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Samsyn.Web.Features.Accounts;
using Samsyn.Web.Features.Accounts.ApiTokens;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Infrastructure.Security;

public static class AuthenticationSetup
{
    /// <summary>
    /// Chooses an API token (<c>Bearer samsyn_pat_…</c>) or a login's bearer token for API calls that carry one,
    /// the login cookie otherwise. The organisations' OpenID Connect providers are never chosen here: they run only
    /// when the login page sends the browser to one.
    /// </summary>
    public const string SmartScheme = "Samsyn";

    public static IServiceCollection AddSamsynIdentity(this IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<SamsynClaimsFactory>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultAuthenticateScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
                o.DefaultForbidScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie, bearer or API token", o => o.ForwardDefaultSelector = context =>
                ApiTokenHandler.Carries(context.Request) ? ApiTokenHandler.SchemeName
                : context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(8))
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, "API-nyckel", null);

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/logga-in";
            o.LogoutPath = "/logga-ut";
            o.AccessDeniedPath = "/ingen-behorighet";
            o.Cookie.Name = "samsyn";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            // The API answers 401/403 itself; only pages are sent to the login page.
            o.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Roles.Administrator, p => p.RequireRole(Roles.Administrator));

        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<Auditing.IAuditUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddMemoryCache();
        services.AddSingleton<ApiTokenUsageLog>();
        services.AddSingleton<ApiGroupCatalogue>();
        return services;
    }

    private static Task RedirectOrStatus(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
            context.Response.StatusCode = status;
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

/// <summary>Adds the person id to the login, so rights and audit know who is acting without a lookup.</summary>
public sealed class SamsynClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.PersonId is int personId)
            identity.AddClaim(new Claim(CurrentUser.PersonIdClaim, personId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return identity;
    }
}
