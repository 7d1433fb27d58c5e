using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samsyn.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SituationPicture : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StatusFigureDefinitions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OrganisationKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Maximum = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatusFigureDefinitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StatusReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Readiness = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    NeedsHelp = table.Column<bool>(type: "INTEGER", nullable: false),
                    HelpWith = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReportedByPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatusReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatusReports_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StatusReports_People_ReportedByPersonId",
                        column: x => x.ReportedByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "StatusReportFigure",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StatusReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 10, scale: 1, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatusReportFigure", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatusReportFigure_StatusReports_StatusReportId",
                        column: x => x.StatusReportId,
                        principalTable: "StatusReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StatusFigureDefinitions_OrganisationKind_Key",
                table: "StatusFigureDefinitions",
                columns: new[] { "OrganisationKind", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StatusReportFigure_StatusReportId_Key",
                table: "StatusReportFigure",
                columns: new[] { "StatusReportId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StatusReports_OrganisationId_ReportedAt",
                table: "StatusReports",
                columns: new[] { "OrganisationId", "ReportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StatusReports_ReportedByPersonId",
                table: "StatusReports",
                column: "ReportedByPersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StatusFigureDefinitions");

            migrationBuilder.DropTable(
                name: "StatusReportFigure");

            migrationBuilder.DropTable(
                name: "StatusReports");
        }
    }
}
