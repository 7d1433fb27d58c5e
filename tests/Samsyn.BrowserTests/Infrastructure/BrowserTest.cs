namespace Samsyn.BrowserTests.Infrastructure;

/// <summary>Base of every browser test: a fresh browser context (no cookies, no storage) and page per test.</summary>
[Collection(BrowserSuite.Name)]
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    private IBrowserContext _context = null!;

    protected BrowserFixture Fixture { get; } = fixture;
    protected SamsynServer Server => Fixture.Server;
    protected IPage Page { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _context = await Fixture.Browser.NewContextAsync(new()
        {
            BaseURL = Server.BaseAddress.ToString().TrimEnd('/'),
            Locale = "sv-SE",
            TimezoneId = "Europe/Stockholm",
        });
        // Pages answer in milliseconds; a missing element should fail fast, not after Playwright's 30 s default.
        _context.SetDefaultTimeout(10_000);
        // Anything the content security policy blocks (an inline script, a foreign source) fails the test.
        _context.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                lock (_blocked) _blocked.Add(message.Text);
        };
        Page = await _context.NewPageAsync();
    }

    private readonly List<string> _blocked = [];

    public async Task DisposeAsync()
    {
        await _context.CloseAsync();
        lock (_blocked) _blocked.ShouldBeEmpty("the content security policy blocked something on a page");
    }

    /// <summary>
    /// Starts this test signed in as <paramref name="email"/>, reusing the session of an earlier sign-in
    /// through the login page when there is one. For tests that are not about signing in.
    /// </summary>
    protected async Task SignedInAsAsync(string email)
    {
        if (Fixture.Sessions.TryGetValue(email, out var cookies))
        {
            await _context.AddCookiesAsync(cookies.Select(c => new Cookie
            {
                Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires,
                HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
            }));
            return;
        }
        await SignInAsync(email);
    }

    /// <summary>Signs the current user out (drops the cookies) and continues as <paramref name="email"/>.</summary>
    protected async Task SwitchUserAsync(string email)
    {
        await _context.ClearCookiesAsync();
        await SignedInAsAsync(email);
    }

    /// <summary>Signs in through the login page without remembering the session for other tests.</summary>
    protected async Task SignInAfreshAsync(string email)
    {
        await _context.ClearCookiesAsync();
        var login = new LoginPage(Page);
        await login.GotoAsync();
        await login.SignInAsync(email, DemoAccounts.Password);
    }

    /// <summary>Signs in through the login page and returns the start page it lands on.</summary>
    protected async Task<StartPage> SignInAsync(string email)
    {
        var login = new LoginPage(Page);
        await login.GotoAsync();
        var start = await login.SignInAsync(email, DemoAccounts.Password);
        Fixture.Sessions[email] = await _context.CookiesAsync();
        return start;
    }
}
