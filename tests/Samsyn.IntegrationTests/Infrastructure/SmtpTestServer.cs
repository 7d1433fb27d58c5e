using System.Diagnostics;
using System.Net.Sockets;
using MimeKit;

namespace Samsyn.IntegrationTests.Infrastructure;

/// <summary>
/// A real SMTP server for the tests: Python's aiosmtpd writing every message it receives to a
/// Maildir (Debian package python3-aiosmtpd, installed by scripts/test.sh).
/// </summary>
public sealed class SmtpTestServer : IDisposable
{
    private Process? process;

    public int Port { get; } = FreePort();
    /// <summary>Not created here: aiosmtpd makes the Maildir's tmp/new/cur folders only when the folder does not exist yet.</summary>
    public string Maildir { get; } = Path.Combine(Directory.CreateTempSubdirectory("samsyn-mail-").FullName, "maildir");

    public async Task StartAsync()
    {
        if (process is { HasExited: false }) return;
        if (!File.Exists("/usr/bin/python3"))
            throw new InvalidOperationException("The email tests need /usr/bin/python3 with aiosmtpd: apt-get install -y python3-aiosmtpd (scripts/test.sh does this).");
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
        };
        foreach (var arg in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir })
            start.ArgumentList.Add(arg);
        process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        for (var i = 0; i < 100; i++)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"aiosmtpd did not start (apt-get install -y python3-aiosmtpd): {await errors}");
            if (Accepts(Port)) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("aiosmtpd did not listen within 10 s.");
    }

    /// <summary>The messages received so far.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var folder = Path.Combine(Maildir, "new");
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder).Select(f => MimeMessage.Load(f))] : [];
    }

    public void Dispose()
    {
        if (process is { HasExited: false }) process.Kill(entireProcessTree: true);
        process?.Dispose();
        try { Directory.Delete(Path.GetDirectoryName(Maildir)!, recursive: true); } catch (IOException) { }
    }

    private static bool Accepts(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

/// <summary>The app with email delivery pointed at a test SMTP server that each test starts when it wants.</summary>
public abstract class MailFactoryBase : SamsynFactory
{
    public SmtpTestServer Smtp { get; } = new();

    protected override Microsoft.Extensions.Hosting.IHost CreateHost(Microsoft.Extensions.Hosting.IHostBuilder builder)
    {
        builder.ConfigureHostConfiguration(config => Microsoft.Extensions.Configuration.MemoryConfigurationBuilderExtensions.AddInMemoryCollection(config,
            new Dictionary<string, string?>
            {
                ["Smtp:Host"] = "127.0.0.1",
                ["Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Smtp:Security"] = "None",
                ["Smtp:From"] = "samsyn@test.example",
                ["Smtp:BaseUrl"] = "https://samsyn.test.example",
                // The tests drive delivery rounds themselves.
                ["Smtp:PollSeconds"] = "3600",
            }));
        return base.CreateHost(builder);
    }
}

/// <summary>The app on SQLite with email delivery pointed at a test SMTP server that each test starts when it wants.</summary>
public sealed class MailFactory : MailFactoryBase
{
    private readonly string folder = Directory.CreateTempSubdirectory("samsyn-mailtests-").FullName;

    public override Samsyn.Web.Infrastructure.Data.DatabaseProvider Provider => Samsyn.Web.Infrastructure.Data.DatabaseProvider.Sqlite;

    protected override string ConnectionString => $"Data Source={Path.Combine(folder, "samsyn.db")}";

    protected override Task DropDatabaseAsync()
    {
        Smtp.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The app on a fresh database of the PostgreSQL server named by <c>SAMSYN_TEST_POSTGRES</c>, with email
/// delivery pointed at a test SMTP server. Fails without the server, as <see cref="PostgresFactory"/> does.
/// </summary>
public sealed class PostgresMailFactory : MailFactoryBase
{
    private readonly string? server = Environment.GetEnvironmentVariable(PostgresFactory.ServerVariable);
    private readonly string database = $"samsyn_mailtest_{Unique.Letters(12)}";

    public override Samsyn.Web.Infrastructure.Data.DatabaseProvider Provider => Samsyn.Web.Infrastructure.Data.DatabaseProvider.Postgres;

    protected override string ConnectionString =>
        new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;

    public override async Task InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(server))
            throw new InvalidOperationException(
                $"The PostgreSQL email tests need a server: set {PostgresFactory.ServerVariable} or run scripts/test.sh, which starts a throwaway one.");
        await ExecuteOnServerAsync($"CREATE DATABASE \"{database}\"");
        await base.InitializeAsync();
    }

    protected override async Task DropDatabaseAsync()
    {
        Smtp.Dispose();
        if (string.IsNullOrWhiteSpace(server)) return;
        Npgsql.NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false };
        await using var connection = new Npgsql.NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
