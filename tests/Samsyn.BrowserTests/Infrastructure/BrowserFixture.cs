namespace Samsyn.BrowserTests.Infrastructure;

/// <summary>
/// One Samsyn server and one headless Chromium for the whole suite. Debian's Chromium is used,
/// never a browser downloaded by Playwright (downloads are impossible where these tests run).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public SamsynServer Server { get; } = new();
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>
    /// The login cookies of each demo account, taken from its first sign-in through the login page.
    /// Tests that are not about signing in reuse them; a password hash and three page loads per test add up.
    /// </summary>
    public Dictionary<string, IReadOnlyList<BrowserContextCookiesResult>> Sessions { get; } = [];

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"Chromium is missing: {ChromiumPath} does not exist. The browser tests need Debian's Chromium; install it with " +
                "`apt-get install -y chromium` (the test script does). Do not run `playwright install`.");

        Server.Start();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
