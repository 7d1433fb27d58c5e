using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Samsyn.IntegrationTests.Infrastructure.Sso;

/// <summary>
/// A browser made of two HTTP clients: one for Samsyn (in memory, with its cookies) and one for the test
/// provider (real HTTP on loopback, with its own cookies). It follows redirects from one to the other,
/// fills in the provider's login form and submits its form_post answer, the way a browser would.
/// </summary>
public sealed partial class SsoBrowser : IDisposable
{
    private readonly Uri provider;

    public SsoBrowser(SamsynFactory app, TestOidcProvider.TestOidcProvider oidc)
    {
        provider = oidc.Authority;
        Samsyn = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Provider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = oidc.Authority,
        };
    }

    public HttpClient Samsyn { get; }
    public HttpClient Provider { get; }

    /// <summary>Every address the browser visited, in order.</summary>
    public List<Uri> Visited { get; } = [];

    /// <summary>The page the browser ended on.</summary>
    public sealed record Landing(Uri Url, HttpStatusCode Status, string Html);

    /// <summary>Clicks "Logga in med …" on Samsyn's login page and logs in as <paramref name="userName"/> at the provider.</summary>
    public async Task<Landing> SignInAsync(string userName, string providerName = SsoSettings.ProviderName, string returnUrl = "/")
    {
        var login = await GetAsync(new Uri(Samsyn.BaseAddress!, $"/logga-in?ReturnUrl={Uri.EscapeDataString(returnUrl)}"));
        login.Status.ShouldBe(HttpStatusCode.OK);
        // The provider's button is a link on the login page.
        var button = Link().Matches(login.Html).Select(m => Attribute(m.Value, "href")).OfType<string>()
            .FirstOrDefault(href => href.Contains("handler=External", StringComparison.Ordinal) && href.Contains($"provider={providerName}", StringComparison.Ordinal))
            .ShouldNotBeNull($"the login page has a button for {providerName}");
        var url = new Uri(login.Url, button);
        return await FollowAsync(await Samsyn.GetAsync(url), url, userName);
    }

    /// <summary>Clicks "Logga ut" in the page header.</summary>
    public async Task<Landing> SignOutAsync()
    {
        var start = await GetAsync(new Uri(Samsyn.BaseAddress!, "/"));
        start.Status.ShouldBe(HttpStatusCode.OK, "signed in before signing out");
        var response = await Samsyn.PostAsync("/logga-ut", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Antiforgery(start.Html),
        }));
        return await FollowAsync(response, new Uri(Samsyn.BaseAddress!, "/logga-ut"), userName: null);
    }

    public async Task<Landing> GetAsync(Uri url)
    {
        var response = await ClientFor(url).GetAsync(url);
        return await FollowAsync(response, url, userName: null);
    }

    private HttpClient ClientFor(Uri url) =>
        url.Authority == provider.Authority ? Provider : Samsyn;

    private async Task<Landing> FollowAsync(HttpResponseMessage response, Uri url, string? userName)
    {
        for (var hop = 0; hop < 20; hop++)
        {
            Visited.Add(url);
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.RedirectKeepVerb)
            {
                url = new Uri(url, response.Headers.Location!);
                response.Dispose();
                response = await ClientFor(url).GetAsync(url);
                continue;
            }
            var html = await response.Content.ReadAsStringAsync();
            var status = response.StatusCode;
            response.Dispose();
            if (url.Authority == provider.Authority && html.Contains("name=\"username\"", StringComparison.Ordinal))
            {
                userName.ShouldNotBeNull($"the provider asks for a login at {url}");
                var fields = Fields(html);
                fields["username"] = userName;
                url = new Uri(url, "/login");
                response = await Provider.PostAsync(url, new FormUrlEncodedContent(fields));
                userName = null;
                continue;
            }
            if (url.Authority == provider.Authority && status == HttpStatusCode.OK
                && FormTag().Match(html) is { Success: true } form
                && Attribute(form.Value, "method")?.Equals("post", StringComparison.OrdinalIgnoreCase) == true
                && Attribute(form.Value, "action") is string action)
            {
                // The provider's form_post answer: the browser submits it to Samsyn's callback.
                url = new Uri(url, action);
                response = await ClientFor(url).PostAsync(url, new FormUrlEncodedContent(Fields(html)));
                continue;
            }
            if (url.Authority != provider.Authority && status == HttpStatusCode.OK
                && Link().Matches(html).FirstOrDefault(m => m.Value.Contains("data-follow", StringComparison.Ordinal)) is { } follow)
            {
                // samsyn.js follows a data-follow link at once (the logout at the provider).
                url = new Uri(url, Attribute(follow.Value, "href")!);
                response = await ClientFor(url).GetAsync(url);
                continue;
            }
            return new Landing(url, status, html);
        }
        throw new ShouldAssertException("More than 20 redirects: " + string.Join(" → ", Visited));
    }

    private static Dictionary<string, string> Fields(string html) =>
        Input().Matches(html)
            .Select(m => (Name: Attribute(m.Value, "name"), Value: Attribute(m.Value, "value") ?? ""))
            .Where(f => f.Name is not null)
            .GroupBy(f => f.Name!)
            .ToDictionary(g => g.Key, g => g.First().Value);

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\b{name}=\"([^\"]*)\"", RegexOptions.IgnoreCase);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    public static string Antiforgery(string html) =>
        Fields(html).GetValueOrDefault("__RequestVerificationToken").ShouldNotBeNull("the page has a form with an antiforgery token");

    [GeneratedRegex("<input[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Input();

    [GeneratedRegex("<a [^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    [GeneratedRegex("<form[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex FormTag();

    public void Dispose()
    {
        Samsyn.Dispose();
        Provider.Dispose();
    }
}

