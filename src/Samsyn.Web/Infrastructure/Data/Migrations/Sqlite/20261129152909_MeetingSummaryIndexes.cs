using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samsyn.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeetingSummaryIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Exemptions_ValidFrom_ValidTo",
                table: "Exemptions");

            migrationBuilder.DropIndex(
                name: "IX_DeviationReports_AnsweredAt",
                table: "DeviationReports");

            migrationBuilder.DropIndex(
                name: "IX_DeviationReports_ReportedAt",
                table: "DeviationReports");

            migrationBuilder.CreateIndex(
                name: "IX_Exemptions_ValidTo_ValidFrom",
                table: "Exemptions",
                columns: new[] { "ValidTo", "ValidFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_ReportingOrganisationId_AnsweredAt",
                table: "DeviationReports",
                columns: new[] { "ReportingOrganisationId", "AnsweredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_ReportingOrganisationId_ReportedAt",
                table: "DeviationReports",
                columns: new[] { "ReportingOrganisationId", "ReportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_ReportingOrganisationId_Status_AnswerDueOn",
                table: "DeviationReports",
                columns: new[] { "ReportingOrganisationId", "Status", "AnswerDueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Exemptions_ValidTo_ValidFrom",
                table: "Exemptions");

            migrationBuilder.DropIndex(
                name: "IX_DeviationReports_ReportingOrganisationId_AnsweredAt",
                table: "DeviationReports");

            migrationBuilder.DropIndex(
                name: "IX_DeviationReports_ReportingOrganisationId_ReportedAt",
                table: "DeviationReports");

            migrationBuilder.DropIndex(
                name: "IX_DeviationReports_ReportingOrganisationId_Status_AnswerDueOn",
                table: "DeviationReports");

            migrationBuilder.CreateIndex(
                name: "IX_Exemptions_ValidFrom_ValidTo",
                table: "Exemptions",
                columns: new[] { "ValidFrom", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_AnsweredAt",
                table: "DeviationReports",
                column: "AnsweredAt");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_ReportedAt",
                table: "DeviationReports",
                column: "ReportedAt");
        }
    }
}
