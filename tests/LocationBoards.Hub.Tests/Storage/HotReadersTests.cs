using LocationBoards.Core.Customers;
using LocationBoards.Data;
using LocationBoards.Hub.Features.Ordering;
using LocationBoards.Hub.Infrastructure.Storage;
using LocationBoards.Hub.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Tests.Storage;

public sealed class HotReadersTests : IAsyncLifetime
{
    private TestStore _store = null!;

    public async Task InitializeAsync() => _store = await TestStore.CreateAsync();

    public async Task DisposeAsync() => await _store.DisposeAsync();

    private HotReaders NewReaders() => new(_store, Options.Create(new StorageOptions()));

    [Fact]
    public async Task A_customers_saved_address_proves_the_customer_another_customers_does_not_and_an_unknown_customer_does_not_exist()
    {
        await using var readers = NewReaders();
        var (ada, adasHome) = await AddCustomerAsync("Ada", "1 Main St", 45.52, -122.68);
        var (grace, gracesHome) = await AddCustomerAsync("Grace", "2 Oak Ave", 45.50, -122.60);

        var own = await readers.ReadAsync((ada, (int?)adasHome), CustomerChecks.Check, CancellationToken.None);
        Assert.True(own.CustomerExists);
        Assert.NotNull(own.Saved);
        Assert.Equal(adasHome, own.Saved.Id);
        Assert.Equal(ada, own.Saved.CustomerId);
        Assert.Equal("1 Main St", own.Saved.Address.Street);
        Assert.Equal("Portland", own.Saved.Address.City);
        Assert.Equal(45.52, own.Saved.Latitude);
        Assert.Equal(-122.68, own.Saved.Longitude);

        // Someone else's address is not found, though the customer is.
        var others = await readers.ReadAsync((ada, (int?)gracesHome), CustomerChecks.Check, CancellationToken.None);
        Assert.Null(others.Saved);
        Assert.True(others.CustomerExists);

        var noAddress = await readers.ReadAsync((grace, (int?)null), CustomerChecks.Check, CancellationToken.None);
        Assert.Equal((null, true), (noAddress.Saved, noAddress.CustomerExists));

        var unknown = await readers.ReadAsync((grace + 1000, (int?)gracesHome), CustomerChecks.Check, CancellationToken.None);
        Assert.Equal((null, false), (unknown.Saved, unknown.CustomerExists));
    }

    [Fact]
    public async Task A_connection_is_used_again_by_the_next_reader_and_one_whose_read_failed_is_never_used_again()
    {
        await using var readers = NewReaders();
        var first = await readers.ReadAsync(0, (_, connection, _) => connection, CancellationToken.None);
        var second = await readers.ReadAsync(0, (_, connection, _) => connection, CancellationToken.None);
        Assert.Same(first, second);

        await Assert.ThrowsAsync<SqliteException>(async () => await readers.ReadAsync(0, (statements, _, _) =>
            statements.Rent("SELECT * FROM \"NoSuchTable\"", transaction: null)!.ExecuteScalar(), CancellationToken.None));

        var after = await readers.ReadAsync(0, (_, connection, _) => connection, CancellationToken.None);
        Assert.NotSame(first, after);
        Assert.Equal(System.Data.ConnectionState.Closed, first.State);
    }

    [Fact]
    public async Task A_reader_sees_what_was_committed_after_its_connection_was_opened()
    {
        await using var readers = NewReaders();
        var (ada, _) = await AddCustomerAsync("Ada", "1 Main St", 45.52, -122.68);
        Assert.True((await readers.ReadAsync((ada, (int?)null), CustomerChecks.Check, CancellationToken.None)).CustomerExists);
        Assert.False((await readers.ReadAsync((ada + 1, (int?)null), CustomerChecks.Check, CancellationToken.None)).CustomerExists);

        var (later, laterHome) = await AddCustomerAsync("Grace", "2 Oak Ave", 45.50, -122.60);
        var seen = await readers.ReadAsync((later, (int?)laterHome), CustomerChecks.Check, CancellationToken.None);
        Assert.True(seen.CustomerExists);
        Assert.Equal(laterHome, seen.Saved?.Id);
    }

    private async Task<(int CustomerId, int AddressId)> AddCustomerAsync(string firstName, string street, double latitude, double longitude)
    {
        await using AppDbContext db = _store.CreateDbContext();
        var address = new DeliveryAddress { Address = new PostalAddress { Street = street, City = "Portland", Postcode = "97201" }, Latitude = latitude, Longitude = longitude };
        var customer = new Customer
        {
            FirstName = firstName,
            LastName = "Tester",
            BillingAddress = new PostalAddress { Street = street, City = "Portland", Postcode = "97201" },
            CreatedUtc = DateTime.UtcNow,
            DeliveryAddresses = [address],
        };
        db.Customers.Add(customer);
        await db.SaveChangesAsync();
        return (customer.Id, address.Id);
    }
}
