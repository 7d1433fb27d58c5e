using System.Text.RegularExpressions;

namespace Samsyn.IntegrationTests.Features.Home;

/// <summary>The Razor pages over HTTP: the login redirect, the Swedish page and the form login with antiforgery.</summary>
public abstract partial class PageTests(SamsynFactory factory)
{
    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*value="([^"]+)"|<input[^>]*value="([^"]+)"[^>]*name="__RequestVerificationToken" """)]
    private static partial Regex AntiforgeryField();

    private static Uri Resolve(HttpClient client, HttpResponseMessage response) =>
        new(client.BaseAddress!, response.Headers.Location.ShouldNotBeNull());

    private static string AntiforgeryToken(string html)
    {
        var match = AntiforgeryField().Match(html);
        match.Success.ShouldBeTrue("the login form carries an antiforgery token");
        return match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
    }

    [Fact]
    public async Task Start_page_without_login_redirects_to_the_login_page()
    {
        using var client = factory.Anonymous();
        using var response = await client.GetAsync("/");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Resolve(client, response).AbsolutePath.ShouldBe("/logga-in");
    }

    [Fact]
    public async Task Login_page_is_in_Swedish()
    {
        using var client = factory.Anonymous();
        using var response = await client.GetAsync("/logga-in");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("<html lang=\"sv\">");
        html.ShouldContain("Lösenord", Case.Sensitive, "å, ä and ö are written as letters, not entities");
    }

    [Fact]
    public async Task Login_through_the_form_leads_to_my_groups()
    {
        using var client = factory.Anonymous();
        using var form = await client.GetAsync("/logga-in?ReturnUrl=%2F");
        var token = AntiforgeryToken(await form.Content.ReadAsStringAsync());

        using var login = await client.PostAsync("/logga-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = Demo.Member,
            ["Input.Password"] = SamsynFactory.DemoPassword,
            ["ReturnUrl"] = "/",
            ["__RequestVerificationToken"] = token,
        }));
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect, await login.Content.ReadAsStringAsync());
        var target = Resolve(client, login);
        target.AbsolutePath.ShouldBe("/");

        using var start = await client.GetAsync(target);
        start.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await start.Content.ReadAsStringAsync();
        html.ShouldContain("Mina grupper");
        html.ShouldContain(Demo.ManagementGroup);
    }

    [Fact]
    public async Task Wrong_password_in_the_form_shows_the_form_again_with_a_message()
    {
        using var client = factory.Anonymous();
        using var form = await client.GetAsync("/logga-in");
        var token = AntiforgeryToken(await form.Content.ReadAsStringAsync());

        using var login = await client.PostAsync("/logga-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = Demo.Substitute,
            ["Input.Password"] = "fel-lösenord-1",
            ["__RequestVerificationToken"] = token,
        }));

        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await login.Content.ReadAsStringAsync()).ShouldContain("Fel e-postadress eller lösenord.");
    }

    [Fact]
    public async Task Form_post_without_antiforgery_token_is_refused()
    {
        using var client = factory.Anonymous();
        using var login = await client.PostAsync("/logga-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = Demo.Member,
            ["Input.Password"] = SamsynFactory.DemoPassword,
        }));
        login.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        login.Headers.Location.ShouldBeNull();
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class PagesOnSqlite(SqliteFactory factory) : PageTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class PagesOnPostgres(PostgresFactory factory) : PageTests(factory);
