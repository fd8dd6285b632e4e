using LocationBoards.Core.Customers;
using LocationBoards.Data.Sqlite;
using Microsoft.Data.Sqlite;

namespace LocationBoards.Hub.Features.Ordering;

/// <summary>
/// Order preparation's look-ups of a returning customer on a <see cref="Infrastructure.Storage.HotReaders"/> connection:
/// the saved address chosen (only when it is this customer's; it proves the customer too), else whether the customer
/// exists. One prepared statement in the usual case.
/// </summary>
internal static class CustomerChecks
{
    private const string SavedAddressSql = """
        SELECT "Id", "Label", "Street", "City", "Postcode", "Latitude", "Longitude"
        FROM "DeliveryAddresses" WHERE "Id" = $address AND "CustomerId" = $customer
        """;

    private const string CustomerExistsSql = """SELECT EXISTS (SELECT 1 FROM "Customers" WHERE "Id" = $customer)""";

    public static (DeliveryAddress? Saved, bool CustomerExists) Check(SqliteStatementCache statements, SqliteConnection connection, (int CustomerId, int? AddressId) asked)
    {
        if (asked.AddressId is { } addressId && SavedAddress(statements, asked.CustomerId, addressId) is { } saved)
        {
            return (saved, true);
        }

        var exists = Prepared(statements, CustomerExistsSql);
        exists.Parameters.AddWithValue("$customer", asked.CustomerId);
        return (null, Convert.ToInt64(exists.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1);
    }

    private static DeliveryAddress? SavedAddress(SqliteStatementCache statements, int customerId, int addressId)
    {
        var command = Prepared(statements, SavedAddressSql);
        command.Parameters.AddWithValue("$address", addressId);
        command.Parameters.AddWithValue("$customer", customerId);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new DeliveryAddress
        {
            Id = reader.GetInt32(0),
            CustomerId = customerId,
            Label = reader.GetString(1),
            Address = new PostalAddress { Street = reader.GetString(2), City = reader.GetString(3), Postcode = reader.GetString(4) },
            Latitude = reader.GetDouble(5),
            Longitude = reader.GetDouble(6),
        };
    }

    private static SqliteCommand Prepared(SqliteStatementCache statements, string sql) =>
        statements.Rent(sql, transaction: null) ?? throw new InvalidOperationException("A hot reader's connection serves one caller at a time.");
}
