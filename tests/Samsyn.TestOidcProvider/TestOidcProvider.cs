using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Samsyn.TestOidcProvider;

/// <summary>
/// A real OpenID Connect provider for the tests, built on OpenIddict 7 with its Entity Framework stores in an
/// in-memory SQLite database: discovery, keys, authorisation code with PKCE, token, userinfo and end-session
/// endpoints, on http://127.0.0.1 with a free port. People log in on a plain form by user name (no password);
/// a user's <see cref="TestUser.Fault"/> makes the provider hand out a bad id token on purpose.
/// </summary>
public sealed class TestOidcProvider : IAsyncDisposable
{
    public const string HsaIdClaim = "employeeHsaId";
    public const string GroupsClaim = "groups";
    private const string SessionScheme = "test-provider-session";
    private const string KeyId = "samsyn-test-provider";

    private readonly ConcurrentDictionary<string, TestUser> users = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<EndedSession> endedSessions = new();
    private readonly RSA signingRsa = RSA.Create(2048);
    private readonly SqliteConnection keepAlive;
    private WebApplication app = null!;

    private TestOidcProvider()
    {
        // A named in-memory database lives as long as one connection to it is open; each request opens its own.
        keepAlive = new SqliteConnection($"Data Source=test-provider-{Guid.NewGuid():N};Mode=Memory;Cache=Shared");
        keepAlive.Open();
    }

    /// <summary>The issuer and authority, with a trailing slash: http://127.0.0.1:port/.</summary>
    public Uri Authority { get; private set; } = null!;

    /// <summary>Each call of the end-session endpoint, oldest first.</summary>
    public IReadOnlyList<EndedSession> EndedSessions => [.. endedSessions];

    /// <summary>How many times a user has logged in on the provider's form.</summary>
    public int FormLogins => formLogins;
    private int formLogins;

    public sealed record EndedSession(string? UserName, string? IdTokenHint, string? PostLogoutRedirectUri);

    public static async Task<TestOidcProvider> StartAsync()
    {
        var provider = new TestOidcProvider();
        await provider.StartServerAsync();
        return provider;
    }

    public TestUser AddUser(TestUser user)
    {
        users[user.UserName] = user;
        return user;
    }

    /// <summary>Registers a confidential client that must use PKCE, with its redirect and post-logout addresses.</summary>
    public async Task RegisterClientAsync(string clientId, string clientSecret, IEnumerable<Uri> redirectUris, IEnumerable<Uri> postLogoutRedirectUris)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = clientSecret,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "Samsyn",
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Email, Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in redirectUris) descriptor.RedirectUris.Add(uri);
        foreach (var uri in postLogoutRedirectUris) descriptor.PostLogoutRedirectUris.Add(uri);
        await manager.CreateAsync(descriptor);
    }

    private async Task StartServerAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var services = builder.Services;
        services.AddDbContext<ProviderDbContext>(o =>
        {
            o.UseSqlite(keepAlive.ConnectionString);
            o.UseOpenIddict();
        });
        services.AddAuthentication(SessionScheme).AddCookie(SessionScheme, o =>
        {
            o.Cookie.Name = "test-provider";
            o.LoginPath = "/login";
        });
        services.AddAuthorization();
        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<ProviderDbContext>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .SetEndSessionEndpointUris("connect/endsession");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.RegisterScopes(Scopes.Email, Scopes.Profile);
                o.AddSigningKey(new RsaSecurityKey(signingRsa) { KeyId = KeyId });
                o.AddEphemeralEncryptionKey();
                o.DisableAccessTokenEncryption();
                o.AddEventHandler<OpenIddictServerEvents.ApplyTokenResponseContext>(handler => handler
                    .UseInlineHandler(context =>
                    {
                        if (context.Response.IdToken is string idToken) context.Response.IdToken = ApplyFault(idToken);
                        return default;
                    })
                    .SetOrder(int.MinValue + 100_000));
                o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            });

        app = builder.Build();
        app.UseAuthentication();
        app.MapGet("/", () => Results.Content(Html("Testleverantören", "<p>Du är utloggad hos testleverantören.</p>"), "text/html; charset=utf-8"));
        app.MapGet("/login", (Delegate)LoginForm);
        app.MapPost("/login", (Delegate)LoginAsync);
        app.MapMethods("/connect/authorize", ["GET", "POST"], (Delegate)AuthorizeAsync);
        app.MapPost("/connect/token", (Delegate)TokenAsync);
        app.MapMethods("/connect/userinfo", ["GET", "POST"], (Delegate)UserInfoAsync);
        app.MapMethods("/connect/endsession", ["GET", "POST"], (Delegate)EndSessionAsync);

        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ProviderDbContext>().Database.EnsureCreatedAsync();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Authority = new Uri(address.TrimEnd('/') + "/");
    }

    private static IResult LoginForm(HttpContext context)
    {
        var returnUrl = context.Request.Query["ReturnUrl"].ToString();
        return Results.Content(Html("Logga in hos testleverantören", $"""
            <form method="post" action="/login">
              <input type="hidden" name="returnUrl" value="{HtmlEncoder.Default.Encode(returnUrl)}">
              <p><label for="username">Användarnamn hos testleverantören</label>
              <input id="username" name="username" autocomplete="username"></p>
              <p><button type="submit">Logga in hos testleverantören</button></p>
            </form>
            """), "text/html; charset=utf-8");
    }

    private async Task<IResult> LoginAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var userName = form["username"].ToString().Trim();
        var returnUrl = form["returnUrl"].ToString();
        if (!users.ContainsKey(userName))
            return Results.Content(Html("Okänd användare", "<p>Testleverantören känner inte användaren.</p>"), "text/html; charset=utf-8", statusCode: 400);
        Interlocked.Increment(ref formLogins);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, userName)], SessionScheme);
        await context.SignInAsync(SessionScheme, new ClaimsPrincipal(identity));
        return Results.Redirect(returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
    }

    private async Task<IResult> AuthorizeAsync(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("No OpenID Connect request.");
        var session = await context.AuthenticateAsync(SessionScheme);
        if (!session.Succeeded || !users.TryGetValue(session.Principal!.Identity!.Name!, out var user))
        {
            var parameters = context.Request.HasFormContentType ? [.. context.Request.Form] : context.Request.Query.ToList();
            return Results.Challenge(new AuthenticationProperties { RedirectUri = context.Request.Path + QueryString.Create(parameters) }, [SessionScheme]);
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, user.Subject));
        if (user.Name is not null) identity.AddClaim(new Claim(Claims.Name, user.Name));
        if (user.Email is not null) identity.AddClaim(new Claim(Claims.Email, user.Email));
        if (user.EmailVerified is bool verified)
            identity.AddClaim(new Claim(Claims.EmailVerified, verified ? "true" : "false", ClaimValueTypes.Boolean));
        if (user.HsaId is not null) identity.AddClaim(new Claim(HsaIdClaim, user.HsaId));
        foreach (var group in user.Groups) identity.AddClaim(new Claim(GroupsClaim, group));
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> TokenAsync(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("No OpenID Connect request.");
        if (!request.IsAuthorizationCodeGrantType())
            return Results.BadRequest();
        var code = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        return Results.SignIn(code.Principal!, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> UserInfoAsync(HttpContext context)
    {
        var token = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (!token.Succeeded) return Results.Challenge(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        var claims = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var group in token.Principal!.Claims.Where(c => !c.Type.StartsWith("oi_", StringComparison.Ordinal)).GroupBy(c => c.Type))
            claims[group.Key] = group.Count() == 1 ? group.First().Value : group.Select(c => c.Value).ToArray();
        return Results.Json(claims);
    }

    private async Task<IResult> EndSessionAsync(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("No OpenID Connect request.");
        var session = await context.AuthenticateAsync(SessionScheme);
        endedSessions.Enqueue(new EndedSession(session.Principal?.Identity?.Name, request.IdTokenHint, request.PostLogoutRedirectUri));
        await context.SignOutAsync(SessionScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    /// <summary>Spoils the id token as the user's <see cref="TestUser.Fault"/> asks; leaves it alone otherwise.</summary>
    private string ApplyFault(string idToken)
    {
        var parts = idToken.Split('.');
        if (parts.Length != 3) return idToken;
        var payload = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))!.AsObject();
        var user = users.Values.FirstOrDefault(u => u.Subject == payload["sub"]?.GetValue<string>());
        if (user is null || user.Fault == TokenFault.None) return idToken;

        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        switch (user.Fault)
        {
            case TokenFault.Tampered:
                payload["email"] = "inkraktare@example.org";
                return $"{parts[0]}.{Encode(payload)}.{parts[2]}";
            case TokenFault.Expired:
                payload["iat"] = now - 7200;
                payload["nbf"] = now - 7200;
                payload["exp"] = now - 3600;
                break;
            case TokenFault.WrongAudience:
                // Only the audience: azp stays, so that the audience check itself must catch it.
                payload["aud"] = "ett-annat-system";
                break;
        }
        var signed = $"{parts[0]}.{Encode(payload)}";
        var signature = signingRsa.SignData(Encoding.ASCII.GetBytes(signed), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{signed}.{Base64Url.EncodeToString(signature)}";
    }

    private static string Encode(JsonObject payload) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()));

    private static string Html(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="sv"><head><meta charset="utf-8"><title>{title}</title></head>
        <body><main><h1>{title}</h1>{body}</main></body></html>
        """;

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        await keepAlive.DisposeAsync();
        signingRsa.Dispose();
    }
}

internal sealed class ProviderDbContext(DbContextOptions<ProviderDbContext> options) : DbContext(options);
