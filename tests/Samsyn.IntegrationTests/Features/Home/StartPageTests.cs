using System.Net;
using System.Text.RegularExpressions;
using Samsyn.IntegrationTests.Features.Situation;

namespace Samsyn.IntegrationTests.Features.Home;

/// <summary>The start page asks a member to report the situation when their organisation has no current report.</summary>
public abstract partial class StartPageTests(SamsynFactory factory)
{
    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)"|value="([^"]+)" name="__RequestVerificationToken" """)]
    private static partial Regex AntiforgeryField();

    private async Task<HttpClient> CookieClientAsync(string email)
    {
        var client = factory.Anonymous();
        using var form = await client.GetAsync("/logga-in");
        var match = AntiforgeryField().Match(await form.Content.ReadAsStringAsync());
        match.Success.ShouldBeTrue();
        using var login = await client.PostAsync("/logga-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = SamsynFactory.DemoPassword,
            ["__RequestVerificationToken"] = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value,
        }));
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private static async Task<string> StartPageAsync(HttpClient client)
    {
        using var start = await client.GetAsync("/");
        start.StatusCode.ShouldBe(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await start.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Start_page_asks_for_a_situation_report_until_one_is_made()
    {
        var scene = await factory.NewSceneAsync();
        using var page = await CookieClientAsync(scene.Reporter.Email);
        var ask = $"Rapportera läget för {scene.MunicipalityName}";

        (await StartPageAsync(page)).ShouldContain(ask);

        using var api = await factory.SignedInAsync(scene.Reporter.Email);
        await api.ReportAsync(new { organisationId = scene.MunicipalityId, level = "normal" });
        (await StartPageAsync(page)).ShouldNotContain(ask);
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class StartPageOnSqlite(SqliteFactory factory) : StartPageTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class StartPageOnPostgres(PostgresFactory factory) : StartPageTests(factory);
