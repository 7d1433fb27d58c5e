using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Samsyn.IntegrationTests.Infrastructure.Sso;
using Samsyn.Web.Features.Accounts.ApiTokens;

namespace Samsyn.IntegrationTests.Features.Accounts;

/// <summary>Personal access tokens for integrations: issued once, stored hashed, scoped, revocable, every use on record.</summary>
public abstract partial class ApiTokenTests(SamsynFactory factory)
{
    private static string InDays(int days) => DateOnly.FromDateTime(DateTime.UtcNow.AddDays(days)).ToString("yyyy-MM-dd");

    private async Task<(int Id, string Token, JsonElement Item)> IssueAsync(string access = "readWrite", string[]? apiGroups = null, string? userEmail = null)
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        using var response = await admin.PostJsonAsync("/api/v1/api-tokens",
            new { name = Unique.Name("Integration"), access, apiGroups, expiresOn = InDays(30), userEmail });
        var body = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        var item = body.GetProperty("apiToken");
        return (item.GetProperty("id").GetInt32(), body.GetProperty("token").GetString().ShouldNotBeNull(), item);
    }

    private HttpClient WithToken(string token)
    {
        var client = factory.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task Issued_token_is_shown_once_stored_hashed_and_opens_the_api_as_its_account()
    {
        var (id, token, item) = await IssueAsync();

        token.ShouldStartWith("samsyn_pat_");
        token.Length.ShouldBeGreaterThan(40);
        item.GetProperty("hint").GetString().ShouldBe(token[..15]);
        item.GetProperty("status").GetString().ShouldBe("active");
        item.GetProperty("userName").GetString().ShouldBe(Demo.Admin);
        using (var admin = await factory.SignedInAsync(Demo.Admin))
        {
            var again = await admin.GetStringAsync($"/api/v1/api-tokens/{id}");
            again.ShouldNotContain(token[15..]);
            (await admin.GetStringAsync("/api/v1/api-tokens")).ShouldNotContain(token[15..]);
        }
        var stored = await factory.InDatabaseAsync(db => db.Set<ApiToken>().AsNoTracking().SingleAsync(t => t.Id == id));
        stored.TokenHash.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))));
        var audit = await factory.InDatabaseAsync(db => db.AuditEntries.Where(e => e.EntityType == "ApiToken" && e.EntityId == id.ToString()).Select(e => e.Changes).ToListAsync());
        audit.ShouldHaveSingleItem().ShouldNotContain(stored.TokenHash, Case.Sensitive, "the hash stays out of the audit trail");

        using var client = WithToken(token);
        var me = await client.GetItemAsync("/api/v1/auth/me");
        me.GetProperty("email").GetString().ShouldBe(Demo.Admin);
        using var groups = await client.GetAsync("/api/v1/groups");
        groups.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Revoked_token_is_refused_and_revoking_needs_the_current_version()
    {
        var (id, token, item) = await IssueAsync();
        using var admin = await factory.SignedInAsync(Demo.Admin);
        using (var noVersion = await admin.PostJsonAsync($"/api/v1/api-tokens/{id}/revoke", new { }))
            await noVersion.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        using (var stale = await admin.PostJsonAsync($"/api/v1/api-tokens/{id}/revoke", new { version = 99 }))
            await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        using (var revoked = await admin.PostJsonAsync($"/api/v1/api-tokens/{id}/revoke", new { version = item.GetProperty("version").GetInt32() }))
        {
            var body = await revoked.ShouldBeJsonAsync(HttpStatusCode.OK);
            body.GetProperty("status").GetString().ShouldBe("revoked");
            body.GetProperty("revokedBy").GetString().ShouldBe(Demo.Admin);
            using var twice = await admin.PostJsonAsync($"/api/v1/api-tokens/{id}/revoke", new { version = body.GetProperty("version").GetInt32() });
            await twice.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        }

        using var client = WithToken(token);
        using var refused = await client.GetAsync("/api/v1/groups");
        await refused.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Expired_and_unknown_tokens_are_refused()
    {
        var (id, token, _) = await IssueAsync();
        await factory.InDatabaseAsync(db => db.Set<ApiToken>().Where(t => t.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
        using (var expired = WithToken(token))
        using (var response = await expired.GetAsync("/api/v1/groups"))
            await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        using var unknown = WithToken("samsyn_pat_" + new string('A', 43));
        using var refused = await unknown.GetAsync("/api/v1/groups");
        await refused.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Read_only_token_reads_but_may_not_write()
    {
        var (_, token, _) = await IssueAsync("readOnly");
        using var client = WithToken(token);

        (await client.GetAsync("/api/v1/groups")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var write = await client.PostJsonAsync("/api/v1/groups", new { name = Unique.Name("Grupp"), level = "collaboration" });
        var problem = await write.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        problem.GetProperty("title").GetString().ShouldBe(ApiTokenScopeMiddleware.OutOfScope);
        problem.GetProperty("detail").GetString().ShouldBe("Nyckeln får bara läsa.");
    }

    [Fact]
    public async Task Token_limited_to_parts_of_the_api_reaches_only_those()
    {
        var (_, token, item) = await IssueAsync(apiGroups: ["areas"]);
        item.GetProperty("apiGroups").EnumerateArray().Select(g => g.GetString()).ShouldBe(["areas"]);
        using var client = WithToken(token);

        (await client.GetAsync("/api/v1/areas")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var other = await client.GetAsync("/api/v1/groups");
        (await other.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetProperty("detail").GetString().ShouldBe("Nyckeln gäller inte den här delen av API:t.");
    }

    [Fact]
    public async Task Token_has_no_more_rights_than_its_account_and_never_manages_tokens()
    {
        var (_, memberToken, _) = await IssueAsync(userEmail: Demo.Member);
        using (var member = WithToken(memberToken))
        using (var audit = await member.GetAsync("/api/v1/audit"))
            await audit.ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var (_, adminToken, _) = await IssueAsync();
        using var admin = WithToken(adminToken);
        using (var list = await admin.GetAsync("/api/v1/api-tokens"))
            await list.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using (var issue = await admin.PostJsonAsync("/api/v1/api-tokens", new { name = "Ny", access = "readWrite", expiresOn = InDays(5) }))
            await issue.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using (var page = await admin.GetAsync("/"))
            page.StatusCode.ShouldNotBe(HttpStatusCode.OK, "a token opens the API, not the pages");
    }

    [Fact]
    public async Task Each_use_is_recorded_once_per_route_and_minute_with_who_and_which_token()
    {
        var (id, token, _) = await IssueAsync(userEmail: Demo.Convener);
        using var client = WithToken(token);
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var groupId = await admin.IdByNameAsync("/api/v1/groups", Demo.ManagementGroup);

        (await client.GetAsync("/api/v1/groups")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/v1/groups?page=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync($"/api/v1/groups/{groupId}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var uses = (await admin.GetItemAsync($"/api/v1/api-tokens/{id}/uses")).GetProperty("items").EnumerateArray().ToList();
        uses.Count.ShouldBe(2, "the same route in the same minute is written once");
        uses.Select(u => u.GetProperty("route").GetString()).ShouldBe(["/api/v1/groups/{id:int}", "/api/v1/groups/"], ignoreOrder: true);
        uses.ShouldAllBe(u => u.GetProperty("userName").GetString() == Demo.Convener && u.GetProperty("method").GetString() == "GET");
        var rows = await factory.InDatabaseAsync(db => db.Set<ApiTokenUse>().Where(u => u.TokenId == id).Select(u => u.Id.ToString()).ToListAsync());
        var audited = await factory.InDatabaseAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(ApiTokenUse)).Select(e => e.EntityId).ToListAsync());
        rows.ShouldAllBe(r => audited.Contains(r), "each recorded use is in the audit trail too");
        (await admin.GetItemAsync($"/api/v1/api-tokens/{id}")).GetProperty("lastUsedAt").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task Issuing_checks_the_input()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        using (var noName = await admin.PostJsonAsync("/api/v1/api-tokens", new { name = "", access = "readOnly", expiresOn = InDays(3) }))
            await noName.ShouldBeValidationProblemAsync("name");
        using (var noAccess = await admin.PostJsonAsync("/api/v1/api-tokens", new { name = "Nyckel", expiresOn = InDays(3) }))
            await noAccess.ShouldBeValidationProblemAsync("access");
        using (var past = await admin.PostJsonAsync("/api/v1/api-tokens", new { name = "Nyckel", access = "readOnly", expiresOn = InDays(-2) }))
            await past.ShouldBeValidationProblemAsync("expiresOn");
        using (var tooLong = await admin.PostJsonAsync("/api/v1/api-tokens", new { name = "Nyckel", access = "readOnly", expiresOn = InDays(400) }))
            await tooLong.ShouldBeValidationProblemAsync("expiresOn");
        using (var group = await admin.PostJsonAsync("/api/v1/api-tokens", new { name = "Nyckel", access = "readOnly", expiresOn = InDays(3), apiGroups = new[] { "nonsense" } }))
            (await group.ShouldBeValidationProblemAsync("apiGroups"))[0].ShouldContain("nonsense");
        using (var nullGroup = await admin.SendRawJsonAsync(HttpMethod.Post, "/api/v1/api-tokens", """{"name": "", "access": "readOnly", "apiGroups": [null, " "]}"""))
            await nullGroup.ShouldBeValidationProblemAsync("name");
        using (var account = await admin.PostJsonAsync("/api/v1/api-tokens", new { name = "Nyckel", access = "readOnly", expiresOn = InDays(3), userEmail = "ingen@samsyn.example" }))
            await account.ShouldBeValidationProblemAsync("userEmail");
        using (var pnr = await admin.PostJsonAsync("/api/v1/api-tokens", new { name = $"Nyckel {Demo.TestIdentityNumber}", access = "readOnly", expiresOn = InDays(3) }))
            await pnr.ShouldBeValidationProblemAsync("name");

        var groups = await admin.GetItemAsync("/api/v1/api-tokens/groups");
        groups.EnumerateArray().Select(g => g.GetString()).ShouldContain("groups");
        groups.EnumerateArray().Select(g => g.GetString()).ShouldNotContain("api-tokens");
    }

    [Fact]
    public async Task Only_administrators_manage_tokens()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        using (var list = await convener.GetAsync("/api/v1/api-tokens"))
            await list.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using (var issue = await convener.PostJsonAsync("/api/v1/api-tokens", new { name = "Nyckel", access = "readOnly", expiresOn = InDays(3) }))
            await issue.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var anonymous = factory.Anonymous();
        using var refused = await anonymous.GetAsync("/api/v1/api-tokens");
        await refused.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [GeneratedRegex("""<code[^>]*data-token[^>]*>([^<]+)</code>""")]
    private static partial Regex ShownToken();

    [Fact]
    public async Task Pages_issue_show_once_list_and_revoke()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var form = await admin.GetStringAsync("/admin/api-nycklar/ny");
        var name = Unique.Name("Sidnyckel");
        using var created = await admin.PostAsync("/admin/api-nycklar/ny", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Access"] = "ReadOnly",
            ["Input.ExpiresOn"] = InDays(10),
            ["Input.ApiGroups"] = "groups",
            ["__RequestVerificationToken"] = SsoBrowser.Antiforgery(form),
        }));
        var html = await created.Content.ReadAsStringAsync();
        created.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        var token = System.Net.WebUtility.HtmlDecode(ShownToken().Match(html).Groups[1].Value);
        token.ShouldStartWith("samsyn_pat_");
        html.ShouldContain("visas bara nu");

        var list = await admin.GetStringAsync("/admin/api-nycklar");
        list.ShouldContain(name);
        list.ShouldNotContain(token[15..]);

        using (var client = WithToken(token))
            (await client.GetAsync("/api/v1/groups")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var id = await factory.InDatabaseAsync(db => db.Set<ApiToken>().Where(t => t.Name == name).Select(t => t.Id).SingleAsync());
        var details = await admin.GetStringAsync($"/admin/api-nycklar/{id}");
        details.ShouldContain("/api/v1/groups/");
        using var revoked = await admin.PostAsync($"/admin/api-nycklar/{id}?handler=Revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["version"] = "1",
            ["__RequestVerificationToken"] = SsoBrowser.Antiforgery(details),
        }));
        revoked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using (var client = WithToken(token))
            (await client.GetAsync("/api/v1/groups")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Without_providers_the_login_page_is_as_before()
    {
        using var client = factory.Anonymous();
        var html = await client.GetStringAsync("/logga-in");
        html.ShouldNotContain("Logga in med");
        html.ShouldNotContain("handler=External");
        using var member = await factory.SignedInAsync(Demo.Member);
        (await member.GetItemAsync("/api/v1/sign-in/providers")).GetArrayLength().ShouldBe(0);
        using var challenge = await client.GetAsync("/logga-in?handler=External&provider=test");
        challenge.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class ApiTokenOnSqlite(SqliteFactory factory) : ApiTokenTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class ApiTokenOnPostgres(PostgresFactory factory) : ApiTokenTests(factory);
