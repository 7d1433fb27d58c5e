using Samsyn.TestOidcProvider;

namespace Samsyn.BrowserTests.Infrastructure;

/// <summary>
/// Samsyn with a real OpenID Connect provider configured ("Testleverantören", OpenIddict on 127.0.0.1 with a
/// free port), and its own Chromium. Kept apart from <see cref="BrowserFixture"/>, whose server has no provider,
/// so that every other browser test sees the login page as it is without single sign-on.
/// </summary>
public sealed class SsoBrowserFixture : IAsyncLifetime
{
    public const string ProviderName = "test";
    public const string DisplayName = "Testleverantören";
    private const string ClientId = "samsyn-browser";
    private const string ClientSecret = "testhemlighet-for-webblasaren";

    private IPlaywright? _playwright;

    public TestOidcProvider.TestOidcProvider Oidc { get; private set; } = null!;
    public SamsynServer Server { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath))
            throw new InvalidOperationException($"Chromium is missing: {BrowserFixture.ChromiumPath}. Install it with `apt-get install -y chromium`.");
        Oidc = await TestOidcProvider.TestOidcProvider.StartAsync();
        const string key = "Authentication:Oidc:" + ProviderName;
        Server = new SamsynServer(new Dictionary<string, string?>
        {
            [$"{key}:Authority"] = Oidc.Authority.ToString(),
            [$"{key}:ClientId"] = ClientId,
            [$"{key}:ClientSecret"] = ClientSecret,
            [$"{key}:DisplayName"] = DisplayName,
            [$"{key}:RequireHttpsMetadata"] = "false",
            [$"{key}:Claims:HsaId"] = TestOidcProvider.TestOidcProvider.HsaIdClaim,
        });
        Server.Start();
        await Oidc.RegisterClientAsync(ClientId, ClientSecret,
            [new Uri(Server.BaseAddress, $"/signin-oidc-{ProviderName}")],
            [new Uri(Server.BaseAddress, $"/signout-callback-oidc-{ProviderName}")]);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
        if (Oidc is not null) await Oidc.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SsoBrowserSuite : ICollectionFixture<SsoBrowserFixture>
{
    public const string Name = "Browser with single sign-on";
}
