using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocationBoards.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OpenOrderTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OpenOrderTallies",
                columns: table => new
                {
                    LocationId = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenOrders = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenOrderTallies", x => x.LocationId);
                    table.CheckConstraint("CK_OpenOrderTallies_NotNegative", "\"OpenOrders\" >= 0");
                    table.ForeignKey(
                        name: "FK_OpenOrderTallies_Locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The store keeps the tally itself, so every writer (the order writer's own statements, EF, another node,
            // an admin's SQL) keeps it true; counting the open orders inside the placing transaction grew with them.
            migrationBuilder.Sql(
                $"""
                INSERT INTO "OpenOrderTallies" ("LocationId", "OpenOrders")
                SELECT "LocationId", COUNT(*) FROM "Orders" WHERE "Status" IN {Open} GROUP BY "LocationId";
                """);
            migrationBuilder.Sql(
                $"""
                CREATE TRIGGER "TR_Orders_OpenTally_Insert" AFTER INSERT ON "Orders"
                WHEN NEW."Status" IN {Open}
                BEGIN
                    INSERT INTO "OpenOrderTallies" ("LocationId", "OpenOrders") VALUES (NEW."LocationId", 1)
                    ON CONFLICT ("LocationId") DO UPDATE SET "OpenOrders" = "OpenOrders" + 1;
                END;
                """);
            migrationBuilder.Sql(
                $"""
                CREATE TRIGGER "TR_Orders_OpenTally_Delete" AFTER DELETE ON "Orders"
                WHEN OLD."Status" IN {Open}
                BEGIN
                    UPDATE "OpenOrderTallies" SET "OpenOrders" = "OpenOrders" - 1 WHERE "LocationId" = OLD."LocationId";
                END;
                """);
            migrationBuilder.Sql(
                $"""
                CREATE TRIGGER "TR_Orders_OpenTally_Update" AFTER UPDATE OF "Status", "LocationId" ON "Orders"
                WHEN (OLD."Status" IN {Open}) <> (NEW."Status" IN {Open}) OR (OLD."LocationId" <> NEW."LocationId" AND NEW."Status" IN {Open})
                BEGIN
                    UPDATE "OpenOrderTallies" SET "OpenOrders" = "OpenOrders" - 1
                    WHERE "LocationId" = OLD."LocationId" AND OLD."Status" IN {Open};
                    INSERT INTO "OpenOrderTallies" ("LocationId", "OpenOrders")
                    SELECT NEW."LocationId", 1 WHERE NEW."Status" IN {Open}
                    ON CONFLICT ("LocationId") DO UPDATE SET "OpenOrders" = "OpenOrders" + 1;
                END;
                """);
        }

        /// <summary>The open statuses as SQL: OrderStatus New, InPreparation and Ready, stored by name.</summary>
        private const string Open = "('New', 'InPreparation', 'Ready')";

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "TR_Orders_OpenTally_Insert";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "TR_Orders_OpenTally_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "TR_Orders_OpenTally_Update";""");
            migrationBuilder.DropTable(
                name: "OpenOrderTallies");
        }
    }
}
