using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Samsyn.Web.Infrastructure.Auditing;

namespace Samsyn.Web.Infrastructure.Data;

/// <summary>PostgreSQL: the server option. Migrations in <c>Infrastructure/Data/Migrations/Postgres</c>.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, IAuditUser auditUser, TimeProvider clock)
    : AppDbContext(options, auditUser, clock);

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=samsyn_design").Options,
            SystemAuditUser.Instance, TimeProvider.System);
}
