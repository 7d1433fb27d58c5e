using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Samsyn.Web.Infrastructure.Auditing;

namespace Samsyn.Web.Infrastructure.Data;

/// <summary>SQLite: the embedded default. Migrations in <c>Infrastructure/Data/Migrations/Sqlite</c>.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, IAuditUser auditUser, TimeProvider clock)
    : AppDbContext(options, auditUser, clock)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date-time-offset type; stored as a sortable number the provider can compare and order.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design.db").Options,
            SystemAuditUser.Instance, TimeProvider.System);
}
