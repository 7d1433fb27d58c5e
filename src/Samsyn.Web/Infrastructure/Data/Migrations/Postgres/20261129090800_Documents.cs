using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Samsyn.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Documents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "MeetingId",
                table: "Decisions",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<int>(
                name: "AgendaItemId",
                table: "Decisions",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<int>(
                name: "CaseId",
                table: "Decisions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DecidedOn",
                table: "Decisions",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<int>(
                name: "DeviationReportId",
                table: "Decisions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "GroupId",
                table: "Decisions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Decisions from the minutes name their meeting's group and day (the meeting's date; before this migration every decision was one).
            migrationBuilder.Sql("""
                UPDATE "Decisions" AS d SET "GroupId" = m."GroupId", "DecidedOn" = (m."StartsAt" AT TIME ZONE 'Europe/Stockholm')::date FROM "Meetings" AS m WHERE m."Id" = d."MeetingId";
                """);

            migrationBuilder.CreateTable(
                name: "GoverningDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AreaId = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    IsInternal = table.Column<bool>(type: "boolean", nullable: false),
                    PreparedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PreparedByPersonId = table.Column<int>(type: "integer", nullable: true),
                    PreparedByGroupId = table.Column<int>(type: "integer", nullable: true),
                    ApprovingGroupId = table.Column<int>(type: "integer", nullable: false),
                    OwnerGroupId = table.Column<int>(type: "integer", nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewIntervalMonths = table.Column<int>(type: "integer", nullable: true),
                    NextRevisionDue = table.Column<DateOnly>(type: "date", nullable: true),
                    RevisionDueSetByHand = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoverningDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoverningDocuments_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GoverningDocuments_Groups_ApprovingGroupId",
                        column: x => x.ApprovingGroupId,
                        principalTable: "Groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GoverningDocuments_Groups_OwnerGroupId",
                        column: x => x.OwnerGroupId,
                        principalTable: "Groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GoverningDocuments_Groups_PreparedByGroupId",
                        column: x => x.PreparedByGroupId,
                        principalTable: "Groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GoverningDocuments_People_PreparedByPersonId",
                        column: x => x.PreparedByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DecisionDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DecisionId = table.Column<int>(type: "integer", nullable: false),
                    DocumentId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecisionDocuments_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DecisionDocuments_GoverningDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "GoverningDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DocumentVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: true),
                    ChangeNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApprovalDecisionId = table.Column<int>(type: "integer", nullable: true),
                    ApprovalRecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ApprovalRecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentVersions_Decisions_ApprovalDecisionId",
                        column: x => x.ApprovalDecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DocumentVersions_GoverningDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "GoverningDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DocumentFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VersionId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UploadedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentFiles_DocumentVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "DocumentVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Exemptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    DocumentVersionId = table.Column<int>(type: "integer", nullable: false),
                    DecisionId = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: false),
                    RevokedFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ReturnConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReturnConfirmedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReturnNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Exemptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Exemptions_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Exemptions_DocumentVersions_DocumentVersionId",
                        column: x => x.DocumentVersionId,
                        principalTable: "DocumentVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Exemptions_GoverningDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "GoverningDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DocumentFileContents",
                columns: table => new
                {
                    DocumentFileId = table.Column<int>(type: "integer", nullable: false),
                    Data = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentFileContents", x => x.DocumentFileId);
                    table.ForeignKey(
                        name: "FK_DocumentFileContents_DocumentFiles_DocumentFileId",
                        column: x => x.DocumentFileId,
                        principalTable: "DocumentFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExemptionEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ExemptionId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DecisionId = table.Column<int>(type: "integer", nullable: true),
                    PreviousValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExemptionEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExemptionEvents_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExemptionEvents_Exemptions_ExemptionId",
                        column: x => x.ExemptionId,
                        principalTable: "Exemptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExemptionOrganisations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ExemptionId = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExemptionOrganisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExemptionOrganisations_Exemptions_ExemptionId",
                        column: x => x.ExemptionId,
                        principalTable: "Exemptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExemptionOrganisations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_GroupId_DecidedOn",
                table: "Decisions",
                columns: new[] { "GroupId", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DecisionDocuments_DecisionId_DocumentId",
                table: "DecisionDocuments",
                columns: new[] { "DecisionId", "DocumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DecisionDocuments_DocumentId",
                table: "DecisionDocuments",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentFiles_VersionId",
                table: "DocumentFiles",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentVersions_ApprovalDecisionId",
                table: "DocumentVersions",
                column: "ApprovalDecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentVersions_DocumentId_Number",
                table: "DocumentVersions",
                columns: new[] { "DocumentId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExemptionEvents_DecisionId",
                table: "ExemptionEvents",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_ExemptionEvents_ExemptionId",
                table: "ExemptionEvents",
                column: "ExemptionId");

            migrationBuilder.CreateIndex(
                name: "IX_ExemptionOrganisations_ExemptionId_OrganisationId",
                table: "ExemptionOrganisations",
                columns: new[] { "ExemptionId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExemptionOrganisations_OrganisationId",
                table: "ExemptionOrganisations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Exemptions_DecisionId",
                table: "Exemptions",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Exemptions_DocumentId",
                table: "Exemptions",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_Exemptions_DocumentVersionId",
                table: "Exemptions",
                column: "DocumentVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_Exemptions_ValidFrom_ValidTo",
                table: "Exemptions",
                columns: new[] { "ValidFrom", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_GoverningDocuments_ApprovingGroupId",
                table: "GoverningDocuments",
                column: "ApprovingGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_GoverningDocuments_AreaId_Type",
                table: "GoverningDocuments",
                columns: new[] { "AreaId", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_GoverningDocuments_NextRevisionDue",
                table: "GoverningDocuments",
                column: "NextRevisionDue");

            migrationBuilder.CreateIndex(
                name: "IX_GoverningDocuments_OwnerGroupId",
                table: "GoverningDocuments",
                column: "OwnerGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_GoverningDocuments_PreparedByGroupId",
                table: "GoverningDocuments",
                column: "PreparedByGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_GoverningDocuments_PreparedByPersonId",
                table: "GoverningDocuments",
                column: "PreparedByPersonId");

            migrationBuilder.AddForeignKey(
                name: "FK_Decisions_Groups_GroupId",
                table: "Decisions",
                column: "GroupId",
                principalTable: "Groups",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Decisions_Groups_GroupId",
                table: "Decisions");

            migrationBuilder.DropTable(
                name: "DecisionDocuments");

            migrationBuilder.DropTable(
                name: "DocumentFileContents");

            migrationBuilder.DropTable(
                name: "ExemptionEvents");

            migrationBuilder.DropTable(
                name: "ExemptionOrganisations");

            migrationBuilder.DropTable(
                name: "DocumentFiles");

            migrationBuilder.DropTable(
                name: "Exemptions");

            migrationBuilder.DropTable(
                name: "DocumentVersions");

            migrationBuilder.DropTable(
                name: "GoverningDocuments");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_GroupId_DecidedOn",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "CaseId",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "DecidedOn",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "DeviationReportId",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "GroupId",
                table: "Decisions");

            migrationBuilder.AlterColumn<int>(
                name: "MeetingId",
                table: "Decisions",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "AgendaItemId",
                table: "Decisions",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);
        }
    }
}
