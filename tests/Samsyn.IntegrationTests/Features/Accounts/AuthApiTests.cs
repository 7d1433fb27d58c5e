using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Samsyn.Web.Features.Accounts;

namespace Samsyn.IntegrationTests.Features.Accounts;

public abstract class AuthApiTests(SamsynFactory factory)
{
    [Fact]
    public async Task Login_returns_a_bearer_token_that_opens_the_api()
    {
        using var client = factory.Anonymous();
        using var login = await client.PostJsonAsync("/api/v1/auth/login", new { email = Demo.Member, password = SamsynFactory.DemoPassword });
        var body = await login.ShouldBeJsonAsync(HttpStatusCode.OK);
        var token = body.GetProperty("accessToken").GetString();
        token.ShouldNotBeNullOrWhiteSpace();

        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var me = await client.GetItemAsync("/api/v1/auth/me");
        me.GetProperty("email").GetString().ShouldBe(Demo.Member);
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe([Roles.Member]);
    }

    [Fact]
    public async Task Wrong_password_gives_401_problem()
    {
        using var client = factory.Anonymous();
        using var response = await client.PostJsonAsync("/api/v1/auth/login", new { email = Demo.Substitute, password = "fel-lösenord-123" });
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.GetProperty("title").GetString().ShouldBe("Fel e-postadress eller lösenord.");
        problem.TryGetProperty("accessToken", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Unknown_account_gives_the_same_401_as_a_wrong_password()
    {
        using var client = factory.Anonymous();
        using var response = await client.PostJsonAsync("/api/v1/auth/login", new { email = "ingen@samsyn.example", password = "Vadsomhelst-123" });
        (await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("title").GetString().ShouldBe("Fel e-postadress eller lösenord.");
    }

    [Fact]
    public async Task Login_without_password_gives_400_naming_the_field()
    {
        using var client = factory.Anonymous();
        using var response = await client.PostJsonAsync("/api/v1/auth/login", new { email = Demo.Member });
        (await response.ShouldBeValidationProblemAsync("password")).ShouldBe(["Lösenord måste anges."]);
    }

    [Fact]
    public async Task Account_is_locked_after_five_failed_logins()
    {
        var email = $"{Unique.Letters()}@lockout.example";
        const string password = "Ratt-losenord-2026";
        await factory.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var created = await users.CreateAsync(new AppUser { UserName = email, Email = email, EmailConfirmed = true }, password);
            created.Succeeded.ShouldBeTrue(string.Join(" ", created.Errors.Select(e => e.Description)));
            return created;
        });
        using var client = factory.Anonymous();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var failed = await client.PostJsonAsync("/api/v1/auth/login", new { email, password = "fel-losenord-1" });
            (await failed.ShouldBeProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("title").GetString()
                .ShouldBe("Fel e-postadress eller lösenord.", $"attempt {attempt}");
        }
        using var fifth = await client.PostJsonAsync("/api/v1/auth/login", new { email, password = "fel-losenord-1" });
        (await fifth.ShouldBeProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("title").GetString().ShouldNotBeNull().ShouldContain("låst");

        using var correct = await client.PostJsonAsync("/api/v1/auth/login", new { email, password });
        var problem = await correct.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.GetProperty("title").GetString().ShouldNotBeNull().ShouldContain("låst", Case.Insensitive, "the right password must not open a locked account");
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class AuthApiOnSqlite(SqliteFactory factory) : AuthApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class AuthApiOnPostgres(PostgresFactory factory) : AuthApiTests(factory);
