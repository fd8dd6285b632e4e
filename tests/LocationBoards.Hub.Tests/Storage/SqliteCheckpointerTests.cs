using LocationBoards.Data.Sqlite;
using LocationBoards.Hub.Tests.Support;
using Microsoft.Data.Sqlite;

namespace LocationBoards.Hub.Tests.Storage;

public sealed class SqliteCheckpointerTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private string _connectionString = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        _connectionString = SqliteStore.ConnectionStringForFile(Path.Combine(_store.DirectoryPath, "checkpoints.db"));
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task A_writers_connection_leaves_checkpoints_to_the_checkpointer_and_other_connections_keep_their_own()
    {
        await using var writer = await SqliteStore.OpenWriterConnectionAsync(_connectionString, SqliteStore.DefaultBusyTimeoutMilliseconds, CancellationToken.None);
        await using var other = await SqliteStore.OpenOwnConnectionAsync(_connectionString, SqliteStore.DefaultBusyTimeoutMilliseconds, CancellationToken.None);

        Assert.Equal(0L, Scalar(writer, "PRAGMA wal_autocheckpoint;"));
        Assert.Equal(1000L, Scalar(other, "PRAGMA wal_autocheckpoint;"));
        Assert.Equal("wal", Scalar(writer, "PRAGMA journal_mode;"));
        Assert.Equal(2L, Scalar(writer, "PRAGMA temp_store;"));
        Assert.Equal(0L, Scalar(other, "PRAGMA temp_store;"));
    }

    [Fact]
    public async Task A_writers_savepoint_kept_in_memory_still_undoes_a_change_of_many_pages_and_keeps_the_others_of_its_transaction()
    {
        await using var writer = await SqliteStore.OpenWriterConnectionAsync(_connectionString, SqliteStore.DefaultBusyTimeoutMilliseconds, CancellationToken.None);
        Execute(writer, "CREATE TABLE Notes (Id INTEGER PRIMARY KEY, Body TEXT NOT NULL);");
        Execute(writer, $"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) INSERT INTO Notes (Body) SELECT '{new string('a', 3000)}' FROM n;");

        using (var transaction = writer.BeginTransaction())
        {
            Execute(writer, "INSERT INTO Notes (Body) VALUES ('kept');", transaction);

            // 200 pages changed inside one savepoint: far past the 64 KiB SQLite would otherwise spill to a file.
            Execute(writer, "SAVEPOINT change;", transaction);
            Execute(writer, $"UPDATE Notes SET Body = '{new string('b', 3000)}' WHERE Body <> 'kept';", transaction);
            Execute(writer, "ROLLBACK TO change; RELEASE change;", transaction);
            transaction.Commit();
        }

        Assert.Equal(201L, Scalar(writer, "SELECT count(*) FROM Notes;"));
        Assert.Equal(0L, Scalar(writer, "SELECT count(*) FROM Notes WHERE Body LIKE 'b%';"));
        Assert.Equal(1L, Scalar(writer, "SELECT count(*) FROM Notes WHERE Body = 'kept';"));
    }

    [Fact]
    public async Task The_writers_log_grows_until_a_checkpoint_copies_it_all_and_then_starts_again_from_its_beginning()
    {
        await using var writer = await SqliteStore.OpenWriterConnectionAsync(_connectionString, SqliteStore.DefaultBusyTimeoutMilliseconds, CancellationToken.None);
        await using var checkpointer = new SqliteCheckpointer(_connectionString, SqliteStore.DefaultBusyTimeoutMilliseconds);
        Execute(writer, "CREATE TABLE Notes (Id INTEGER PRIMARY KEY, Body TEXT NOT NULL);");

        // 1,500 commits of a page each: past the 1,000 pages after which SQLite's own checkpoint would have run.
        for (var i = 0; i < 1500; i++)
        {
            Execute(writer, $"INSERT INTO Notes (Body) VALUES ('{new string('x', 3000)}');");
        }

        var walPath = Path.Combine(_store.DirectoryPath, "checkpoints.db-wal");
        var grown = new FileInfo(walPath).Length;
        Assert.True(grown > 1000 * 4096, $"The log holds {grown} bytes: a checkpoint ran on the writer's connection.");

        var result = await checkpointer.CheckpointAsync(CancellationToken.None);
        Assert.True(result.Complete, $"Checkpoint: {result}");
        Assert.True(result.LogPages >= 1500, $"Checkpoint: {result}");

        Execute(writer, "INSERT INTO Notes (Body) VALUES ('after');");
        var again = await checkpointer.CheckpointAsync(CancellationToken.None);
        Assert.True(again.Complete, $"Checkpoint: {again}");
        Assert.True(again.LogPages < 10, $"The log went on from where it was instead of starting again: {again}");
        Assert.Equal(1501L, Scalar(writer, "SELECT count(*) FROM Notes;"));
    }

    [Fact]
    public async Task A_checkpoint_while_a_reader_holds_an_old_snapshot_copies_what_it_can_and_the_next_one_finishes()
    {
        await using var writer = await SqliteStore.OpenWriterConnectionAsync(_connectionString, SqliteStore.DefaultBusyTimeoutMilliseconds, CancellationToken.None);
        await using var reader = await SqliteStore.OpenOwnConnectionAsync(_connectionString, SqliteStore.DefaultBusyTimeoutMilliseconds, CancellationToken.None);
        await using var checkpointer = new SqliteCheckpointer(_connectionString, SqliteStore.DefaultBusyTimeoutMilliseconds);
        Execute(writer, "CREATE TABLE Notes (Id INTEGER PRIMARY KEY, Body TEXT NOT NULL);");
        Execute(writer, "INSERT INTO Notes (Body) VALUES ('first');");

        using (var snapshot = reader.BeginTransaction(deferred: true))
        {
            Assert.Equal(1L, Scalar(reader, "SELECT count(*) FROM Notes;", snapshot));
            Execute(writer, "INSERT INTO Notes (Body) VALUES ('second');");

            var partial = await checkpointer.CheckpointAsync(CancellationToken.None);
            Assert.False(partial.Complete, $"Checkpoint: {partial}");
            Assert.Equal(1L, Scalar(reader, "SELECT count(*) FROM Notes;", snapshot));
        }

        var full = await checkpointer.CheckpointAsync(CancellationToken.None);
        Assert.True(full.Complete, $"Checkpoint: {full}");
        Assert.Equal(2L, Scalar(reader, "SELECT count(*) FROM Notes;"));
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command.ExecuteScalar();
    }
}
