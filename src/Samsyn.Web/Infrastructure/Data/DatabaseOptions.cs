namespace Samsyn.Web.Infrastructure.Data;

public enum DatabaseProvider { Sqlite, Postgres }

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Folder for the SQLite file, relative to the content root unless absolute.</summary>
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>Apply pending migrations at start-up.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
