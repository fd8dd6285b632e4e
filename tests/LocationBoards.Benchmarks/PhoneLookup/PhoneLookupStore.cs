using System.Globalization;
using LocationBoards.Data;
using LocationBoards.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Benchmarks.PhoneLookup;

/// <summary>
/// A real SQLite file with the real migrations and many customers, each with a mobile number and every tenth
/// sharing a home number with the one before (a household). Rows go in by raw SQL in one transaction, for speed.
/// </summary>
public sealed class PhoneLookupStore : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "locationboards-bench", $"phones-{Guid.NewGuid():N}");

    private PhoneLookupStore(int customers)
    {
        Directory.CreateDirectory(_folder);
        ConnectionString = SqliteStore.ConnectionStringForFile(Path.Combine(_folder, "phones.db"));
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseLocationBoardsSqlite(ConnectionString);
        Options = options.Options;
        Customers = customers;
    }

    public string ConnectionString { get; }

    public DbContextOptions<AppDbContext> Options { get; }

    public int Customers { get; }

    public static async Task<PhoneLookupStore> CreateAsync(int customers)
    {
        var store = new PhoneLookupStore(customers);
        await using (var db = new AppDbContext(store.Options))
        {
            await db.Database.MigrateAsync();
        }

        await using var connection = new SqliteConnection(store.ConnectionString);
        await connection.OpenAsync();
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync())
        {
            await using var customer = connection.CreateCommand();
            customer.Transaction = transaction;
            customer.CommandText = """
                INSERT INTO "Customers" ("Id", "FirstName", "LastName", "Email", "BillingStreet", "BillingCity", "BillingPostcode", "PrefersPerson", "CreatedUtc", "Version")
                VALUES ($id, $first, $last, NULL, $street, 'Portland', '97214', 0, '2026-01-01 00:00:00', 0)
                """;
            var id = customer.Parameters.Add("$id", SqliteType.Integer);
            var first = customer.Parameters.Add("$first", SqliteType.Text);
            var last = customer.Parameters.Add("$last", SqliteType.Text);
            var street = customer.Parameters.Add("$street", SqliteType.Text);
            await using var phone = connection.CreateCommand();
            phone.Transaction = transaction;
            phone.CommandText = """INSERT INTO "CustomerPhones" ("CustomerId", "Number", "Label") VALUES ($customer, $number, $label)""";
            var owner = phone.Parameters.Add("$customer", SqliteType.Integer);
            var number = phone.Parameters.Add("$number", SqliteType.Text);
            var label = phone.Parameters.Add("$label", SqliteType.Text);
            customer.Prepare();
            phone.Prepare();
            for (var i = 1; i <= customers; i++)
            {
                id.Value = i;
                first.Value = "Given" + i.ToString(CultureInfo.InvariantCulture);
                last.Value = "Family" + (i / 3).ToString(CultureInfo.InvariantCulture);
                street.Value = string.Create(CultureInfo.InvariantCulture, $"{100 + (i % 9000)} SE Hawthorne Blvd");
                await customer.ExecuteNonQueryAsync();

                owner.Value = i;
                number.Value = Mobile(i);
                label.Value = "mobile";
                await phone.ExecuteNonQueryAsync();
                if (i % 10 == 0)
                {
                    // A household: this customer also answers on the previous customer's number.
                    number.Value = Mobile(i - 1);
                    label.Value = "home";
                    await phone.ExecuteNonQueryAsync();
                }
            }

            await transaction.CommitAsync();
        }

        await using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE;";
        await analyze.ExecuteNonQueryAsync();
        return store;
    }

    /// <summary>The i-th customer's mobile in E.164, spread over the metro's three area codes.</summary>
    public static string Mobile(int i) =>
        string.Create(CultureInfo.InvariantCulture, $"+1{(i % 3) switch { 0 => "503", 1 => "971", _ => "360" }}{2_000_000 + i:0000000}");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean up with the temp folder.
        }
    }
}
