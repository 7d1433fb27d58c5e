using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samsyn.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Cases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RaisedByPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    RaisedForOrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    AgendaItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: true),
                    DecisionText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecisionId = table.Column<int>(type: "INTEGER", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosingComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_AgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Cases_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Cases_Groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "Groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Organisations_RaisedForOrganisationId",
                        column: x => x.RaisedForOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_People_RaisedByPersonId",
                        column: x => x.RaisedByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "CaseOrganisations",
                columns: table => new
                {
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseOrganisations", x => new { x.CaseId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_CaseOrganisations_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseOrganisations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Handovers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromGroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToGroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    Assignment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReportBackBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HandedOverAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HandedOverByPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    DecisionId = table.Column<int>(type: "INTEGER", nullable: true),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReturnedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReportBackText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReportBackLinks = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReportedBackAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReportedBackByPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReportBackAgendaItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReportBackMeetingId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Handovers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Handovers_AgendaItems_ReportBackAgendaItemId",
                        column: x => x.ReportBackAgendaItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Handovers_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Handovers_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Handovers_Groups_FromGroupId",
                        column: x => x.FromGroupId,
                        principalTable: "Groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Handovers_Groups_ToGroupId",
                        column: x => x.ToGroupId,
                        principalTable: "Groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Handovers_Meetings_ReportBackMeetingId",
                        column: x => x.ReportBackMeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Handovers_People_HandedOverByPersonId",
                        column: x => x.HandedOverByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Handovers_People_ReportedBackByPersonId",
                        column: x => x.ReportedBackByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "CaseEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: true),
                    HandoverId = table.Column<int>(type: "INTEGER", nullable: true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseEvents_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseEvents_Groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "Groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseEvents_Handovers_HandoverId",
                        column: x => x.HandoverId,
                        principalTable: "Handovers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseEvents_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseEvents_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_CaseId_Id",
                table: "CaseEvents",
                columns: new[] { "CaseId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_GroupId",
                table: "CaseEvents",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_HandoverId",
                table: "CaseEvents",
                column: "HandoverId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_MeetingId",
                table: "CaseEvents",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_PersonId",
                table: "CaseEvents",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseOrganisations_OrganisationId",
                table: "CaseOrganisations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AgendaItemId",
                table: "Cases",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DecisionId",
                table: "Cases",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_GroupId_Status",
                table: "Cases",
                columns: new[] { "GroupId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_MeetingId",
                table: "Cases",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_RaisedByPersonId",
                table: "Cases",
                column: "RaisedByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_RaisedForOrganisationId",
                table: "Cases",
                column: "RaisedForOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status",
                table: "Cases",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Handovers_CaseId",
                table: "Handovers",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Handovers_DecisionId",
                table: "Handovers",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Handovers_FromGroupId_Status",
                table: "Handovers",
                columns: new[] { "FromGroupId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Handovers_HandedOverByPersonId",
                table: "Handovers",
                column: "HandedOverByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Handovers_ReportBackAgendaItemId",
                table: "Handovers",
                column: "ReportBackAgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Handovers_ReportBackMeetingId",
                table: "Handovers",
                column: "ReportBackMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_Handovers_ReportedBackByPersonId",
                table: "Handovers",
                column: "ReportedBackByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Handovers_Status_ReportBackBy",
                table: "Handovers",
                columns: new[] { "Status", "ReportBackBy" });

            migrationBuilder.CreateIndex(
                name: "IX_Handovers_ToGroupId_Status",
                table: "Handovers",
                columns: new[] { "ToGroupId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseEvents");

            migrationBuilder.DropTable(
                name: "CaseOrganisations");

            migrationBuilder.DropTable(
                name: "Handovers");

            migrationBuilder.DropTable(
                name: "Cases");
        }
    }
}
