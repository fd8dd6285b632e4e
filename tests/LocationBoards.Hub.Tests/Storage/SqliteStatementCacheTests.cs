using LocationBoards.Core.Customers;
using LocationBoards.Data;
using LocationBoards.Data.Sqlite;
using LocationBoards.Hub.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Tests.Storage;

public sealed class SqliteStatementCacheTests : IAsyncLifetime
{
    private static readonly Func<AppDbContext, int, CancellationToken, Task<Customer?>> CustomerById =
        EF.CompileAsyncQuery((AppDbContext db, int id, CancellationToken _) => db.Customers.Include(c => c.Phones).AsNoTracking().FirstOrDefault(c => c.Id == id));

    private TestStore _store = null!;
    private SqliteConnection _writer = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        _writer = await SqliteStore.OpenOwnConnectionAsync(
            SqliteStore.ConnectionStringForFile(Path.Combine(_store.DirectoryPath, "test.db")), SqliteStore.DefaultBusyTimeoutMilliseconds, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _writer.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public void The_same_statement_rented_again_is_the_same_prepared_command_with_the_new_callers_parameters()
    {
        var cache = SqliteStatementCache.Of(_writer)!;
        var first = cache.Rent("SELECT $a + 1", null)!;
        first.Parameters.AddWithValue("$a", 1);
        Assert.Equal(2L, first.ExecuteScalar());

        var again = cache.Rent("SELECT $a + 1", null)!;
        Assert.Same(first, again);
        Assert.Empty(again.Parameters);
        again.Parameters.AddWithValue("$a", 41);
        Assert.Equal(42L, again.ExecuteScalar());
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void A_statement_being_read_is_not_rented_again_until_its_reader_is_closed()
    {
        var cache = SqliteStatementCache.Of(_writer)!;
        var command = cache.Rent("SELECT 1 UNION ALL SELECT 2", null)!;
        var reader = command.ExecuteReader();
        cache.Reading(command, reader);
        Assert.True(reader.Read());

        Assert.Null(cache.Rent("SELECT 1 UNION ALL SELECT 2", null));

        reader.Dispose();
        Assert.Same(command, cache.Rent("SELECT 1 UNION ALL SELECT 2", null));
    }

    [Fact]
    public void Past_its_capacity_the_cache_finalizes_the_least_recently_used_statement()
    {
        var cache = SqliteStatementCache.Of(_writer)!;
        var oldest = cache.Rent("SELECT 0", null)!;
        var kept = cache.Rent("SELECT 1", null)!;
        for (var i = 2; i <= SqliteStatementCache.Capacity; i++)
        {
            Assert.Same(kept, cache.Rent("SELECT 1", null));
            cache.Rent($"SELECT {i}", null);
        }

        Assert.Equal(SqliteStatementCache.Capacity, cache.Count);
        Assert.Same(kept, cache.Rent("SELECT 1", null));
        Assert.NotSame(oldest, cache.Rent("SELECT 0", null));
    }

    [Fact]
    public void Connections_no_writer_attached_have_no_cache()
    {
        using var plain = new SqliteConnection(SqliteStore.ConnectionStringForFile(Path.Combine(_store.DirectoryPath, "test.db")));
        Assert.Null(SqliteStatementCache.Of(plain));
    }

    [Fact]
    public async Task Ef_core_on_a_writer_connection_stores_and_reads_the_same_values_through_prepared_statements_and_a_failed_statement_is_not_kept()
    {
        var ct = CancellationToken.None;
        var cache = SqliteStatementCache.Of(_writer)!;
        var created = new DateTime(2026, 12, 2, 8, 30, 15, 123, DateTimeKind.Utc);
        var ids = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            await using var db = OnWriter();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var customer = NewCustomer($"Ada{i}", created.AddMinutes(i), $"+1503555{i:0000}");
            db.Customers.Add(customer);
            await db.SaveChangesAsync(ct);
            Assert.NotNull(await CustomerById(db, customer.Id, ct));
            await transaction.CommitAsync(ct);
            ids.Add(customer.Id);
        }

        // The same shapes of statement each time: inserts and the query, prepared once each.
        var afterThree = cache.Count;
        Assert.InRange(afterThree, 2, 6);

        // A statement that fails (the same customer and number twice) leaves nothing stored and is not kept half-run.
        await using (var db = OnWriter())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.CustomerPhones.Add(new CustomerPhone { CustomerId = ids[0], Number = "+15035550000" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
            await transaction.RollbackAsync(ct);
        }

        await using (var db = OnWriter())
        {
            var customer = NewCustomer("Grace", created, "+15035559999");
            db.Customers.Add(customer);
            await db.SaveChangesAsync(ct);
            ids.Add(customer.Id);
        }

        // Read back on an ordinary connection: what the cached statements stored is what EF Core stores.
        await using var plain = _store.CreateDbContext();
        for (var i = 0; i < 3; i++)
        {
            var stored = await CustomerById(plain, ids[i], ct);
            Assert.NotNull(stored);
            Assert.Equal($"Ada{i}", stored.FirstName);
            Assert.Equal(created.AddMinutes(i), stored.CreatedUtc);
            Assert.Equal([$"+1503555{i:0000}"], stored.Phones.Select(p => p.Number));
        }

        Assert.Equal("Grace", (await CustomerById(plain, ids[3], ct))!.FirstName);
        Assert.Equal(4, await plain.Customers.CountAsync(ct));
    }

    private AppDbContext OnWriter()
    {
        var db = _store.CreateDbContext();
        db.Database.SetDbConnection(_writer, contextOwnsConnection: false);
        return db;
    }

    private static Customer NewCustomer(string firstName, DateTime createdUtc, string phone) => new()
    {
        FirstName = firstName,
        LastName = "Lovelace",
        BillingAddress = new PostalAddress { Street = "1 Main St", City = "Portland", Postcode = "97201" },
        CreatedUtc = createdUtc,
        Phones = [new CustomerPhone { Number = phone }],
    };
}
