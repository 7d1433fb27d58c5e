using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using Samsyn.Web.Features.Accounts.Sso;

namespace Samsyn.UnitTests.Features.Accounts;

public sealed class OidcProviderOptionsTests
{
    private static OidcProviderOptions Valid(Action<OidcProviderOptions>? change = null)
    {
        var options = new OidcProviderOptions
        {
            Name = "inera", Authority = "https://idp.inera.se/oidc", ClientId = "samsyn", DisplayName = "SITHS eID (Inera)",
        };
        change?.Invoke(options);
        return options;
    }

    [Fact]
    public void Complete_https_settings_have_no_problems() => Valid().Problems().ShouldBeEmpty();

    [Fact]
    public void Plain_http_metadata_is_allowed_only_for_a_loopback_provider()
    {
        Valid(o => { o.Authority = "http://127.0.0.1:5123/"; o.RequireHttpsMetadata = false; }).Problems().ShouldBeEmpty();
        Valid(o => { o.Authority = "http://localhost:5123/"; o.RequireHttpsMetadata = false; }).Problems().ShouldBeEmpty();
        Valid(o => { o.Authority = "http://idp.example.org/"; o.RequireHttpsMetadata = false; }).Problems()
            .ShouldHaveSingleItem().ShouldContain("loopback");
        Valid(o => { o.Authority = "https://idp.example.org/"; o.RequireHttpsMetadata = false; }).Problems()
            .ShouldHaveSingleItem().ShouldContain("loopback");
        Valid(o => o.Authority = "http://127.0.0.1:5123/").Problems().ShouldHaveSingleItem().ShouldContain("https://");
    }

    [Fact]
    public void Missing_and_wrong_settings_are_named()
    {
        var problems = Valid(o =>
        {
            o.Name = "Inera SITHS";
            o.Authority = "idp.inera.se";
            o.ClientId = " ";
            o.DisplayName = null;
            o.GroupRoles["admins"] = "Superuser";
        }).Problems();
        problems.Count.ShouldBe(5);
        problems.ShouldContain(p => p.Contains("namnet"));
        problems.ShouldContain(p => p.Contains(":Authority"));
        problems.ShouldContain(p => p.Contains(":ClientId"));
        problems.ShouldContain(p => p.Contains(":DisplayName"));
        problems.ShouldContain(p => p.Contains("Superuser"));
    }

    [Fact]
    public void Scopes_always_start_with_openid_and_default_to_profile_and_email()
    {
        Valid().EffectiveScopes.ShouldBe(["openid", "profile", "email"]);
        Valid(o => o.Scopes = ["email openid", "profile,offline_access"]).EffectiveScopes.ShouldBe(["openid", "email", "profile", "offline_access"]);
    }

    [Fact]
    public void No_section_means_no_providers_and_names_come_from_the_keys_in_lower_case()
    {
        OidcProviders.FromConfiguration(new ConfigurationBuilder().Build()).Any.ShouldBeFalse();
        var providers = OidcProviders.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Authentication:Oidc:Entra:Authority"] = "https://login.microsoftonline.com/tenant/v2.0",
            ["Authentication:Oidc:Entra:ClientId"] = "id",
            ["Authentication:Oidc:Entra:DisplayName"] = "Microsoft Entra ID",
            ["Authentication:Oidc:Entra:Claims:Subject"] = "oid",
        }).Build());
        var entra = providers.All.ShouldHaveSingleItem();
        entra.Name.ShouldBe("entra");
        entra.SchemeName.ShouldBe("oidc-entra");
        entra.Claims.Subject.ShouldBe("oid");
        entra.Claims.Email.ShouldBe("email");
        providers.Find("ENTRA").ShouldBeSameAs(entra);
    }

    [Fact]
    public void Invalid_settings_stop_the_start_with_the_reasons()
    {
        var error = Should.Throw<InvalidOperationException>(() => OidcProviders.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Authentication:Oidc:inera:ClientId"] = "x" }).Build()));
        error.Message.ShouldContain("Authentication:Oidc:inera:Authority");
    }
}

public sealed class ExternalIdentityTests
{
    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "test"));

    private static readonly OidcProviderOptions Inera = new()
    {
        Name = "inera", Claims = new OidcClaimNames { HsaId = "employeeHsaId", Groups = "groups" },
    };

    [Fact]
    public void Reads_the_configured_claims_and_normalises_email_and_HSA_id()
    {
        var identity = ExternalIdentity.From(Principal(("sub", "abc"), ("email", " Anna@Region.SE "), ("email_verified", "true"),
            ("name", "Anna"), ("employeeHsaId", " se2321000131-p1 "), ("groups", "a"), ("groups", "b")), Inera).ShouldNotBeNull();
        identity.ShouldBe(identity with { Subject = "abc", Email = "anna@region.se", EmailVerified = true, Name = "Anna", HsaId = "SE2321000131-P1" });
        identity.Groups.ShouldBe(["a", "b"]);
    }

    [Fact]
    public void Email_counts_as_verified_only_when_asserted_or_trusted()
    {
        ExternalIdentity.From(Principal(("sub", "1"), ("email", "a@b.se")), Inera)!.EmailVerified.ShouldBeFalse();
        ExternalIdentity.From(Principal(("sub", "1"), ("email", "a@b.se"), ("email_verified", "false")), Inera)!.EmailVerified.ShouldBeFalse();
        ExternalIdentity.From(Principal(("sub", "1"), ("email", "a@b.se"), ("email_verified", "True")), Inera)!.EmailVerified.ShouldBeTrue();
        var trusted = new OidcProviderOptions { Name = "entra", TrustEmail = true };
        ExternalIdentity.From(Principal(("sub", "1"), ("email", "a@b.se")), trusted)!.EmailVerified.ShouldBeTrue();
        ExternalIdentity.From(Principal(("sub", "1")), trusted)!.EmailVerified.ShouldBeFalse("no email, nothing to verify");
    }

    [Fact]
    public void Without_the_subject_claim_there_is_no_identity()
    {
        ExternalIdentity.From(Principal(("email", "a@b.se")), Inera).ShouldBeNull();
        var entra = new OidcProviderOptions { Name = "entra", Claims = new OidcClaimNames { Subject = "oid" } };
        ExternalIdentity.From(Principal(("sub", "pairwise"), ("oid", "object-id")), entra)!.Subject.ShouldBe("object-id");
    }
}
