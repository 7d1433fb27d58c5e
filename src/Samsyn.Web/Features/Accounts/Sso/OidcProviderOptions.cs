using System.Net;
using System.Text.RegularExpressions;

namespace Samsyn.Web.Features.Accounts.Sso;

/// <summary>
/// One OpenID Connect provider from <c>Authentication:Oidc:&lt;name&gt;</c>: the organisation's identity service
/// (Inera's SITHS eID, Microsoft Entra ID, ADFS …). The name is part of the callback path
/// (<c>/signin-oidc-&lt;name&gt;</c>) and of every stored link, so it must not change once people have signed in.
/// </summary>
public sealed partial class OidcProviderOptions
{
    public const string Section = "Authentication:Oidc";

    /// <summary>The key under <see cref="Section"/>, in lower case.</summary>
    public string Name { get; set; } = "";

    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>Scopes to ask for; <c>openid</c> is always added. Default: openid, profile, email.</summary>
    public string[]? Scopes { get; set; }

    /// <summary>The provider's name in Swedish, "SITHS eID (Inera)"; the login page's button reads "Logga in med SITHS eID (Inera)".</summary>
    public string? DisplayName { get; set; }

    /// <summary>Which claims carry the subject, email, name, HSA-id and groups.</summary>
    public OidcClaimNames Claims { get; set; } = new();

    /// <summary>
    /// Take the provider's email as verified even without <c>email_verified=true</c> (for providers that assert
    /// only addresses from the organisation's own directory, such as Entra ID with verified domains).
    /// </summary>
    public bool TrustEmail { get; set; }

    /// <summary>Group claim value → Samsyn role (Administrator, Convener, Member). Roles are added at login, never removed.</summary>
    public Dictionary<string, string> GroupRoles { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Fetch the provider's metadata over HTTPS only. May be turned off only for a provider on loopback (tests).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Also read claims from the userinfo endpoint (for providers that keep them out of the id token).</summary>
    public bool GetClaimsFromUserInfoEndpoint { get; set; }

    public string SchemeName => SchemePrefix + Name;

    public const string SchemePrefix = "oidc-";

    public IReadOnlyList<string> EffectiveScopes =>
        ["openid", .. (Scopes is { Length: > 0 } ? Scopes : ["profile", "email"])
            .SelectMany(s => s.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(s => s != "openid").Distinct(StringComparer.Ordinal)];

    /// <summary>What is wrong with the settings, in Swedish; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var key = $"{Section}:{Name}";
        var problems = new List<string>();
        if (!NamePattern().IsMatch(Name))
            problems.Add($"{key}: namnet får bara innehålla a–z, 0–9 och bindestreck (högst 32 tecken).");
        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
            problems.Add($"{key}:Authority måste vara en absolut adress, t.ex. https://login.microsoftonline.com/<tenant>/v2.0.");
        else if (authority.Scheme == "http" && RequireHttpsMetadata)
            problems.Add($"{key}:Authority måste börja med https://.");
        else if (!RequireHttpsMetadata && !IsLoopback(authority))
            problems.Add($"{key}:RequireHttpsMetadata=false är bara tillåtet för en leverantör på den egna datorn (loopback), i tester.");
        if (string.IsNullOrWhiteSpace(ClientId)) problems.Add($"{key}:ClientId måste anges.");
        if (string.IsNullOrWhiteSpace(DisplayName)) problems.Add($"{key}:DisplayName måste anges, t.ex. \"SITHS eID (Inera)\".");
        if (string.IsNullOrWhiteSpace(Claims.Subject)) problems.Add($"{key}:Claims:Subject får inte vara tomt.");
        foreach (var (group, role) in GroupRoles)
            if (!Roles.All.Contains(role, StringComparer.Ordinal))
                problems.Add($"{key}:GroupRoles:{group}: okänd roll \"{role}\" (tillåtna: {string.Join(", ", Roles.All)}).");
        return problems;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,31}$")]
    private static partial Regex NamePattern();
}

/// <summary>Claim names as the provider sends them (inbound claims are not renamed).</summary>
public sealed class OidcClaimNames
{
    /// <summary>The provider's stable identifier of the person; the key of the stored link. Entra ID: <c>oid</c>.</summary>
    public string Subject { get; set; } = "sub";

    public string Email { get; set; } = "email";
    public string EmailVerified { get; set; } = "email_verified";
    public string Name { get; set; } = "name";

    /// <summary>The claim carrying the person's HSA-id, if the provider sends one (Inera: e.g. <c>employeeHsaId</c>).</summary>
    public string? HsaId { get; set; }

    /// <summary>The claim carrying group names or ids, for <see cref="OidcProviderOptions.GroupRoles"/>.</summary>
    public string? Groups { get; set; }
}

/// <summary>The configured providers, ordered by name as configuration lists them. Empty when none is configured: then only local login exists.</summary>
public sealed class OidcProviders(IReadOnlyList<OidcProviderOptions> providers)
{
    public IReadOnlyList<OidcProviderOptions> All { get; } = providers;

    public bool Any => All.Count > 0;

    public OidcProviderOptions? Find(string? name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    public static OidcProviders FromConfiguration(IConfiguration configuration)
    {
        var providers = new List<OidcProviderOptions>();
        foreach (var section in configuration.GetSection(OidcProviderOptions.Section).GetChildren())
        {
            var options = new OidcProviderOptions();
            section.Bind(options);
            options.Name = section.Key.ToLowerInvariant();
            providers.Add(options);
        }
        var problems = providers.SelectMany(p => p.Problems()).ToList();
        if (problems.Count > 0)
            throw new InvalidOperationException("Inställningarna för inloggning med OpenID Connect är felaktiga:\n" + string.Join("\n", problems));
        return new OidcProviders(providers);
    }
}
