namespace Samsyn.IntegrationTests.Infrastructure.Security;

/// <summary>Every response carries the security headers; pages allow only Samsyn's own scripts.</summary>
public sealed class SecurityHeaderTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Theory]
    [InlineData("/logga-in")]
    [InlineData("/healthz/live")]
    [InlineData("/api/v1/groups")]
    [InlineData("/css/samsyn.css")]
    public async Task Responses_carry_the_security_headers(string url)
    {
        using var client = factory.Anonymous();
        using var response = await client.GetAsync(url);

        var csp = response.Headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem();
        csp.ShouldContain("script-src 'self';");
        csp.ShouldNotContain("script-src 'self' 'unsafe-inline'");
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldContain("object-src 'none'");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["same-origin"]);
    }

    [Fact]
    public async Task Pages_have_no_inline_script_for_the_policy_to_block()
    {
        using var login = factory.Anonymous();
        using var page = await login.GetAsync("/logga-in");
        var html = await page.Content.ReadAsStringAsync();
        System.Text.RegularExpressions.Regex.Matches(html, "<script(?![^>]*\\bsrc=)[^>]*>").ShouldBeEmpty("inline <script> would be blocked by the CSP");
        html.ShouldNotContain(" onclick=");
    }

    [Fact]
    public async Task Login_cookie_is_http_only_and_same_site()
    {
        using var client = factory.Anonymous();
        using var form = await client.GetAsync("/logga-in");
        var token = System.Text.RegularExpressions.Regex.Match(await form.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var login = await client.PostAsync("/logga-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = Demo.Member, ["Input.Password"] = SamsynFactory.DemoPassword, ["__RequestVerificationToken"] = token,
        }));
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("samsyn=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=lax", Case.Insensitive);
    }
}

/// <summary>An app whose login limit is three attempts a minute.</summary>
public sealed class StrictLoginFactory : SamsynFactory
{
    private readonly string folder = Directory.CreateTempSubdirectory("samsyn-ratelimit-").FullName;

    public override Samsyn.Web.Infrastructure.Data.DatabaseProvider Provider => Samsyn.Web.Infrastructure.Data.DatabaseProvider.Sqlite;
    protected override string ConnectionString => $"Data Source={Path.Combine(folder, "samsyn.db")}";
    protected override string LoginAttemptsPerMinute => "3";

    protected override Task DropDatabaseAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>Password guessing is slowed per client address, with a Swedish 429 and Retry-After.</summary>
public sealed class LoginRateLimitTests(StrictLoginFactory factory) : IClassFixture<StrictLoginFactory>
{
    [Fact]
    public async Task The_fourth_login_attempt_in_a_minute_gets_429_with_retry_after()
    {
        using var client = factory.Anonymous();
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await client.PostJsonAsync("/api/v1/auth/login", new { email = "nagon@example.se", password = "fel-losenord-1" });
            wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        using var limited = await client.PostJsonAsync("/api/v1/auth/login", new { email = Demo.Member, password = SamsynFactory.DemoPassword });

        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter.ShouldNotBeNull();
        (await limited.Content.ReadAsStringAsync()).ShouldContain("För många inloggningsförsök");
        using var page = await client.GetAsync("/logga-in");
        page.StatusCode.ShouldBe(HttpStatusCode.OK, "showing the login page is not an attempt");
    }
}
