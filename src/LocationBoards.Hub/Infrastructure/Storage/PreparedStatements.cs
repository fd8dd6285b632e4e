using Microsoft.Data.Sqlite;

namespace LocationBoards.Hub.Infrastructure.Storage;

/// <summary>
/// A writer's own long-lived connection and the statements it runs again and again, each prepared once and reused
/// for every batch (preparing a statement costs more than running it). The connection is the store's writer
/// connection (<c>SqliteStore.OpenWriterConnectionAsync</c>): same settings as every other, no automatic checkpoint,
/// statement journals in memory.
/// </summary>
internal abstract class PreparedStatements(SqliteConnection connection) : IAsyncDisposable
{
    private readonly List<SqliteCommand> _commands = [];

    public SqliteConnection Connection { get; } = connection;

    /// <summary>Every statement runs in the batch's transaction.</summary>
    public void Enlist(SqliteTransaction transaction)
    {
        foreach (var command in _commands)
        {
            command.Transaction = transaction;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands)
        {
            await command.DisposeAsync();
        }

        await Connection.DisposeAsync();
    }

    /// <summary>Reserves <c>$quantity</c> of an item at a location if that much is free; changes no row otherwise.</summary>
    protected SqliteCommand ReserveStockCommand() => Command(
        """
        UPDATE "StockLevels" SET "Reserved" = "Reserved" + $quantity, "Version" = "Version" + 1
        WHERE "LocationId" = $location AND "CatalogItemId" = $item AND "OnHand" - "Reserved" >= $quantity
        """,
        "$quantity", "$location", "$item");

    /// <summary>One entry in a customer's account ledger (an order charged, a sale, a payment).</summary>
    protected SqliteCommand InsertAccountEntryCommand() => Command(
        """
        INSERT INTO "AccountEntries" ("CustomerId", "Kind", "AmountMinor", "OccurredUtc", "Description", "SaleId", "OrderId", "RecordedBy")
        VALUES ($customer, $kind, $amount, $occurred, $description, $sale, $order, $recordedBy)
        """,
        "$customer", "$kind", "$amount", "$occurred", "$description", "$sale", "$order", "$recordedBy");

    protected SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        _commands.Add(command);
        return command;
    }
}
