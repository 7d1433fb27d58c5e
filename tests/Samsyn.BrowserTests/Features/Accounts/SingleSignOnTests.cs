using System.Text.RegularExpressions;
using Samsyn.TestOidcProvider;
using Samsyn.Web.Features.Structure;

namespace Samsyn.BrowserTests.Features.Accounts;

/// <summary>Signing in and out through the organisation's identity provider, in a real browser.</summary>
[Collection(SsoBrowserSuite.Name)]
public sealed partial class SingleSignOnTests(SsoBrowserFixture fixture) : IAsyncLifetime
{
    private IBrowserContext _context = null!;
    private IPage Page { get; set; } = null!;

    public async Task InitializeAsync()
    {
        _context = await fixture.Browser.NewContextAsync(new()
        {
            BaseURL = fixture.Server.BaseAddress.ToString().TrimEnd('/'),
            Locale = "sv-SE",
            TimezoneId = "Europe/Stockholm",
        });
        _context.SetDefaultTimeout(15_000);
        // As in BrowserTest: anything Samsyn's content security policy blocks fails the test.
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

    private ILocator ProviderButton => Page.GetByRole(AriaRole.Link, new() { Name = $"Logga in med {SsoBrowserFixture.DisplayName}" });

    private async Task<string> NewPersonAsync()
    {
        var email = $"{Guid.NewGuid():N}@sso-webblasare.example";
        await fixture.Server.QueryAsync(async db =>
        {
            db.People.Add(new Person { Name = "Stina Systemsson", Email = email, Title = "Enhetschef" });
            return await db.SaveChangesAsync();
        });
        return email;
    }

    private TestUser ProviderUser(string email) =>
        fixture.Oidc.AddUser(new TestUser($"stina-{Guid.NewGuid():N}") { Name = "Stina Systemsson", Email = email, EmailVerified = true });

    [Fact]
    public async Task Provider_button_signs_the_person_in_and_lands_on_their_start_page()
    {
        var email = await NewPersonAsync();
        var user = ProviderUser(email);
        var login = new LoginPage(Page);
        await login.GotoAsync();
        await Page.ShouldHaveNoViolationsAsync();

        await ProviderButton.ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("^" + Regex.Escape(fixture.Oidc.Authority.ToString()) + "login"));
        await new ProviderLoginPage(Page).SignInAsync(user.UserName);

        await Assertions.Expect(Page).ToHaveURLAsync(fixture.Server.BaseAddress.ToString());
        var start = new StartPage(Page);
        await Assertions.Expect(start.Heading).ToHaveTextAsync("Vad behöver mig nu?");
        await Assertions.Expect(Page.Locator(".user-name")).ToHaveTextAsync(email);
    }

    [Fact]
    public async Task Unknown_person_is_told_clearly_whom_to_ask()
    {
        var user = ProviderUser($"{Guid.NewGuid():N}@okand-webblasare.example");
        await new LoginPage(Page).GotoAsync();

        await ProviderButton.ClickAsync();
        await new ProviderLoginPage(Page).SignInAsync(user.UserName);

        await Assertions.Expect(Page.Locator("main h1")).ToHaveTextAsync("Du finns inte i Samsyn ännu");
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("Be administratören för ditt samverkansområde");
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("admin@samsyn.example");
        await Assertions.Expect(Page.Locator(".user-name")).ToHaveCountAsync(0);
        await Page.ShouldHaveNoViolationsAsync();
    }

    [Fact]
    public async Task Logout_ends_the_Samsyn_session_and_the_providers()
    {
        var user = ProviderUser(await NewPersonAsync());
        await new LoginPage(Page).GotoAsync();
        await ProviderButton.ClickAsync();
        await new ProviderLoginPage(Page).SignInAsync(user.UserName);
        await Assertions.Expect(new StartPage(Page).Heading).ToHaveTextAsync("Vad behöver mig nu?");
        var ended = fixture.Oidc.EndedSessions.Count;

        await Page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();

        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/logga-in$"));
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Du är utloggad.");
        fixture.Oidc.EndedSessions.Count.ShouldBe(ended + 1);
        fixture.Oidc.EndedSessions[^1].IdTokenHint.ShouldNotBeNullOrEmpty();
        fixture.Oidc.EndedSessions[^1].UserName.ShouldBe(user.UserName);

        // Both sessions are over: Samsyn sends to the login page, and the provider asks who you are again.
        await Page.GotoAsync("/");
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/logga-in"));
        await ProviderButton.ClickAsync();
        await Assertions.Expect(new ProviderLoginPage(Page).UserName).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Administrator_pages_for_tokens_and_sign_in_pass_the_accessibility_check()
    {
        var email = await NewPersonAsync();
        var personId = await fixture.Server.QueryAsync(db => Task.FromResult(db.People.Single(p => p.Email == email).Id));
        await new LoginPage(Page).GotoAsync();
        await new LoginPage(Page).SignInAsync(DemoAccounts.Administrator, DemoAccounts.Password);
        await Assertions.Expect(new StartPage(Page).Heading).ToHaveTextAsync("Vad behöver mig nu?");

        await Page.GotoAsync($"/admin/personer/{personId}/inloggning");
        await Assertions.Expect(Page.Locator("main h1")).ToHaveTextAsync("Inloggning för Stina Systemsson");
        await Page.ShouldHaveNoViolationsAsync();

        await Page.GotoAsync("/admin/api-nycklar/ny");
        await Page.ShouldHaveNoViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Skapa API-nyckel" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".error-summary")).ToContainTextAsync("Namn måste anges");
        await Page.ShouldHaveNoViolationsAsync();
        await Page.GetByLabel("Namn", new() { Exact = true }).FillAsync("Regionens statistikhämtning");
        await Page.GetByLabel("Läsa och ändra").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Skapa API-nyckel" }).ClickAsync();
        await Assertions.Expect(Page.Locator("[data-token]")).ToContainTextAsync("samsyn_pat_");
        await Page.ShouldHaveNoViolationsAsync();

        await Page.GotoAsync("/admin/api-nycklar");
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("Regionens statistikhämtning");
        await Page.ShouldHaveNoViolationsAsync();
    }
}
