using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samsyn.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <summary>
    /// The decision register's text search index: an FTS5 trigram table over "Decisions"."Text" (external content,
    /// rowid = "Id"), kept in step by triggers and filled from the existing rows. Case-insensitive (Unicode, so Å/å too)
    /// substring matching for terms of three characters or more; see DecisionSearch.
    /// A later migration that rebuilds "Decisions" (EF does that for most column changes on SQLite) drops the
    /// triggers with the old table and must create them again.
    /// </summary>
    public partial class DecisionTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "DecisionText" USING fts5("Text", content='Decisions', content_rowid='Id', tokenize='trigram case_sensitive 0');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Decisions_DecisionText_Insert" AFTER INSERT ON "Decisions" BEGIN
                    INSERT INTO "DecisionText"(rowid, "Text") VALUES (new."Id", new."Text");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Decisions_DecisionText_Delete" AFTER DELETE ON "Decisions" BEGIN
                    INSERT INTO "DecisionText"("DecisionText", rowid, "Text") VALUES ('delete', old."Id", old."Text");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Decisions_DecisionText_Update" AFTER UPDATE OF "Id", "Text" ON "Decisions" BEGIN
                    INSERT INTO "DecisionText"("DecisionText", rowid, "Text") VALUES ('delete', old."Id", old."Text");
                    INSERT INTO "DecisionText"(rowid, "Text") VALUES (new."Id", new."Text");
                END;
                """);
            migrationBuilder.Sql("""
                INSERT INTO "DecisionText"("DecisionText") VALUES ('rebuild');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Decisions_DecisionText_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Decisions_DecisionText_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Decisions_DecisionText_Insert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "DecisionText";""");
        }
    }
}
