using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.BrowserTests.Infrastructure;

/// <summary>
/// Samsyn on real Kestrel (127.0.0.1, a free port) with the demo data in a throwaway SQLite file,
/// so a real browser can talk to it.
/// </summary>
public sealed class SamsynServer : WebApplicationFactory<Program>
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("samsyn-browser-").FullName;

    private readonly IReadOnlyDictionary<string, string?> _settings;

    /// <param name="settings">More settings for the app (an identity provider, say).</param>
    public SamsynServer(IReadOnlyDictionary<string, string?>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string?>();
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The server's clock; a test may move it to a meeting's day (and must move it back).</summary>
    public TestClock Clock { get; } = new();

    public void Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the host skips the static web assets manifest, and any stylesheet served as a
        // static web asset would come back empty; Pages_are_checked_with_the_stylesheet_applied guards this.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Samsyn", $"Data Source={Path.Combine(_dataFolder, "samsyn.db")}");
        builder.UseSetting("Samsyn:DemoData", "true");
        builder.UseSetting("Samsyn:DemoPassword", DemoAccounts.Password);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Notifications:ReminderPollMinutes", "0");
        builder.UseSetting("Security:LoginAttemptsPerMinute", "100000");
        // The board refreshes itself; in the tests quickly enough to watch it happen.
        builder.UseSetting("Situation:BoardRefreshSeconds", "2");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>The id of a seeded group, so a test can open its pages directly.</summary>
    public Task<int> GroupIdAsync(string name) =>
        QueryAsync(db => db.Groups.Where(g => g.Name == name).Select(g => g.Id).SingleAsync());

    /// <summary>The id of a seeded collaboration area, by its short name.</summary>
    public Task<int> AreaIdAsync(string shortName) =>
        QueryAsync(db => db.Areas.Where(a => a.ShortName == shortName).Select(a => a.Id).SingleAsync());

    /// <summary>A seeded meeting of the group: the last one held before now, or the <paramref name="upcoming"/>th still to come (0 = the next).</summary>
    public async Task<(int Id, DateTimeOffset StartsAt)> MeetingAsync(string groupName, bool held, int upcoming = 0)
    {
        var groupId = await GroupIdAsync(groupName);
        // SQLite cannot order by DateTimeOffset, so the group's meetings are sorted here.
        var meetings = (await QueryAsync(db => db.Meetings.Where(m => m.GroupId == groupId && m.Status != MeetingStatus.Cancelled)
                .Select(m => new { m.Id, m.StartsAt }).ToListAsync()))
            .OrderBy(m => m.StartsAt).ToList();
        var now = Clock.GetUtcNow();
        var meeting = held ? meetings.Last(m => m.StartsAt < now) : meetings.Where(m => m.StartsAt > now).ElementAt(upcoming);
        return (meeting.Id, meeting.StartsAt);
    }

    /// <summary>The first item on the meeting's agenda.</summary>
    public Task<int> FirstAgendaItemIdAsync(int meetingId) =>
        QueryAsync(db => db.AgendaItems.Where(i => i.MeetingId == meetingId).OrderBy(i => i.Order).Select(i => i.Id).FirstAsync());

    /// <summary>When the meeting starts, as stored.</summary>
    public Task<DateTimeOffset> MeetingStartsAtAsync(int meetingId) =>
        QueryAsync(db => db.Meetings.Where(m => m.Id == meetingId).Select(m => m.StartsAt).SingleAsync());

    /// <summary>Runs one reminder scan at the server clock's time, as the background worker would.</summary>
    public Task<int> RaiseDueRemindersAsync() =>
        Services.GetRequiredService<Samsyn.Web.Features.Notifications.ReminderService>().RaiseDueAsync(CancellationToken.None);

    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dataFolder, recursive: true); }
        catch (IOException) { /* a leftover temp folder does no harm */ }
    }
}
