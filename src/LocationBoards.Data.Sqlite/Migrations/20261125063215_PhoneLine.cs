using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocationBoards.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PhoneLine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PhoneCalls",
                columns: table => new
                {
                    CallSid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CustomerId = table.Column<int>(type: "INTEGER", nullable: true),
                    HouseholdCustomerIds = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UsualItemIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    Cart = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SpeedDialCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    PlacingAttempt = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: true),
                    StartedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhoneCalls", x => x.CallSid);
                });

            migrationBuilder.CreateTable(
                name: "PhoneTransfers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CallSid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Caller = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CustomerId = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TransferredUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhoneTransfers", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Status_LocationId",
                table: "Orders",
                columns: new[] { "Status", "LocationId" });

            migrationBuilder.CreateIndex(
                name: "IX_PhoneCalls_StartedUtc",
                table: "PhoneCalls",
                column: "StartedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_PhoneTransfers_CallSid",
                table: "PhoneTransfers",
                column: "CallSid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PhoneTransfers_TransferredUtc",
                table: "PhoneTransfers",
                column: "TransferredUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PhoneCalls");

            migrationBuilder.DropTable(
                name: "PhoneTransfers");

            migrationBuilder.DropIndex(
                name: "IX_Orders_Status_LocationId",
                table: "Orders");
        }
    }
}
