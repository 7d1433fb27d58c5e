using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samsyn.IntegrationTests.Infrastructure.Sso;
using Samsyn.TestOidcProvider;
using Samsyn.Web.Features.Accounts;

namespace Samsyn.IntegrationTests.Features.Accounts;

/// <summary>
/// Login through a real OpenID Connect provider (OpenIddict on loopback): first-login linking by verified email
/// and by HSA-id, refusal of an unknown person, logout of both sessions, and refusal of bad id tokens.
/// </summary>
public abstract class SingleSignOnTests(SamsynFactory factory)
{
    private TestOidcProvider.TestOidcProvider Oidc => ((ISsoFactory)factory).Oidc;

    private async Task<(int Id, string Email)> NewPersonAsync(string? email = null)
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        email ??= $"{Unique.Letters()}@sso.example";
        using var created = await admin.PostJsonAsync("/api/v1/people", new { name = Unique.Name("Sso Person"), email });
        var person = await created.ShouldBeJsonAsync(HttpStatusCode.Created);
        return (person.GetProperty("id").GetInt32(), email);
    }

    private async Task SetSignInAsync(int personId, string? hsaId = null, bool ssoOnly = false)
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var current = await admin.GetItemAsync($"/api/v1/people/{personId}/sign-in");
        using var saved = await admin.PutJsonAsync($"/api/v1/people/{personId}/sign-in",
            new { hsaId, ssoOnly, version = current.GetProperty("version").GetInt32() });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
    }

    private TestUser ProviderUser(string? email = null, bool? verified = true, string? hsaId = null, TokenFault fault = TokenFault.None, params string[] groups) =>
        Oidc.AddUser(new TestUser(Unique.Letters()) { Name = "Sigrid Testsson", Email = email, EmailVerified = verified, HsaId = hsaId, Fault = fault, Groups = groups });

    private Task<List<(string UserId, int? PersonId)>> LinksAsync(string subject) =>
        factory.InDatabaseAsync(db => db.UserLogins
            .Where(l => l.LoginProvider == SsoSettings.ProviderName && l.ProviderKey == subject)
            .Join(db.Users, l => l.UserId, u => u.Id, (l, u) => new { u.Id, u.PersonId })
            .ToListAsync()
            .ContinueWith(t => t.Result.Select(r => (r.Id, r.PersonId)).ToList(), TaskScheduler.Default));

    private static async Task<JsonElement?> MeAsync(SsoBrowser browser)
    {
        using var me = await browser.Samsyn.GetAsync("/api/v1/auth/me");
        return me.StatusCode == HttpStatusCode.OK ? await me.ReadJsonAsync() : null;
    }

    [Fact]
    public async Task Login_page_offers_a_button_per_provider_beside_the_password_form()
    {
        using var client = factory.Anonymous();
        var html = await client.GetStringAsync("/logga-in");
        html.ShouldContain($"Logga in med {SsoSettings.DisplayName}");
        System.Text.RegularExpressions.Regex.IsMatch(html, "<a [^>]*href=\"[^\"]*handler=External[^\"]*\"[^>]*>Logga in med")
            .ShouldBeTrue("the provider's button is a link that starts the login");
        html.ShouldContain("provider=test");
        html.ShouldContain("Lösenord");
    }

    [Fact]
    public async Task With_providers_the_api_still_answers_401_problems_and_pages_still_go_to_the_login_page()
    {
        using var client = factory.Anonymous();
        using (var api = await client.GetAsync("/api/v1/groups"))
        {
            await api.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
            api.Headers.Location.ShouldBeNull();
        }
        using var page = await client.GetAsync("/grupper");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location.ShouldNotBeNull().AbsolutePath.ShouldBe("/logga-in", "the provider is only used when its button is pressed");
        using var member = await factory.SignedInAsync(Demo.Member);
        (await member.GetAsync("/api/v1/groups")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task First_login_with_a_verified_email_links_the_person_creates_the_account_and_lands_on_the_start_page()
    {
        var (personId, email) = await NewPersonAsync();
        var user = ProviderUser(email.ToUpperInvariant());
        using var browser = new SsoBrowser(factory, Oidc);

        var landing = await browser.SignInAsync(user.UserName);

        landing.Url.AbsolutePath.ShouldBe("/");
        landing.Status.ShouldBe(HttpStatusCode.OK);
        landing.Html.ShouldContain("Vad behöver mig nu?");
        landing.Html.ShouldContain(email);
        var me = (await MeAsync(browser)).ShouldNotBeNull("the browser has a Samsyn session");
        me.GetProperty("personId").GetInt32().ShouldBe(personId);
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe([Roles.Member]);
        (await LinksAsync(user.Subject)).ShouldHaveSingleItem().PersonId.ShouldBe(personId);

        // Next time the stored link decides, even when the provider's email has changed meanwhile.
        Oidc.AddUser(user with { Email = $"{Unique.Letters()}@annan.example" });
        using var again = new SsoBrowser(factory, Oidc);
        var second = await again.SignInAsync(user.UserName);
        second.Url.AbsolutePath.ShouldBe("/");
        (await MeAsync(again)).ShouldNotBeNull().GetProperty("personId").GetInt32().ShouldBe(personId);
        (await LinksAsync(user.Subject)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task First_login_of_a_person_with_an_account_links_that_account()
    {
        using var browser = new SsoBrowser(factory, Oidc);
        var user = ProviderUser(Demo.Substitute);

        (await browser.SignInAsync(user.UserName)).Url.AbsolutePath.ShouldBe("/");

        (await MeAsync(browser)).ShouldNotBeNull().GetProperty("email").GetString().ShouldBe(Demo.Substitute);
        var accounts = await factory.InDatabaseAsync(db => db.Users.CountAsync(u => u.Email == Demo.Substitute));
        accounts.ShouldBe(1, "the existing account is linked, no second one is made");
    }

    [Fact]
    public async Task First_login_by_HSA_id_links_the_person_without_any_email()
    {
        var (personId, _) = await NewPersonAsync();
        var hsaId = $"SE2321000131-P{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}";
        await SetSignInAsync(personId, hsaId: hsaId.ToLowerInvariant());
        var user = ProviderUser(email: null, verified: null, hsaId: hsaId);
        using var browser = new SsoBrowser(factory, Oidc);

        var landing = await browser.SignInAsync(user.UserName);

        landing.Url.AbsolutePath.ShouldBe("/");
        (await MeAsync(browser)).ShouldNotBeNull().GetProperty("personId").GetInt32().ShouldBe(personId);
        (await LinksAsync(user.Subject)).ShouldHaveSingleItem().PersonId.ShouldBe(personId);
    }

    [Fact]
    public async Task Unverified_email_does_not_match_a_person()
    {
        var (_, email) = await NewPersonAsync();
        var user = ProviderUser(email, verified: false);
        using var browser = new SsoBrowser(factory, Oidc);

        var landing = await browser.SignInAsync(user.UserName);

        landing.Status.ShouldBe(HttpStatusCode.Forbidden);
        landing.Html.ShouldContain("Du finns inte i Samsyn ännu");
        landing.Html.ShouldContain("inte bekräftad av leverantören");
        (await MeAsync(browser)).ShouldBeNull();
        (await LinksAsync(user.Subject)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Unknown_person_is_refused_with_a_clear_message_naming_whom_to_ask()
    {
        var email = $"{Unique.Letters()}@okand.example";
        var user = ProviderUser(email);
        using var browser = new SsoBrowser(factory, Oidc);

        var landing = await browser.SignInAsync(user.UserName);

        landing.Url.AbsolutePath.ShouldBe("/logga-in/extern");
        landing.Status.ShouldBe(HttpStatusCode.Forbidden);
        landing.Html.ShouldContain("Du finns inte i Samsyn ännu");
        landing.Html.ShouldContain("Be administratören för ditt samverkansområde");
        landing.Html.ShouldContain(Demo.Admin, Case.Sensitive, "the refusal names an administrator to contact");
        landing.Html.ShouldContain(email);
        (await MeAsync(browser)).ShouldBeNull("no Samsyn session");
        (await factory.InDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == email))).ShouldBeFalse("no account is made");
        (await LinksAsync(user.Subject)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Retired_person_is_refused()
    {
        var (personId, email) = await NewPersonAsync();
        using (var admin = await factory.SignedInAsync(Demo.Admin))
        {
            var person = await admin.GetItemAsync($"/api/v1/people/{personId}");
            using var retired = await admin.PostJsonAsync($"/api/v1/people/{personId}/retire", new { version = person.GetProperty("version").GetInt32() });
            retired.IsSuccessStatusCode.ShouldBeTrue(await retired.Content.ReadAsStringAsync());
        }
        using var browser = new SsoBrowser(factory, Oidc);

        var landing = await browser.SignInAsync(ProviderUser(email).UserName);

        landing.Status.ShouldBe(HttpStatusCode.Forbidden);
        landing.Html.ShouldContain("Du kan inte längre logga in i Samsyn");
        (await MeAsync(browser)).ShouldBeNull();
    }

    [Fact]
    public async Task Logout_ends_the_Samsyn_session_and_the_providers_with_the_id_token_as_hint()
    {
        var (_, email) = await NewPersonAsync();
        var user = ProviderUser(email);
        using var browser = new SsoBrowser(factory, Oidc);
        (await browser.SignInAsync(user.UserName)).Url.AbsolutePath.ShouldBe("/");
        var ended = Oidc.EndedSessions.Count;

        var landing = await browser.SignOutAsync();

        landing.Url.AbsolutePath.ShouldBe("/logga-in");
        landing.Html.ShouldContain("Du är utloggad.");
        browser.Visited.ShouldContain(u => u.Authority == Oidc.Authority.Authority && u.AbsolutePath == "/connect/endsession");
        Oidc.EndedSessions.Count.ShouldBe(ended + 1);
        var end = Oidc.EndedSessions[^1];
        end.UserName.ShouldBe(user.UserName, "the provider's own session was still there to end");
        var hint = end.IdTokenHint.ShouldNotBeNull("Samsyn sends id_token_hint");
        Encoding.UTF8.GetString(Convert.FromBase64String(Pad(hint.Split('.')[1]))).ShouldContain(user.Subject);
        (await MeAsync(browser)).ShouldBeNull("the Samsyn session is over");

        // The provider asks for a login again: its session is over too.
        var logins = Oidc.FormLogins;
        (await browser.SignInAsync(user.UserName)).Url.AbsolutePath.ShouldBe("/");
        Oidc.FormLogins.ShouldBe(logins + 1);
    }

    [Fact]
    public async Task Local_logout_stays_local_for_a_password_session()
    {
        using var browser = new SsoBrowser(factory, Oidc);
        var form = await browser.GetAsync(new Uri(browser.Samsyn.BaseAddress!, "/logga-in"));
        using (var login = await browser.Samsyn.PostAsync("/logga-in", new FormUrlEncodedContent(new Dictionary<string, string>
               {
                   ["Input.Email"] = Demo.Member, ["Input.Password"] = SamsynFactory.DemoPassword,
                   ["__RequestVerificationToken"] = SsoBrowser.Antiforgery(form.Html),
               })))
            login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var ended = Oidc.EndedSessions.Count;

        var landing = await browser.SignOutAsync();

        landing.Url.AbsolutePath.ShouldBe("/logga-in");
        Oidc.EndedSessions.Count.ShouldBe(ended, "a password session has no provider session to end");
        (await MeAsync(browser)).ShouldBeNull();
    }

    [Theory]
    [InlineData(TokenFault.Tampered)]
    [InlineData(TokenFault.Expired)]
    [InlineData(TokenFault.WrongAudience)]
    public async Task Bad_id_token_is_refused_and_starts_no_session(TokenFault fault)
    {
        var (_, email) = await NewPersonAsync();
        var user = ProviderUser(email, fault: fault);
        using var browser = new SsoBrowser(factory, Oidc);

        var landing = await browser.SignInAsync(user.UserName);

        landing.Url.AbsolutePath.ShouldBe("/logga-in/misslyckades");
        landing.Status.ShouldBe(HttpStatusCode.Unauthorized);
        landing.Html.ShouldContain("Inloggningen misslyckades");
        landing.Html.ShouldContain(SsoSettings.DisplayName);
        (await MeAsync(browser)).ShouldBeNull();
        (await LinksAsync(user.Subject)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_same_provider_user_without_a_fault_gets_in_so_the_faults_are_what_is_refused()
    {
        var (_, email) = await NewPersonAsync();
        using var browser = new SsoBrowser(factory, Oidc);
        (await browser.SignInAsync(ProviderUser(email, fault: TokenFault.None).UserName)).Url.AbsolutePath.ShouldBe("/");
    }

    [Fact]
    public async Task Group_claim_adds_the_mapped_role()
    {
        var (_, email) = await NewPersonAsync();
        var user = ProviderUser(email, groups: [SsoSettings.AdminGroup, "nagon-annan-grupp"]);
        using var browser = new SsoBrowser(factory, Oidc);

        (await browser.SignInAsync(user.UserName)).Url.AbsolutePath.ShouldBe("/");

        var roles = (await MeAsync(browser)).ShouldNotBeNull().GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ToList();
        roles.ShouldBe([Roles.Administrator, Roles.Member], ignoreOrder: true);
    }

    [Fact]
    public async Task SSO_only_person_is_refused_at_the_local_login_but_gets_in_through_the_provider()
    {
        var (personId, email) = await NewPersonAsync();
        const string password = "Lokalt-losenord-2026";
        await factory.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var created = await users.CreateAsync(new AppUser { UserName = email, Email = email, EmailConfirmed = true, PersonId = personId }, password);
            created.Succeeded.ShouldBeTrue();
            return created;
        });
        await SetSignInAsync(personId, ssoOnly: true);
        using var browser = new SsoBrowser(factory, Oidc);

        var form = await browser.GetAsync(new Uri(browser.Samsyn.BaseAddress!, "/logga-in"));
        using var local = await browser.Samsyn.PostAsync("/logga-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["__RequestVerificationToken"] = SsoBrowser.Antiforgery(form.Html),
        }));
        local.StatusCode.ShouldBe(HttpStatusCode.OK, "the form is shown again");
        (await local.Content.ReadAsStringAsync()).ShouldContain("Ditt konto loggar bara in med din organisations inloggning");
        (await MeAsync(browser)).ShouldBeNull();

        using var wrong = await browser.Samsyn.PostAsync("/logga-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = "fel-losenord-1", ["__RequestVerificationToken"] = SsoBrowser.Antiforgery(form.Html),
        }));
        var wrongHtml = await wrong.Content.ReadAsStringAsync();
        wrongHtml.ShouldContain("Fel e-postadress eller lösenord.", Case.Sensitive, "a wrong password tells nothing about the account");
        wrongHtml.ShouldNotContain("organisations inloggning. Använd");

        using var anonymous = factory.Anonymous();
        using var api = await anonymous.PostJsonAsync("/api/v1/auth/login", new { email, password });
        (await api.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetProperty("title").GetString().ShouldNotBeNull().ShouldContain("organisationens inloggning");

        (await browser.SignInAsync(ProviderUser(email).UserName)).Url.AbsolutePath.ShouldBe("/");
        (await MeAsync(browser)).ShouldNotBeNull().GetProperty("personId").GetInt32().ShouldBe(personId);
    }

    [Fact]
    public async Task Administrator_links_and_unlinks_a_provider_login()
    {
        var (personId, _) = await NewPersonAsync();
        var user = ProviderUser(email: null, verified: null);
        using var admin = await factory.SignedInAsync(Demo.Admin);

        using (var linked = await admin.PostJsonAsync($"/api/v1/people/{personId}/sign-in/logins", new { provider = "test", subject = user.Subject }))
        {
            var item = await linked.ShouldBeJsonAsync(HttpStatusCode.Created);
            item.GetProperty("hasAccount").GetBoolean().ShouldBeTrue("linking makes the person's account");
            item.GetProperty("hasPassword").GetBoolean().ShouldBeFalse();
            var login = item.GetProperty("logins").EnumerateArray().ShouldHaveSingleItem();
            login.GetProperty("subject").GetString().ShouldBe(user.Subject);
            login.GetProperty("providerName").GetString().ShouldBe(SsoSettings.DisplayName);
        }
        using (var twice = await admin.PostJsonAsync($"/api/v1/people/{personId}/sign-in/logins", new { provider = "test", subject = user.Subject }))
            (await twice.ShouldBeValidationProblemAsync("subject")).ShouldBe(["Inloggningen är redan kopplad till personen."]);

        using (var browser = new SsoBrowser(factory, Oidc))
        {
            (await browser.SignInAsync(user.UserName)).Url.AbsolutePath.ShouldBe("/");
            (await MeAsync(browser)).ShouldNotBeNull().GetProperty("personId").GetInt32().ShouldBe(personId);
        }

        using (var unlinked = await admin.DeleteAsync($"/api/v1/people/{personId}/sign-in/logins?provider=test&subject={Uri.EscapeDataString(user.Subject)}"))
            unlinked.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.GetItemAsync($"/api/v1/people/{personId}/sign-in")).GetProperty("logins").GetArrayLength().ShouldBe(0);
        using (var browser = new SsoBrowser(factory, Oidc))
            (await browser.SignInAsync(user.UserName)).Status.ShouldBe(HttpStatusCode.Forbidden, "without the link nothing matches the person");
    }

    [Fact]
    public async Task Sign_in_settings_refuse_bad_input_stale_versions_and_non_administrators()
    {
        var (personId, _) = await NewPersonAsync();
        using var admin = await factory.SignedInAsync(Demo.Admin);
        using (var unknown = await admin.PostJsonAsync($"/api/v1/people/{personId}/sign-in/logins", new { provider = "okand", subject = "x" }))
            await unknown.ShouldBeValidationProblemAsync("provider");
        using (var badHsa = await admin.PutJsonAsync($"/api/v1/people/{personId}/sign-in", new { hsaId = "SE 123/45", ssoOnly = false, version = 0 }))
            await badHsa.ShouldBeValidationProblemAsync("hsaId");
        using (var noVersion = await admin.PutJsonAsync($"/api/v1/people/{personId}/sign-in", new { hsaId = (string?)null, ssoOnly = true }))
            await noVersion.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        using (var first = await admin.PutJsonAsync($"/api/v1/people/{personId}/sign-in", new { hsaId = (string?)null, ssoOnly = true, version = 0 }))
            (await first.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("version").GetInt32().ShouldBe(1);
        using (var stale = await admin.PutJsonAsync($"/api/v1/people/{personId}/sign-in", new { hsaId = (string?)null, ssoOnly = false, version = 0 }))
            await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await admin.GetItemAsync($"/api/v1/people/{personId}/sign-in")).GetProperty("ssoOnly").GetBoolean().ShouldBeTrue("the stale edit changed nothing");

        using var convener = await factory.SignedInAsync(Demo.Convener);
        using (var refused = await convener.GetAsync($"/api/v1/people/{personId}/sign-in"))
            await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using (var refused = await convener.PostJsonAsync($"/api/v1/people/{personId}/sign-in/logins", new { provider = "test", subject = "x" }))
            await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Administrator_sets_HSA_id_and_links_a_login_on_the_persons_sign_in_page()
    {
        var (personId, _) = await NewPersonAsync();
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var url = $"/admin/personer/{personId}/inloggning";
        var page = await admin.GetStringAsync(url);
        page.ShouldContain("Inloggning för");
        page.ShouldContain(SsoSettings.DisplayName);

        using (var saved = await admin.PostAsync($"{url}?handler=Settings", new FormUrlEncodedContent(new Dictionary<string, string>
               {
                   ["Settings.HsaId"] = "se2321000131-p000000000042", ["Settings.SsoOnly"] = "true", ["Settings.Version"] = "0",
                   ["__RequestVerificationToken"] = SsoBrowser.Antiforgery(page),
               })))
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var settings = await admin.GetItemAsync($"/api/v1/people/{personId}/sign-in");
        settings.GetProperty("hsaId").GetString().ShouldBe("SE2321000131-P000000000042");
        settings.GetProperty("ssoOnly").GetBoolean().ShouldBeTrue();

        using (var stale = await admin.PostAsync($"{url}?handler=Settings", new FormUrlEncodedContent(new Dictionary<string, string>
               {
                   ["Settings.HsaId"] = "", ["Settings.Version"] = "0", ["__RequestVerificationToken"] = SsoBrowser.Antiforgery(page),
               })))
        {
            stale.StatusCode.ShouldBe(HttpStatusCode.OK, "the form is shown again");
            (await stale.Content.ReadAsStringAsync()).ShouldContain("Någon annan har ändrat");
        }

        var subject = Unique.Letters(16);
        using (var linked = await admin.PostAsync($"{url}?handler=Link", new FormUrlEncodedContent(new Dictionary<string, string>
               {
                   ["Link.Provider"] = SsoSettings.ProviderName, ["Link.Subject"] = subject, ["__RequestVerificationToken"] = SsoBrowser.Antiforgery(page),
               })))
            linked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetStringAsync(url)).ShouldContain(subject);

        using var convener = await factory.SignedInAsync(Demo.Convener);
        using var refused = await convener.GetAsync(url);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Providers_are_listed_for_the_api()
    {
        using var member = await factory.SignedInAsync(Demo.Member);
        var providers = await (await member.GetAsync("/api/v1/sign-in/providers")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var provider = providers.EnumerateArray().ShouldHaveSingleItem();
        provider.GetProperty("name").GetString().ShouldBe("test");
        provider.GetProperty("displayName").GetString().ShouldBe(SsoSettings.DisplayName);
    }

    private static string Pad(string base64Url)
    {
        var s = base64Url.Replace('-', '+').Replace('_', '/');
        return s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '=');
    }
}

[Collection(SsoSqliteDatabase.Name)]
public sealed class SingleSignOnOnSqlite(SsoSqliteFactory factory) : SingleSignOnTests(factory);

[Collection(SsoPostgresDatabase.Name)]
public sealed class SingleSignOnOnPostgres(SsoPostgresFactory factory) : SingleSignOnTests(factory);
