using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.IntegrationTests.Infrastructure;

/// <summary>
/// The whole app in memory on a real database, with the demo data loaded. One instance is
/// shared by every test of a provider's collection, so tests create what they change
/// (with <see cref="Unique"/> names) and only read the demo data.
/// </summary>
public abstract class SamsynFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>The password of every demo account in the tests.</summary>
    public const string DemoPassword = "Testsamverkan-2026";

    private readonly ConcurrentDictionary<string, string> tokens = new(StringComparer.OrdinalIgnoreCase);

    public abstract DatabaseProvider Provider { get; }

    /// <summary>The login rate limit of this fixture's app.</summary>
    protected virtual string LoginAttemptsPerMinute => "100000";

    /// <summary>The connection string of this fixture's own, fresh database.</summary>
    protected abstract string ConnectionString { get; }

    /// <summary>The app's clock: the real time unless a test travels (reminders, digests).</summary>
    public TestClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ConnectionOpenings>();
            services.ConfigureDbContext<SqliteAppDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<ConnectionOpenings>()));
            services.ConfigureDbContext<PostgresAppDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<ConnectionOpenings>()));
        });
    }

    /// <summary>
    /// The settings go into the host configuration: Program.cs reads <c>Database:Provider</c> while
    /// registering services, before the app configuration added by <c>ConfigureAppConfiguration</c> exists.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider.ToString(),
            ["ConnectionStrings:Samsyn"] = ConnectionString,
            ["Samsyn:DemoData"] = "true",
            ["Samsyn:DemoPassword"] = DemoPassword,
            ["Serilog:MinimumLevel:Default"] = "Warning",
            // Tests raise reminders themselves, at the times they choose.
            ["Notifications:ReminderPollMinutes"] = "0",
            // The tests log in far more often than a person; LoginRateLimitTests checks the limit itself.
            ["Security:LoginAttemptsPerMinute"] = LoginAttemptsPerMinute,
            // The in-memory test server has no address Chromium could print from; the browser tests make the PDFs.
            ["Pdf:ChromiumPath"] = "/nonexistent/chromium",
        }).AddInMemoryCollection(MoreSettings()));
        return base.CreateHost(builder);
    }

    /// <summary>Settings a fixture adds to the app's (an identity provider, say); none by default.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> MoreSettings() => [];

    /// <summary>Stops what a fixture started beside the app, after the app has stopped.</summary>
    protected virtual Task DisposeDependenciesAsync() => Task.CompletedTask;

    /// <summary>Creates the database, then starts the app (which migrates and seeds it).</summary>
    public virtual Task InitializeAsync()
    {
        _ = Server;
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await DropDatabaseAsync();
        await DisposeDependenciesAsync();
    }

    protected abstract Task DropDatabaseAsync();

    /// <summary>A client that does not follow redirects, so a 302 stays visible.</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client that sends the bearer token of <paramref name="email"/> (a demo account unless a password is given).</summary>
    public async Task<HttpClient> SignedInAsync(string email, string password = DemoPassword)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(email, password));
        return client;
    }

    /// <summary>Logs in through <c>POST /api/v1/auth/login</c>; tokens are cached, as hashing the password is slow on purpose.</summary>
    public async Task<string> TokenAsync(string email, string password = DemoPassword)
    {
        if (tokens.TryGetValue(email, out var cached)) return cached;
        using var client = Anonymous();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"login as {email}: {await response.Content.ReadAsStringAsync()}");
        var token = (await response.ReadJsonAsync()).GetProperty("accessToken").GetString().ShouldNotBeNull();
        return tokens.GetOrAdd(email, token);
    }

    /// <summary>Runs <paramref name="work"/> against the app's database in a scope of its own.</summary>
    public async Task<T> InDatabaseAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>Runs <paramref name="work"/> with the app's services in a scope of its own (UserManager and the like).</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<int> CountGroupsNamedAsync(string name) => InDatabaseAsync(db => db.Groups.CountAsync(g => g.Name == name));
}
