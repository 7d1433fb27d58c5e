using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samsyn.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DeviationTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DeviationAnswerTallies",
                columns: table => new
                {
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcessId = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnswerDays = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviationAnswerTallies", x => new { x.Month, x.AreaId, x.ProcessId, x.Answered, x.AnswerDays, x.AnsweredLate });
                });

            migrationBuilder.CreateTable(
                name: "DeviationConcernedTallies",
                columns: table => new
                {
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcessId = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcernedOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviationConcernedTallies", x => new { x.Month, x.AreaId, x.ProcessId, x.ConcernedOrganisationId });
                });

            migrationBuilder.CreateTable(
                name: "DeviationTallies",
                columns: table => new
                {
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcessId = table.Column<int>(type: "INTEGER", nullable: false),
                    StepId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportingOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviationTallies", x => new { x.Month, x.AreaId, x.ProcessId, x.StepId, x.ReportingOrganisationId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_Status_OccurredOn",
                table: "DeviationReports",
                columns: new[] { "Status", "OccurredOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeviationAnswerTallies");

            migrationBuilder.DropTable(
                name: "DeviationConcernedTallies");

            migrationBuilder.DropTable(
                name: "DeviationTallies");

            migrationBuilder.DropIndex(
                name: "IX_DeviationReports_Status_OccurredOn",
                table: "DeviationReports");
        }
    }
}
