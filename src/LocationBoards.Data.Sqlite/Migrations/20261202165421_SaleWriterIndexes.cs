using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocationBoards.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SaleWriterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sales_JobId_Status",
                table: "Sales");

            migrationBuilder.DropIndex(
                name: "IX_Sales_TechnicianId_Status",
                table: "Sales");

            migrationBuilder.DropIndex(
                name: "IX_OutboxEmails_FailedPermanently",
                table: "OutboxEmails");

            migrationBuilder.DropIndex(
                name: "IX_AccountEntries_OrderId",
                table: "AccountEntries");

            migrationBuilder.DropIndex(
                name: "IX_AccountEntries_SaleId",
                table: "AccountEntries");

            migrationBuilder.CreateIndex(
                name: "IX_Sales_TechnicianId",
                table: "Sales",
                column: "TechnicianId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEmails_Failed",
                table: "OutboxEmails",
                column: "FailedPermanently",
                filter: "\"FailedPermanently\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sales_TechnicianId",
                table: "Sales");

            migrationBuilder.DropIndex(
                name: "IX_OutboxEmails_Failed",
                table: "OutboxEmails");

            migrationBuilder.CreateIndex(
                name: "IX_Sales_JobId_Status",
                table: "Sales",
                columns: new[] { "JobId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Sales_TechnicianId_Status",
                table: "Sales",
                columns: new[] { "TechnicianId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEmails_FailedPermanently",
                table: "OutboxEmails",
                column: "FailedPermanently");

            migrationBuilder.CreateIndex(
                name: "IX_AccountEntries_OrderId",
                table: "AccountEntries",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_AccountEntries_SaleId",
                table: "AccountEntries",
                column: "SaleId");
        }
    }
}
