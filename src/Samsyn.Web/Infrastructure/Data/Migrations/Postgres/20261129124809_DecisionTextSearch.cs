using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samsyn.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <summary>
    /// The decision register's text search index: pg_trgm (a trusted contrib extension, so the database owner may add it)
    /// and a trigram GIN index on the folded text, so LIKE '%term%' on it reads the index instead of every row. The
    /// expression must stay exactly the one DecisionSearch translates to, or PostgreSQL will not use the index.
    /// </summary>
    public partial class DecisionTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""CREATE EXTENSION IF NOT EXISTS pg_trgm;""");
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Decisions_Text_trgm" ON "Decisions"
                    USING gin (lower(replace(replace(replace("Text", 'Å', 'å'), 'Ä', 'ä'), 'Ö', 'ö')) gin_trgm_ops);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The extension stays: other objects may have come to use it.
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Decisions_Text_trgm";""");
        }
    }
}
