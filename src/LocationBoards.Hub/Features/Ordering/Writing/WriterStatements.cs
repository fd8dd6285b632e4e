using LocationBoards.Data.Sqlite;
using LocationBoards.Hub.Infrastructure.Storage;
using Microsoft.Data.Sqlite;

namespace LocationBoards.Hub.Features.Ordering.Writing;

/// <summary>
/// The order writer's statements, each prepared once on its own writer connection (see <see cref="PreparedStatements"/>
/// for the connection's settings) and reused for every batch.
/// </summary>
internal sealed class WriterStatements : PreparedStatements
{
    private WriterStatements(SqliteConnection connection)
        : base(connection)
    {
        IdempotencyRecords = Command(
            """
            SELECT r."Scope", r."Key", r."RequestHash", r."OrderId", r."ExpiresUtc"
            FROM json_each($keys) AS k
            CROSS JOIN "IdempotencyRecords" AS r ON r."Scope" = json_extract(k.value, '$[0]') AND r."Key" = json_extract(k.value, '$[1]')
            """,
            "$keys");
        AvailableStock = Command(
            """
            SELECT s."LocationId", s."CatalogItemId", s."OnHand" - s."Reserved"
            FROM json_each($items) AS i CROSS JOIN "StockLevels" AS s ON s."CatalogItemId" = i.value
            """,
            "$items");
        OpenOrders = Command("""SELECT "LocationId", "OpenOrders" FROM "OpenOrderTallies" """);
        Customers = Command(
            """
            SELECT c."Id", c."FirstName",
                   (SELECT p."Number" FROM "CustomerPhones" AS p WHERE p."CustomerId" = c."Id" ORDER BY p."Id" LIMIT 1)
            FROM json_each($ids) AS i CROSS JOIN "Customers" AS c ON c."Id" = i.value
            """,
            "$ids");
        DeliveryAddresses = Command(
            """
            SELECT a."CustomerId", a."Street", a."Postcode"
            FROM json_each($ids) AS i CROSS JOIN "DeliveryAddresses" AS a ON a."CustomerId" = i.value
            """,
            "$ids");
        PlacedSummary = Command(
            """
            SELECT o."Id", o."CustomerId", o."LocationId", l."Name", json_extract(o."Routing", '$.Explanation'),
                   json_extract(o."Routing", '$.DistanceMetres'), o."DeliveryMethod", o."PaymentMethod", o."Status",
                   o."TotalMinor", o."PlacedUtc", o."DueUtc"
            FROM "Orders" AS o JOIN "Locations" AS l ON l."Id" = o."LocationId"
            WHERE o."Id" = $id
            """,
            "$id");
        LastSequence = Command("""SELECT "LastSequence" FROM "BoardSequences" WHERE "LocationId" = $location""", "$location");
        SaveSequence = Command(
            """
            INSERT INTO "BoardSequences" ("LocationId", "LastSequence") VALUES ($location, $last)
            ON CONFLICT ("LocationId") DO UPDATE SET "LastSequence" = excluded."LastSequence"
            """,
            "$location",
            "$last");
        ReserveStock = ReserveStockCommand();
        InsertOrder = Command(
            """
            INSERT INTO "Orders" ("LocationId", "CustomerId", "Channel", "DeliveryMethod", "PaymentMethod", "DeliveryStreet",
                "DeliveryCity", "DeliveryPostcode", "DeliveryLatitude", "DeliveryLongitude", "Status", "PlacedUtc", "DueUtc",
                "TotalMinor", "PlacedBy", "Version", "Routing")
            VALUES ($location, $customer, $channel, $method, $payment, $street, $city, $postcode, $latitude, $longitude, $status,
                $placed, $due, $total, $placedBy, $version, $routing)
            RETURNING "Id"
            """,
            "$location",
            "$customer",
            "$channel",
            "$method",
            "$payment",
            "$street",
            "$city",
            "$postcode",
            "$latitude",
            "$longitude",
            "$status",
            "$placed",
            "$due",
            "$total",
            "$placedBy",
            "$version",
            "$routing");
        InsertLine = Command(
            """
            INSERT INTO "OrderLines" ("OrderId", "CatalogItemId", "ItemName", "Quantity", "UnitPriceMinor")
            VALUES ($order, $item, $name, $quantity, $price)
            RETURNING "Id"
            """,
            "$order",
            "$item",
            "$name",
            "$quantity",
            "$price");
        InsertBoardEvent = Command(
            """
            INSERT INTO "BoardEvents" ("LocationId", "Sequence", "Kind", "OrderId", "OccurredUtc", "PayloadJson")
            VALUES ($location, $sequence, $kind, $order, $occurred, $payload)
            """,
            "$location",
            "$sequence",
            "$kind",
            "$order",
            "$occurred",
            "$payload");
        DeleteIdempotencyRecord = Command("""DELETE FROM "IdempotencyRecords" WHERE "Scope" = $scope AND "Key" = $key""", "$scope", "$key");
        InsertIdempotencyRecord = Command(
            """
            INSERT INTO "IdempotencyRecords" ("Scope", "Key", "RequestHash", "OrderId", "CreatedUtc", "ExpiresUtc")
            VALUES ($scope, $key, $hash, $order, $created, $expires)
            """,
            "$scope",
            "$key",
            "$hash",
            "$order",
            "$created",
            "$expires");
        InsertAccountEntry = InsertAccountEntryCommand();
    }

    public SqliteCommand IdempotencyRecords { get; }

    public SqliteCommand AvailableStock { get; }

    public SqliteCommand OpenOrders { get; }

    public SqliteCommand Customers { get; }

    public SqliteCommand DeliveryAddresses { get; }

    public SqliteCommand PlacedSummary { get; }

    public SqliteCommand LastSequence { get; }

    public SqliteCommand SaveSequence { get; }

    public SqliteCommand ReserveStock { get; }

    public SqliteCommand InsertOrder { get; }

    public SqliteCommand InsertLine { get; }

    public SqliteCommand InsertBoardEvent { get; }

    public SqliteCommand DeleteIdempotencyRecord { get; }

    public SqliteCommand InsertIdempotencyRecord { get; }

    public SqliteCommand InsertAccountEntry { get; }

    public static async Task<WriterStatements> OpenAsync(string connectionString, int busyTimeoutMilliseconds, CancellationToken cancellationToken)
    {
        var connection = await SqliteStore.OpenWriterConnectionAsync(connectionString, busyTimeoutMilliseconds, cancellationToken);
        return new WriterStatements(connection);
    }
}
