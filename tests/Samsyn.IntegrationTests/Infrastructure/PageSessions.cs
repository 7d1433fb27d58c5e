using System.Text.RegularExpressions;

namespace Samsyn.IntegrationTests.Infrastructure;

/// <summary>Using the Razor pages as a browser does: signed in through the login form with its cookie, posting forms with their antiforgery token.</summary>
public static partial class PageSessions
{
    [GeneratedRegex("""name="__RequestVerificationToken"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="__RequestVerificationToken" """)]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("""<a\b[^>]*\bhref="(/[^"#]*)""")]
    private static partial Regex Link();

    /// <summary>The addresses of the page's own links (relative, without fragment), decoded.</summary>
    public static IEnumerable<string> Links(string html) =>
        Link().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value));

    /// <summary>The antiforgery token of the (first) form in <paramref name="html"/>; fails when there is none.</summary>
    public static string Antiforgery(string html)
    {
        var match = AntiforgeryField().Match(html);
        match.Success.ShouldBeTrue("the page has a form with an antiforgery token");
        return match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
    }

    /// <summary>
    /// Links that lead to no page a crawl should open: signing out, the API and its document, health checks, files,
    /// exports, calendar files and PDFs (made by Chromium, checked by their own tests).
    /// </summary>
    public static bool NotAPage(string path) =>
        path.StartsWith("/logga-ut", StringComparison.Ordinal) || path.StartsWith("/api", StringComparison.Ordinal)
        || path.StartsWith("/openapi", StringComparison.Ordinal) || path.StartsWith("/healthz", StringComparison.Ordinal)
        || path.Contains("pdf", StringComparison.OrdinalIgnoreCase) || path.Contains("export", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".ics", StringComparison.Ordinal) || path.Contains("/fil", StringComparison.Ordinal)
        || path.Contains("/bilagor/", StringComparison.Ordinal) || path.Contains("/ladda-ner", StringComparison.Ordinal);

    /// <summary>A path with its numbers as "{n}": the pages of one kind (a meeting, a deviation …) share a shape.</summary>
    public static string Shape(string path) => Regex.Replace(path, "[0-9]+", "{n}");

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
