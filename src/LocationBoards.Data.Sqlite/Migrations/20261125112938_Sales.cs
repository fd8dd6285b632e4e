using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocationBoards.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Sales : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every product owned so far is one of its kind.
            migrationBuilder.AddColumn<int>(
                name: "Quantity",
                table: "OwnedProducts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<long>(
                name: "SaleLineId",
                table: "OwnedProducts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SaleId",
                table: "IdempotencyRecords",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SaleId",
                table: "DispatchEvents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Renews",
                table: "CatalogItems",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "TermMonths",
                table: "CatalogItems",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Sales",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClientKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    JobId = table.Column<long>(type: "INTEGER", nullable: false),
                    CustomerId = table.Column<int>(type: "INTEGER", nullable: false),
                    TechnicianId = table.Column<int>(type: "INTEGER", nullable: false),
                    SellerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PaymentMethod = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    PaymentReference = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    AgreedName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Signature = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    AgreedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AgreedTotalMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    TotalMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    RefusalNote = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CopiedFromSaleId = table.Column<long>(type: "INTEGER", nullable: true),
                    DeliveryOrderId = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sales", x => x.Id);
                    table.CheckConstraint("CK_Sales_Total", "\"TotalMinor\" >= 0");
                    table.ForeignKey(
                        name: "FK_Sales_AspNetUsers_SellerUserId",
                        column: x => x.SellerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Sales_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Sales_FieldJobs_JobId",
                        column: x => x.JobId,
                        principalTable: "FieldJobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Sales_Orders_DeliveryOrderId",
                        column: x => x.DeliveryOrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Sales_Sales_CopiedFromSaleId",
                        column: x => x.CopiedFromSaleId,
                        principalTable: "Sales",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Sales_Technicians_TechnicianId",
                        column: x => x.TechnicianId,
                        principalTable: "Technicians",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AccountEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CustomerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SaleId = table.Column<long>(type: "INTEGER", nullable: true),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountEntries", x => x.Id);
                    table.CheckConstraint("CK_AccountEntries_Sign", "(\"Kind\" IN ('Sale', 'OrderChargedToAccount') AND \"AmountMinor\" >= 0) OR (\"Kind\" = 'Payment' AND \"AmountMinor\" <= 0) OR \"Kind\" = 'Adjustment'");
                    table.CheckConstraint("CK_AccountEntries_Source", "(\"Kind\" <> 'Sale' OR \"SaleId\" IS NOT NULL) AND (\"Kind\" <> 'OrderChargedToAccount' OR \"OrderId\" IS NOT NULL)");
                    table.ForeignKey(
                        name: "FK_AccountEntries_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AccountEntries_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AccountEntries_Sales_SaleId",
                        column: x => x.SaleId,
                        principalTable: "Sales",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutboxEmails",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SaleId = table.Column<long>(type: "INTEGER", nullable: true),
                    ToAddress = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ToName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TextBody = table.Column<string>(type: "TEXT", nullable: false),
                    HtmlBody = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FailedPermanently = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxEmails", x => x.Id);
                    table.CheckConstraint("CK_OutboxEmails_Attempts", "\"Attempts\" >= 0");
                    table.ForeignKey(
                        name: "FK_OutboxEmails_Sales_SaleId",
                        column: x => x.SaleId,
                        principalTable: "Sales",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SaleLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SaleId = table.Column<long>(type: "INTEGER", nullable: false),
                    CatalogItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitPriceMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Fulfilment = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SupplyingLocationId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SaleLines", x => x.Id);
                    table.CheckConstraint("CK_SaleLines_Price", "\"UnitPriceMinor\" >= 0");
                    table.CheckConstraint("CK_SaleLines_Quantity", "\"Quantity\" > 0");
                    table.ForeignKey(
                        name: "FK_SaleLines_CatalogItems_CatalogItemId",
                        column: x => x.CatalogItemId,
                        principalTable: "CatalogItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SaleLines_Locations_SupplyingLocationId",
                        column: x => x.SupplyingLocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SaleLines_Sales_SaleId",
                        column: x => x.SaleId,
                        principalTable: "Sales",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SaleStatusChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SaleId = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SaleStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SaleStatusChanges_Sales_SaleId",
                        column: x => x.SaleId,
                        principalTable: "Sales",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HeldServices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CustomerId = table.Column<int>(type: "INTEGER", nullable: false),
                    CatalogItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    ServingLocationId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RenewsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SaleLineId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HeldServices", x => x.Id);
                    table.CheckConstraint("CK_HeldServices_Quantity", "\"Quantity\" > 0");
                    table.ForeignKey(
                        name: "FK_HeldServices_CatalogItems_CatalogItemId",
                        column: x => x.CatalogItemId,
                        principalTable: "CatalogItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HeldServices_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HeldServices_Locations_ServingLocationId",
                        column: x => x.ServingLocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HeldServices_SaleLines_SaleLineId",
                        column: x => x.SaleLineId,
                        principalTable: "SaleLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            // Orders charged to the account so far become the first lines of their customers' accounts, for their
            // totals and dated when placed; a cancelled one is reversed, dated when it was cancelled (its last move),
            // as the hub does from now on (AccountLedger.OrderCharged and OrderCancelled).
            // They run here, before the check constraints and foreign keys below: SQLite adds those by rebuilding their
            // tables, which EF Core does at the end of the migration, and warns of SQL run while a rebuild is pending.
            // They only read Orders and fill the new AccountEntries, so their place changes nothing else.
            migrationBuilder.Sql(
                """
                INSERT INTO "AccountEntries" ("CustomerId", "Kind", "AmountMinor", "OccurredUtc", "Description", "SaleId", "OrderId", "RecordedBy")
                SELECT "CustomerId", 'OrderChargedToAccount', "TotalMinor", "PlacedUtc",
                       'Order ' || "Id" || ' charged to the account', NULL, "Id", 'migration:Sales'
                FROM "Orders"
                WHERE "PaymentMethod" = 'ChargeToAccount'
                ORDER BY "PlacedUtc", "Id";
                """);
            migrationBuilder.Sql(
                """
                INSERT INTO "AccountEntries" ("CustomerId", "Kind", "AmountMinor", "OccurredUtc", "Description", "SaleId", "OrderId", "RecordedBy")
                SELECT "CustomerId", 'Adjustment', -"TotalMinor", COALESCE("LastMovedUtc", "PlacedUtc"),
                       'Order ' || "Id" || ' cancelled: charge reversed', NULL, "Id", 'migration:Sales'
                FROM "Orders"
                WHERE "PaymentMethod" = 'ChargeToAccount' AND "Status" = 'Cancelled'
                ORDER BY "PlacedUtc", "Id";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_OwnedProducts_SaleLineId",
                table: "OwnedProducts",
                column: "SaleLineId",
                unique: true,
                filter: "\"SaleLineId\" IS NOT NULL");

            migrationBuilder.AddCheckConstraint(
                name: "CK_OwnedProducts_Quantity",
                table: "OwnedProducts",
                sql: "\"Quantity\" > 0");

            migrationBuilder.CreateIndex(
                name: "IX_DispatchEvents_SaleId",
                table: "DispatchEvents",
                column: "SaleId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_CatalogItems_Term",
                table: "CatalogItems",
                sql: "(\"TermMonths\" IS NULL AND NOT \"Renews\") OR (\"TermMonths\" BETWEEN 1 AND 120 AND \"Kind\" = 'Service')");

            migrationBuilder.CreateIndex(
                name: "IX_AccountEntries_CustomerId_OccurredUtc",
                table: "AccountEntries",
                columns: new[] { "CustomerId", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AccountEntries_OrderCharged",
                table: "AccountEntries",
                column: "OrderId",
                unique: true,
                filter: "\"Kind\" = 'OrderChargedToAccount'");

            migrationBuilder.CreateIndex(
                name: "IX_AccountEntries_OrderId",
                table: "AccountEntries",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_AccountEntries_SaleBooked",
                table: "AccountEntries",
                columns: new[] { "SaleId", "Kind" },
                unique: true,
                filter: "\"SaleId\" IS NOT NULL AND \"Kind\" IN ('Sale', 'Payment')");

            migrationBuilder.CreateIndex(
                name: "IX_AccountEntries_SaleId",
                table: "AccountEntries",
                column: "SaleId");

            migrationBuilder.CreateIndex(
                name: "IX_HeldServices_CatalogItemId",
                table: "HeldServices",
                column: "CatalogItemId");

            migrationBuilder.CreateIndex(
                name: "IX_HeldServices_CustomerId",
                table: "HeldServices",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_HeldServices_SaleLineId",
                table: "HeldServices",
                column: "SaleLineId",
                unique: true,
                filter: "\"SaleLineId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_HeldServices_ServingLocationId",
                table: "HeldServices",
                column: "ServingLocationId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEmails_FailedPermanently",
                table: "OutboxEmails",
                column: "FailedPermanently");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEmails_MessageId",
                table: "OutboxEmails",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEmails_Pending",
                table: "OutboxEmails",
                column: "NextAttemptUtc",
                filter: "\"SentUtc\" IS NULL AND NOT \"FailedPermanently\"");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEmails_SaleId_Kind",
                table: "OutboxEmails",
                columns: new[] { "SaleId", "Kind" },
                unique: true,
                filter: "\"SaleId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_SaleLines_CatalogItemId",
                table: "SaleLines",
                column: "CatalogItemId");

            migrationBuilder.CreateIndex(
                name: "IX_SaleLines_SaleId",
                table: "SaleLines",
                column: "SaleId");

            migrationBuilder.CreateIndex(
                name: "IX_SaleLines_SupplyingLocationId",
                table: "SaleLines",
                column: "SupplyingLocationId");

            migrationBuilder.CreateIndex(
                name: "IX_Sales_ClientKey",
                table: "Sales",
                column: "ClientKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sales_CopiedFromSaleId",
                table: "Sales",
                column: "CopiedFromSaleId");

            migrationBuilder.CreateIndex(
                name: "IX_Sales_CustomerId_CreatedUtc",
                table: "Sales",
                columns: new[] { "CustomerId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Sales_DeliveryOrderId",
                table: "Sales",
                column: "DeliveryOrderId",
                unique: true,
                filter: "\"DeliveryOrderId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Sales_JobId_InProgress",
                table: "Sales",
                column: "JobId",
                unique: true,
                filter: "\"Status\" IN ('Draft', 'Agreed', 'Submitted')");

            migrationBuilder.CreateIndex(
                name: "IX_Sales_JobId_Status",
                table: "Sales",
                columns: new[] { "JobId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Sales_SellerUserId",
                table: "Sales",
                column: "SellerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Sales_Status_FinishedUtc",
                table: "Sales",
                columns: new[] { "Status", "FinishedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Sales_TechnicianId_Status",
                table: "Sales",
                columns: new[] { "TechnicianId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SaleStatusChanges_SaleId_AtUtc",
                table: "SaleStatusChanges",
                columns: new[] { "SaleId", "AtUtc" });

            migrationBuilder.AddForeignKey(
                name: "FK_DispatchEvents_Sales_SaleId",
                table: "DispatchEvents",
                column: "SaleId",
                principalTable: "Sales",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_OwnedProducts_SaleLines_SaleLineId",
                table: "OwnedProducts",
                column: "SaleLineId",
                principalTable: "SaleLines",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_DispatchEvents_Sales_SaleId",
                table: "DispatchEvents");

            migrationBuilder.DropForeignKey(
                name: "FK_OwnedProducts_SaleLines_SaleLineId",
                table: "OwnedProducts");

            migrationBuilder.DropTable(
                name: "AccountEntries");

            migrationBuilder.DropTable(
                name: "HeldServices");

            migrationBuilder.DropTable(
                name: "OutboxEmails");

            migrationBuilder.DropTable(
                name: "SaleStatusChanges");

            migrationBuilder.DropTable(
                name: "SaleLines");

            migrationBuilder.DropTable(
                name: "Sales");

            migrationBuilder.DropIndex(
                name: "IX_OwnedProducts_SaleLineId",
                table: "OwnedProducts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_OwnedProducts_Quantity",
                table: "OwnedProducts");

            migrationBuilder.DropIndex(
                name: "IX_DispatchEvents_SaleId",
                table: "DispatchEvents");

            migrationBuilder.DropCheckConstraint(
                name: "CK_CatalogItems_Term",
                table: "CatalogItems");

            migrationBuilder.DropColumn(
                name: "Quantity",
                table: "OwnedProducts");

            migrationBuilder.DropColumn(
                name: "SaleLineId",
                table: "OwnedProducts");

            migrationBuilder.DropColumn(
                name: "SaleId",
                table: "IdempotencyRecords");

            migrationBuilder.DropColumn(
                name: "SaleId",
                table: "DispatchEvents");

            migrationBuilder.DropColumn(
                name: "Renews",
                table: "CatalogItems");

            migrationBuilder.DropColumn(
                name: "TermMonths",
                table: "CatalogItems");
        }
    }
}
