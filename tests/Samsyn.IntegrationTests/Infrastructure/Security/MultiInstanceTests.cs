using Microsoft.EntityFrameworkCore;
using System.Text.RegularExpressions;

namespace Samsyn.IntegrationTests.Infrastructure.Security;

/// <summary>An app instance on a database another instance already uses (the shared file stands in for the shared PostgreSQL).</summary>
public sealed class InstanceOnSharedDatabase(string databaseFile) : SamsynFactory
{
    public override Samsyn.Web.Infrastructure.Data.DatabaseProvider Provider => Samsyn.Web.Infrastructure.Data.DatabaseProvider.Sqlite;
    protected override string ConnectionString => $"Data Source={databaseFile}";
    protected override Task DropDatabaseAsync() => Task.CompletedTask;
}

/// <summary>
/// Two instances of Samsyn on one database: the data-protection keys are kept in the database, so
/// a login made on one instance (cookie or bearer token) is valid on the other.
/// </summary>
public sealed partial class MultiInstanceTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("samsyn-instances-").FullName;
    private InstanceOnSharedDatabase first = null!;
    private InstanceOnSharedDatabase second = null!;

    public async Task InitializeAsync()
    {
        var file = Path.Combine(folder, "samsyn.db");
        first = new InstanceOnSharedDatabase(file);
        await first.InitializeAsync();
        second = new InstanceOnSharedDatabase(file);
        await second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [Fact]
    public async Task A_login_cookie_from_one_instance_opens_pages_on_the_other()
    {
        using var onFirst = first.Anonymous();
        using var form = await onFirst.GetAsync("/logga-in");
        var token = Antiforgery().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        using var login = await onFirst.PostAsync("/logga-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = Demo.Member, ["Input.Password"] = SamsynFactory.DemoPassword, ["__RequestVerificationToken"] = token,
        }));
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("samsyn=", StringComparison.Ordinal)).Split(';')[0];

        using var onSecond = second.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie);
        using var start = await onSecond.SendAsync(request);

        start.StatusCode.ShouldBe(HttpStatusCode.OK, "the second instance reads the first one's cookie");
        (await start.Content.ReadAsStringAsync()).ShouldContain("Mina grupper");
        // Through the shared database, not a key folder both happen to see on this machine.
        (await second.InDatabaseAsync(db => db.DataProtectionKeys.CountAsync())).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_bearer_token_from_one_instance_opens_the_api_on_the_other()
    {
        var token = await first.TokenAsync(Demo.Member);
        using var onSecond = second.Anonymous();
        onSecond.DefaultRequestHeaders.Authorization = new("Bearer", token);

        using var me = await onSecond.GetAsync("/api/v1/auth/me");

        (await me.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("email").GetString().ShouldBe(Demo.Member);
    }
}
