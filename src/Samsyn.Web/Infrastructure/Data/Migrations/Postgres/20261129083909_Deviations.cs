using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Samsyn.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Deviations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DeviationProcesses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    RetiredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviationProcesses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeviationSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AreaId = table.Column<int>(type: "integer", nullable: false),
                    AnswerDays = table.Column<int>(type: "integer", nullable: false),
                    PatternCount = table.Column<int>(type: "integer", nullable: false),
                    PatternWindowDays = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviationSettings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeviationSettings_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeviationSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProcessId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    RetiredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviationSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeviationSteps_DeviationProcesses_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "DeviationProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DeviationAggregates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    ProcessId = table.Column<int>(type: "integer", nullable: false),
                    StepId = table.Column<int>(type: "integer", nullable: true),
                    ReportingOrganisationId = table.Column<int>(type: "integer", nullable: false),
                    ConcernedOrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ImportedByPersonId = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviationAggregates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeviationAggregates_DeviationProcesses_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "DeviationProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeviationAggregates_DeviationSteps_StepId",
                        column: x => x.StepId,
                        principalTable: "DeviationSteps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeviationAggregates_Organisations_ConcernedOrganisationId",
                        column: x => x.ConcernedOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeviationAggregates_Organisations_ReportingOrganisationId",
                        column: x => x.ReportingOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeviationAggregates_People_ImportedByPersonId",
                        column: x => x.ImportedByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "DeviationReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AreaId = table.Column<int>(type: "integer", nullable: false),
                    ReportingOrganisationId = table.Column<int>(type: "integer", nullable: false),
                    ProcessId = table.Column<int>(type: "integer", nullable: false),
                    StepId = table.Column<int>(type: "integer", nullable: false),
                    GoverningDocumentReference = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    GoverningDocumentId = table.Column<int>(type: "integer", nullable: true),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Consequence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReporterReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReportedByPersonId = table.Column<int>(type: "integer", nullable: true),
                    AnswerDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AnsweredByPersonId = table.Column<int>(type: "integer", nullable: true),
                    Analysis = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Measures = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviationReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeviationReports_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeviationReports_DeviationProcesses_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "DeviationProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeviationReports_DeviationSteps_StepId",
                        column: x => x.StepId,
                        principalTable: "DeviationSteps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeviationReports_Organisations_ReportingOrganisationId",
                        column: x => x.ReportingOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeviationReports_People_AnsweredByPersonId",
                        column: x => x.AnsweredByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_DeviationReports_People_ReportedByPersonId",
                        column: x => x.ReportedByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "DeviationConcernedOrganisations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DeviationReportId = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviationConcernedOrganisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeviationConcernedOrganisations_DeviationReports_DeviationR~",
                        column: x => x.DeviationReportId,
                        principalTable: "DeviationReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DeviationConcernedOrganisations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DeviationTransition",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DeviationReportId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ByPersonId = table.Column<int>(type: "integer", nullable: true),
                    ByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    From = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviationTransition", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeviationTransition_DeviationReports_DeviationReportId",
                        column: x => x.DeviationReportId,
                        principalTable: "DeviationReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DeviationTransition_People_ByPersonId",
                        column: x => x.ByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DeviationAggregates_ConcernedOrganisationId",
                table: "DeviationAggregates",
                column: "ConcernedOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationAggregates_ImportedByPersonId",
                table: "DeviationAggregates",
                column: "ImportedByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationAggregates_Month_ProcessId_StepId_ReportingOrganis~",
                table: "DeviationAggregates",
                columns: new[] { "Month", "ProcessId", "StepId", "ReportingOrganisationId", "ConcernedOrganisationId", "Source" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeviationAggregates_ProcessId",
                table: "DeviationAggregates",
                column: "ProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationAggregates_ReportingOrganisationId",
                table: "DeviationAggregates",
                column: "ReportingOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationAggregates_StepId",
                table: "DeviationAggregates",
                column: "StepId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationConcernedOrganisations_DeviationReportId_Organisat~",
                table: "DeviationConcernedOrganisations",
                columns: new[] { "DeviationReportId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeviationConcernedOrganisations_OrganisationId",
                table: "DeviationConcernedOrganisations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationProcesses_Code",
                table: "DeviationProcesses",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_AnsweredByPersonId",
                table: "DeviationReports",
                column: "AnsweredByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_AreaId",
                table: "DeviationReports",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_ProcessId_StepId_OccurredOn",
                table: "DeviationReports",
                columns: new[] { "ProcessId", "StepId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_ReportedByPersonId",
                table: "DeviationReports",
                column: "ReportedByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_ReportingOrganisationId_OccurredOn",
                table: "DeviationReports",
                columns: new[] { "ReportingOrganisationId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_Status_AnswerDueOn",
                table: "DeviationReports",
                columns: new[] { "Status", "AnswerDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_StepId",
                table: "DeviationReports",
                column: "StepId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationSettings_AreaId",
                table: "DeviationSettings",
                column: "AreaId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeviationSteps_ProcessId_Code",
                table: "DeviationSteps",
                columns: new[] { "ProcessId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeviationTransition_ByPersonId",
                table: "DeviationTransition",
                column: "ByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationTransition_DeviationReportId",
                table: "DeviationTransition",
                column: "DeviationReportId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeviationAggregates");

            migrationBuilder.DropTable(
                name: "DeviationConcernedOrganisations");

            migrationBuilder.DropTable(
                name: "DeviationSettings");

            migrationBuilder.DropTable(
                name: "DeviationTransition");

            migrationBuilder.DropTable(
                name: "DeviationReports");

            migrationBuilder.DropTable(
                name: "DeviationSteps");

            migrationBuilder.DropTable(
                name: "DeviationProcesses");
        }
    }
}
