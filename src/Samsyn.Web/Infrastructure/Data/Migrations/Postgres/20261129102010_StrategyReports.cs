using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Samsyn.Web.Infrastructure.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StrategicPlanId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: true),
                    Summary = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    SummaryChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SummaryChangedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DocumentId = table.Column<int>(type: "integer", nullable: true),
                    StoredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
