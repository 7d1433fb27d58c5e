using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samsyn.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BenchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_AnsweredAt",
                table: "DeviationReports",
                column: "AnsweredAt");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_OccurredOn",
                table: "DeviationReports",
                column: "OccurredOn");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_ReportedAt",
                table: "DeviationReports",
                column: "ReportedAt");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_Status_ProcessId_Id",
                table: "DeviationReports",
                columns: new[] { "Status", "ProcessId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DeviationReports_AnsweredAt",
                table: "DeviationReports");

            migrationBuilder.DropIndex(
                name: "IX_DeviationReports_OccurredOn",
                table: "DeviationReports");

            migrationBuilder.DropIndex(
                name: "IX_DeviationReports_ReportedAt",
                table: "DeviationReports");

            migrationBuilder.DropIndex(
                name: "IX_DeviationReports_Status_ProcessId_Id",
                table: "DeviationReports");
        }
    }
}
