using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samsyn.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StrategyReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FollowUpReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StrategicPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    SummaryChangedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SummaryChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: true),
                    StoredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpReports_GoverningDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "GoverningDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_FollowUpReports_StrategicPlans_StrategicPlanId",
                        column: x => x.StrategicPlanId,
                        principalTable: "StrategicPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpReports_DocumentId",
                table: "FollowUpReports",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpReports_StrategicPlanId_Kind_Year",
                table: "FollowUpReports",
                columns: new[] { "StrategicPlanId", "Kind", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FollowUpReports");
        }
    }
}
