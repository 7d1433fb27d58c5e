using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samsyn.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AreaSummerPeriod : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SummerFirstWeek",
                table: "Areas",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SummerLastWeek",
                table: "Areas",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SummerFirstWeek",
                table: "Areas");

            migrationBuilder.DropColumn(
                name: "SummerLastWeek",
                table: "Areas");
        }
    }
}
