using LocationBoards.Data.Sqlite;
using LocationBoards.Hub.Infrastructure.Storage;
using Microsoft.Data.Sqlite;

namespace LocationBoards.Hub.Features.Sales.Writing;

/// <summary>
/// The statements every sale change runs, each prepared once on the sale writer's own connection (see
/// <see cref="PreparedStatements"/> for the connection's settings) and reused (EF Core's change tracking and command
/// building cost the writer more than SQLite's work).
/// </summary>
internal sealed class SaleStatements : PreparedStatements
{
    private const string SaleColumns = """
        "Id", "ClientKey", "Channel", "JobId", "CustomerId", "TechnicianId", "SellerUserId", "Status", "PaymentMethod",
        "PaymentReference", "AgreedName", "Signature", "AgreedUtc", "AgreedTotalMinor", "TotalMinor", "CreatedUtc",
        "SubmittedUtc", "FinishedUtc", "RefusalReason", "RefusalNote", "CopiedFromSaleId", "DeliveryOrderId", "Version"
        """;

    private SaleStatements(SqliteConnection connection)
        : base(connection)
    {
        SaleById = Command($"""SELECT {SaleColumns} FROM "Sales" WHERE "Id" = $id""", "$id");
        SaleByClientKey = Command($"""SELECT {SaleColumns} FROM "Sales" WHERE "ClientKey" = $key""", "$key");
        InProgressOnJob = Command(
            """SELECT "Id" FROM "Sales" WHERE "JobId" = $job AND "Status" IN ('Draft', 'Agreed', 'Submitted') LIMIT 1""", "$job");
        LinesOf = Command(
            """
            SELECT "Id", "CatalogItemId", "ItemName", "Quantity", "UnitPriceMinor", "Fulfilment", "SupplyingLocationId"
            FROM "SaleLines" WHERE "SaleId" = $sale ORDER BY "Id"
            """,
            "$sale");
        HistoryOf = Command(
            """SELECT "Id", "From", "To", "AtUtc", "By", "Note" FROM "SaleStatusChanges" WHERE "SaleId" = $sale ORDER BY "Id" """, "$sale");
        InsertSale = Command(
            """
            INSERT INTO "Sales" ("ClientKey", "Channel", "JobId", "CustomerId", "TechnicianId", "SellerUserId", "Status", "PaymentMethod",
                "PaymentReference", "AgreedName", "Signature", "AgreedUtc", "AgreedTotalMinor", "TotalMinor", "CreatedUtc", "SubmittedUtc",
                "FinishedUtc", "RefusalReason", "RefusalNote", "CopiedFromSaleId", "DeliveryOrderId", "Version")
            VALUES ($key, $channel, $job, $customer, $technician, $seller, $status, $payment, $reference, $agreedName, $signature,
                $agreedUtc, $agreedTotal, $total, $created, $submitted, $finished, $reason, $note, $copiedFrom, $deliveryOrder, $version)
            RETURNING "Id"
            """,
            "$key", "$channel", "$job", "$customer", "$technician", "$seller", "$status", "$payment", "$reference", "$agreedName", "$signature",
            "$agreedUtc", "$agreedTotal", "$total", "$created", "$submitted", "$finished", "$reason", "$note", "$copiedFrom", "$deliveryOrder", "$version");
        UpdateSale = Command(
            """
            UPDATE "Sales" SET "Status" = $status, "PaymentMethod" = $payment, "PaymentReference" = $reference, "AgreedName" = $agreedName,
                "Signature" = $signature, "AgreedUtc" = $agreedUtc, "AgreedTotalMinor" = $agreedTotal, "TotalMinor" = $total,
                "SubmittedUtc" = $submitted, "FinishedUtc" = $finished, "RefusalReason" = $reason, "RefusalNote" = $note,
                "DeliveryOrderId" = $deliveryOrder, "Version" = $version
            WHERE "Id" = $id AND "Version" = $stored
            """,
            "$status", "$payment", "$reference", "$agreedName", "$signature", "$agreedUtc", "$agreedTotal", "$total", "$submitted", "$finished",
            "$reason", "$note", "$deliveryOrder", "$version", "$id", "$stored");
        InsertLine = Command(
            """
            INSERT INTO "SaleLines" ("SaleId", "CatalogItemId", "ItemName", "Quantity", "UnitPriceMinor", "Fulfilment", "SupplyingLocationId")
            VALUES ($sale, $item, $name, $quantity, $price, $fulfilment, $location)
            RETURNING "Id"
            """,
            "$sale", "$item", "$name", "$quantity", "$price", "$fulfilment", "$location");
        UpdateLine = Command(
            """
            UPDATE "SaleLines" SET "CatalogItemId" = $item, "ItemName" = $name, "Quantity" = $quantity, "UnitPriceMinor" = $price,
                "Fulfilment" = $fulfilment, "SupplyingLocationId" = $location
            WHERE "Id" = $id AND "SaleId" = $sale
            """,
            "$item", "$name", "$quantity", "$price", "$fulfilment", "$location", "$id", "$sale");
        DeleteLinesNotIn = Command(
            """DELETE FROM "SaleLines" WHERE "SaleId" = $sale AND "Id" NOT IN (SELECT value FROM json_each($keep))""", "$sale", "$keep");
        InsertHistory = Command(
            """
            INSERT INTO "SaleStatusChanges" ("SaleId", "From", "To", "AtUtc", "By", "Note") VALUES ($sale, $from, $to, $at, $by, $note)
            RETURNING "Id"
            """,
            "$sale", "$from", "$to", "$at", "$by", "$note");
        NextDispatchSequence = Command(
            """
            INSERT INTO "DispatchSequences" ("Id", "LastSequence") VALUES ($id, 1)
            ON CONFLICT ("Id") DO UPDATE SET "LastSequence" = "DispatchSequences"."LastSequence" + 1
            RETURNING "LastSequence"
            """,
            "$id");
        InsertDispatchEvent = Command(
            """
            INSERT INTO "DispatchEvents" ("Sequence", "Kind", "JobId", "SaleId", "TechnicianId", "OccurredUtc", "PayloadJson")
            VALUES ($sequence, $kind, $job, $sale, $technician, $occurred, $payload)
            """,
            "$sequence", "$kind", "$job", "$sale", "$technician", "$occurred", "$payload");
        ReserveStock = ReserveStockCommand();
        InsertAccountEntry = InsertAccountEntryCommand();
        InsertOwnedProduct = Command(
            """
            INSERT INTO "OwnedProducts" ("CustomerId", "CatalogItemId", "AcquiredOn", "SerialNumber", "Quantity", "SaleLineId")
            VALUES ($customer, $item, $acquired, $serial, $quantity, $line)
            """,
            "$customer", "$item", "$acquired", "$serial", "$quantity", "$line");
        InsertHeldService = Command(
            """
            INSERT INTO "HeldServices" ("CustomerId", "CatalogItemId", "ServiceName", "Quantity", "ServingLocationId", "StartsOn", "EndsOn",
                "RenewsOn", "SaleLineId")
            VALUES ($customer, $item, $name, $quantity, $location, $starts, $ends, $renews, $line)
            """,
            "$customer", "$item", "$name", "$quantity", "$location", "$starts", "$ends", "$renews", "$line");
        InsertOutboxEmail = Command(
            """
            INSERT INTO "OutboxEmails" ("MessageId", "Kind", "SaleId", "ToAddress", "ToName", "Subject", "TextBody", "HtmlBody", "CreatedUtc",
                "Attempts", "NextAttemptUtc", "SentUtc", "FailedPermanently", "LastError", "Version")
            VALUES ($messageId, $kind, $sale, $to, $toName, $subject, $text, $html, $created, $attempts, $next, $sent, $failed, $error, $version)
            """,
            "$messageId", "$kind", "$sale", "$to", "$toName", "$subject", "$text", "$html", "$created", "$attempts", "$next", "$sent", "$failed",
            "$error", "$version");
        UserContact = Command("""SELECT "DisplayName", "Email" FROM "AspNetUsers" WHERE "Id" = $id""", "$id");
        JobById = Command(
            """
            SELECT "Id", "CustomerId", "OwnedProductId", "Symptoms", "Latitude", "Longitude", "AddressText", "DeliveryAddressId", "Priority",
                "SkillNeeded", "TechnicianId", "Status", "CancelReason", "OverrideReason", "OrderId", "CreatedUtc", "CreatedBy", "Version"
            FROM "FieldJobs" WHERE "Id" = $id
            """,
            "$id");
        CustomerById = Command(
            """
            SELECT "Id", "FirstName", "LastName", "Email", "BillingStreet", "BillingCity", "BillingPostcode", "PrefersPerson", "CreatedUtc", "Version"
            FROM "Customers" WHERE "Id" = $id
            """,
            "$id");
        TechnicianById = Command(
            """
            SELECT "Id", "UserId", "Name", "Email", "HomeLocationId", "SupervisorUserId", "IsActive", "Version"
            FROM "Technicians" WHERE "Id" = $id
            """,
            "$id");
        CatalogItems = Command(
            """
            SELECT c."Id", c."Sku", c."Name", c."Category", c."Kind", c."Icon", c."PriceMinor", c."Description", c."IsActive", c."SkillNeeded",
                c."TermMonths", c."Renews", c."Version"
            FROM json_each($ids) AS i CROSS JOIN "CatalogItems" AS c ON c."Id" = i.value
            """,
            "$ids");
        LocationZones = Command("""SELECT "Id", "TimeZoneId" FROM "Locations" """);
        Savepoint = Command("SAVEPOINT change");
        ReleaseSavepoint = Command("RELEASE change");
        RollbackToSavepoint = Command("ROLLBACK TO change");
    }

    public SqliteCommand SaleById { get; }

    public SqliteCommand SaleByClientKey { get; }

    public SqliteCommand InProgressOnJob { get; }

    public SqliteCommand LinesOf { get; }

    public SqliteCommand HistoryOf { get; }

    public SqliteCommand InsertSale { get; }

    public SqliteCommand UpdateSale { get; }

    public SqliteCommand InsertLine { get; }

    public SqliteCommand UpdateLine { get; }

    public SqliteCommand DeleteLinesNotIn { get; }

    public SqliteCommand InsertHistory { get; }

    public SqliteCommand NextDispatchSequence { get; }

    public SqliteCommand InsertDispatchEvent { get; }

    public SqliteCommand ReserveStock { get; }

    public SqliteCommand InsertAccountEntry { get; }

    public SqliteCommand InsertOwnedProduct { get; }

    public SqliteCommand InsertHeldService { get; }

    public SqliteCommand InsertOutboxEmail { get; }

    public SqliteCommand UserContact { get; }

    public SqliteCommand JobById { get; }

    public SqliteCommand CustomerById { get; }

    public SqliteCommand TechnicianById { get; }

    public SqliteCommand CatalogItems { get; }

    public SqliteCommand LocationZones { get; }

    /// <summary>Each change of a batch runs inside this savepoint, released when it succeeds and rolled back to when it fails.</summary>
    public SqliteCommand Savepoint { get; }

    public SqliteCommand ReleaseSavepoint { get; }

    public SqliteCommand RollbackToSavepoint { get; }

    public static async Task<SaleStatements> OpenAsync(string connectionString, int busyTimeoutMilliseconds, CancellationToken cancellationToken)
    {
        var connection = await SqliteStore.OpenWriterConnectionAsync(connectionString, busyTimeoutMilliseconds, cancellationToken);
        return new SaleStatements(connection);
    }
}
