using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Samsyn.Web.Infrastructure.Data;

public static class DatabaseSetup
{
    /// <summary>Registers <see cref="AppDbContext"/> on SQLite (default) or PostgreSQL, by <c>Database:Provider</c>.</summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        var connectionString = configuration.GetConnectionString("Samsyn");
        // EF's check that a context is not used by two threads at once costs two async-local writes per row read; it stays on
        // wherever code is developed and tested, and is off in production (the benchmark's meeting page allocated 12 % less).
        var checkThreads = !environment.IsProduction();

        if (options.Provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException(
                    "Database:Provider är Postgres men ConnectionStrings:Samsyn saknas. Ange t.ex. ConnectionStrings__Samsyn=\"Host=…;Database=samsyn;Username=…;Password=…\".");
            services.AddDbContext<AppDbContext, PostgresAppDbContext>(o => o.UseNpgsql(PostgresConnection.Tuned(connectionString)).EnableThreadSafetyChecks(checkThreads));
        }
        else
        {
            connectionString = string.IsNullOrWhiteSpace(connectionString)
                ? DefaultSqliteConnection(options, environment)
                : connectionString;
            services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(connectionString).EnableThreadSafetyChecks(checkThreads));
        }
        return services;
    }

    private static string DefaultSqliteConnection(DatabaseOptions options, IHostEnvironment environment)
    {
        var folder = Path.IsPathRooted(options.DataFolder)
            ? options.DataFolder
            : Path.Combine(environment.ContentRootPath, options.DataFolder);
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, "samsyn.db"),
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>Applies pending migrations and, for SQLite, turns on write-ahead logging; fills the deviation tally if it is new.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var options = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value;
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        if (options.MigrateOnStartup)
        {
            await db.Database.MigrateAsync(cancellationToken);
            // Reference data every installation starts with.
            await Features.Situation.DefaultStatusFigures.EnsureAsync(db, cancellationToken);
            await Features.Deviations.DefaultDeviationProcesses.EnsureAsync(db, cancellationToken);
        }
        // Counted once after the upgrade that added the tally; every save keeps it in step from then on.
        if (options.MigrateOnStartup || !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            await Features.Deviations.DeviationTallies.EnsureAsync(
                db, scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Samsyn.Deviations"), cancellationToken);
    }
}
