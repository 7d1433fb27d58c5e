using Samsyn.TestOidcProvider;

namespace Samsyn.IntegrationTests.Infrastructure.Sso;

/// <summary>The settings that point Samsyn at the test provider, as an operator would write them.</summary>
public static class SsoSettings
{
    public const string ProviderName = "test";
    public const string DisplayName = "Testleverantören";
    public const string ClientId = "samsyn";
    public const string ClientSecret = "testhemlighet-for-samsyn";
    public const string AdminGroup = "samsyn-administratorer";

    public static IEnumerable<KeyValuePair<string, string?>> For(Uri authority)
    {
        const string key = "Authentication:Oidc:" + ProviderName;
        return new Dictionary<string, string?>
        {
            [$"{key}:Authority"] = authority.ToString(),
            [$"{key}:ClientId"] = ClientId,
            [$"{key}:ClientSecret"] = ClientSecret,
            [$"{key}:DisplayName"] = DisplayName,
            [$"{key}:RequireHttpsMetadata"] = "false",
            [$"{key}:Claims:HsaId"] = TestOidcProvider.TestOidcProvider.HsaIdClaim,
            [$"{key}:Claims:Groups"] = TestOidcProvider.TestOidcProvider.GroupsClaim,
            [$"{key}:GroupRoles:{AdminGroup}"] = "Administrator",
        };
    }

    /// <summary>Registers Samsyn at <paramref name="samsyn"/> as a client of the provider.</summary>
    public static Task RegisterAsync(TestOidcProvider.TestOidcProvider provider, Uri samsyn) =>
        provider.RegisterClientAsync(ClientId, ClientSecret,
            [new Uri(samsyn, $"/signin-oidc-{ProviderName}")],
            [new Uri(samsyn, $"/signout-callback-oidc-{ProviderName}")]);
}

/// <summary>A fixture with a test OpenID Connect provider on loopback beside the app.</summary>
public interface ISsoFactory
{
    TestOidcProvider.TestOidcProvider Oidc { get; }
}

/// <summary>The app on SQLite with the test provider configured as "test".</summary>
public sealed class SsoSqliteFactory : SqliteFactory, ISsoFactory
{
    public TestOidcProvider.TestOidcProvider Oidc { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        Oidc = await TestOidcProvider.TestOidcProvider.StartAsync();
        await base.InitializeAsync();
        await SsoSettings.RegisterAsync(Oidc, Server.BaseAddress);
    }

    protected override IEnumerable<KeyValuePair<string, string?>> MoreSettings() => SsoSettings.For(Oidc.Authority);

    protected override async Task DisposeDependenciesAsync() => await Oidc.DisposeAsync();
}

/// <summary>The app on PostgreSQL with the test provider configured as "test".</summary>
public sealed class SsoPostgresFactory : PostgresFactory, ISsoFactory
{
    public TestOidcProvider.TestOidcProvider Oidc { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        Oidc = await TestOidcProvider.TestOidcProvider.StartAsync();
        await base.InitializeAsync();
        await SsoSettings.RegisterAsync(Oidc, Server.BaseAddress);
    }

    protected override IEnumerable<KeyValuePair<string, string?>> MoreSettings() => SsoSettings.For(Oidc.Authority);

    protected override async Task DisposeDependenciesAsync() => await Oidc.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SsoSqliteDatabase : ICollectionFixture<SsoSqliteFactory>
{
    public const string Name = "SSO on SQLite";
}

[CollectionDefinition(Name)]
public sealed class SsoPostgresDatabase : ICollectionFixture<SsoPostgresFactory>
{
    public const string Name = "SSO on PostgreSQL";
}
