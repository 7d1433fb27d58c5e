using System.Text.RegularExpressions;

namespace Samsyn.IntegrationTests.Infrastructure;

/// <summary>Using the Razor pages as a browser does: signed in through the login form with its cookie, posting forms with their antiforgery token.</summary>
public static partial class PageSessions
{
    [GeneratedRegex("""name="__RequestVerificationToken"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="__RequestVerificationToken" """)]
    private static partial Regex AntiforgeryField();

    /// <summary>The antiforgery token of the (first) form in <paramref name="html"/>; fails when there is none.</summary>
    public static string Antiforgery(string html)
    {
        var match = AntiforgeryField().Match(html);
        match.Success.ShouldBeTrue("the page has a form with an antiforgery token");
        return match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
    }

    /// <summary>A browser-like client signed in through the login form (it keeps the cookie and does not follow redirects).</summary>
    public static async Task<HttpClient> PagesAsAsync(this SamsynFactory factory, string email, string password = SamsynFactory.DemoPassword)
    {
        var client = factory.Anonymous();
        using var form = await client.GetAsync("/logga-in");
        using var login = await client.PostAsync("/logga-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["ReturnUrl"] = "/",
            ["__RequestVerificationToken"] = Antiforgery(await form.Content.ReadAsStringAsync()),
        }));
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"login as {email} through the form");
        return client;
    }
}
