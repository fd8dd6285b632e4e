using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocationBoards.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Dispatch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "JobId",
                table: "IdempotencyRecords",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DispatchSequences",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSequence = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DispatchSequences", x => x.Id);
                    table.CheckConstraint("CK_DispatchSequences_SingleRow", "\"Id\" = 1");
                });

            migrationBuilder.CreateTable(
                name: "Technicians",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    HomeLocationId = table.Column<int>(type: "INTEGER", nullable: false),
                    SupervisorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Technicians", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Technicians_AspNetUsers_SupervisorUserId",
                        column: x => x.SupervisorUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Technicians_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Technicians_Locations_HomeLocationId",
                        column: x => x.HomeLocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FieldJobs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CustomerId = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnedProductId = table.Column<int>(type: "INTEGER", nullable: true),
                    Symptoms = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    AddressText = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DeliveryAddressId = table.Column<int>(type: "INTEGER", nullable: true),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SkillNeeded = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    TechnicianId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldJobs", x => x.Id);
                    table.CheckConstraint("CK_FieldJobs_Place", "\"Latitude\" BETWEEN -90 AND 90 AND \"Longitude\" BETWEEN -180 AND 180");
                    table.ForeignKey(
                        name: "FK_FieldJobs_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FieldJobs_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FieldJobs_OwnedProducts_OwnedProductId",
                        column: x => x.OwnedProductId,
                        principalTable: "OwnedProducts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_FieldJobs_Technicians_TechnicianId",
                        column: x => x.TechnicianId,
                        principalTable: "Technicians",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PositionBreadcrumbs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TechnicianId = table.Column<int>(type: "INTEGER", nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PositionBreadcrumbs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PositionBreadcrumbs_Technicians_TechnicianId",
                        column: x => x.TechnicianId,
                        principalTable: "Technicians",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ShiftIntervals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TechnicianId = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Starts = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShiftIntervals", x => x.Id);
                    table.CheckConstraint("CK_ShiftIntervals_Duration", "\"DurationMinutes\" > 0 AND \"DurationMinutes\" <= 1440");
                    table.ForeignKey(
                        name: "FK_ShiftIntervals_Technicians_TechnicianId",
                        column: x => x.TechnicianId,
                        principalTable: "Technicians",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TechnicianSkills",
                columns: table => new
                {
                    TechnicianId = table.Column<int>(type: "INTEGER", nullable: false),
                    Skill = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TechnicianSkills", x => new { x.TechnicianId, x.Skill });
                    table.ForeignKey(
                        name: "FK_TechnicianSkills_Technicians_TechnicianId",
                        column: x => x.TechnicianId,
                        principalTable: "Technicians",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DispatchEvents",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    JobId = table.Column<long>(type: "INTEGER", nullable: false),
                    TechnicianId = table.Column<int>(type: "INTEGER", nullable: true),
                    OccurredUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PayloadJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DispatchEvents", x => x.Sequence);
                    table.ForeignKey(
                        name: "FK_DispatchEvents_FieldJobs_JobId",
                        column: x => x.JobId,
                        principalTable: "FieldJobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JobStatusChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JobId = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TechnicianId = table.Column<int>(type: "INTEGER", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JobStatusChanges_FieldJobs_JobId",
                        column: x => x.JobId,
                        principalTable: "FieldJobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DispatchEvents_JobId",
                table: "DispatchEvents",
                column: "JobId");

            migrationBuilder.CreateIndex(
                name: "IX_FieldJobs_CustomerId_CreatedUtc",
                table: "FieldJobs",
                columns: new[] { "CustomerId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_FieldJobs_OrderId",
                table: "FieldJobs",
                column: "OrderId",
                unique: true,
                filter: "\"OrderId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_FieldJobs_OwnedProductId",
                table: "FieldJobs",
                column: "OwnedProductId");

            migrationBuilder.CreateIndex(
                name: "IX_FieldJobs_Status_Priority",
                table: "FieldJobs",
                columns: new[] { "Status", "Priority" });

            migrationBuilder.CreateIndex(
                name: "IX_FieldJobs_TechnicianId_Status",
                table: "FieldJobs",
                columns: new[] { "TechnicianId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_JobStatusChanges_JobId_AtUtc",
                table: "JobStatusChanges",
                columns: new[] { "JobId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PositionBreadcrumbs_RecordedUtc",
                table: "PositionBreadcrumbs",
                column: "RecordedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_PositionBreadcrumbs_TechnicianId_RecordedUtc",
                table: "PositionBreadcrumbs",
                columns: new[] { "TechnicianId", "RecordedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ShiftIntervals_TechnicianId_Day",
                table: "ShiftIntervals",
                columns: new[] { "TechnicianId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_Technicians_HomeLocationId",
                table: "Technicians",
                column: "HomeLocationId");

            migrationBuilder.CreateIndex(
                name: "IX_Technicians_SupervisorUserId",
                table: "Technicians",
                column: "SupervisorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Technicians_UserId",
                table: "Technicians",
                column: "UserId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DispatchEvents");

            migrationBuilder.DropTable(
                name: "DispatchSequences");

            migrationBuilder.DropTable(
                name: "JobStatusChanges");

            migrationBuilder.DropTable(
                name: "PositionBreadcrumbs");

            migrationBuilder.DropTable(
                name: "ShiftIntervals");

            migrationBuilder.DropTable(
                name: "TechnicianSkills");

            migrationBuilder.DropTable(
                name: "FieldJobs");

            migrationBuilder.DropTable(
                name: "Technicians");

            migrationBuilder.DropColumn(
                name: "JobId",
                table: "IdempotencyRecords");
        }
    }
}
