using System.Globalization;
using LocationBoards.Core.Catalog;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Dispatch;
using LocationBoards.Hub.Infrastructure.Storage;

namespace LocationBoards.Hub.Features.Sales.Writing;

/// <summary>
/// What a sale change reads around the sale, by the sale writer's prepared statements in the batch's transaction: the
/// job, its customer, the technician, the catalogue items of the lines, the locations' time zones. Read only.
/// </summary>
internal sealed class SaleSurroundings(SaleStatements sql)
{
    public FieldJob? Job(long jobId)
    {
        using var row = sql.JobById.With(jobId).ExecuteReader();
        if (!row.Read())
        {
            return null;
        }

        return new FieldJob
        {
            Id = row.GetInt64(0), CustomerId = row.GetInt32(1), OwnedProductId = row.IntOrNull(2), Symptoms = row.GetString(3),
            Latitude = row.GetDouble(4), Longitude = row.GetDouble(5), AddressText = row.GetString(6), DeliveryAddressId = row.IntOrNull(7),
            Priority = Enum.Parse<JobPriority>(row.GetString(8)), SkillNeeded = row.GetString(9), TechnicianId = row.IntOrNull(10),
            Status = Enum.Parse<JobStatus>(row.GetString(11)), CancelReason = row.TextOrNull(12), OverrideReason = row.TextOrNull(13),
            OrderId = row.LongOrNull(14), CreatedUtc = row.Utc(15), CreatedBy = row.GetString(16), Version = row.GetInt32(17),
        };
    }

    public Customer Customer(int customerId)
    {
        using var row = sql.CustomerById.With(customerId).ExecuteReader();
        if (!row.Read())
        {
            throw new InvalidOperationException($"Customer {customerId} of a sale is not in the store.");
        }

        return new Customer
        {
            Id = row.GetInt32(0), FirstName = row.GetString(1), LastName = row.GetString(2), Email = row.TextOrNull(3),
            BillingAddress = new PostalAddress { Street = row.GetString(4), City = row.GetString(5), Postcode = row.GetString(6) },
            PrefersPerson = row.GetBoolean(7), CreatedUtc = row.Utc(8), Version = row.GetInt32(9),
        };
    }

    public LocationBoards.Core.Dispatch.Technician Technician(int technicianId)
    {
        using var row = sql.TechnicianById.With(technicianId).ExecuteReader();
        if (!row.Read())
        {
            throw new InvalidOperationException($"Technician {technicianId} of a sale is not in the store.");
        }

        return new LocationBoards.Core.Dispatch.Technician
        {
            Id = row.GetInt32(0), UserId = row.GetString(1), Name = row.GetString(2), Email = row.GetString(3), HomeLocationId = row.GetInt32(4),
            SupervisorUserId = row.TextOrNull(5), IsActive = row.GetBoolean(6), Version = row.GetInt32(7),
        };
    }

    /// <summary>The catalogue's items among these ids (unknown ids are left out).</summary>
    public Dictionary<int, CatalogItem> Catalog(IEnumerable<int> itemIds)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        var ids = $"[{string.Join(',', itemIds.Distinct().Select(id => id.ToString(CultureInfo.InvariantCulture)))}]";
        var items = new Dictionary<int, CatalogItem>();
        using var row = sql.CatalogItems.With(ids).ExecuteReader();
        while (row.Read())
        {
            items[row.GetInt32(0)] = new CatalogItem
            {
                Id = row.GetInt32(0), Sku = row.GetString(1), Name = row.GetString(2), Category = row.GetString(3),
                Kind = Enum.Parse<CatalogItemKind>(row.GetString(4)), Icon = row.GetString(5), PriceMinor = row.GetInt64(6),
                Description = row.GetString(7), IsActive = row.GetBoolean(8), SkillNeeded = row.TextOrNull(9), TermMonths = row.IntOrNull(10),
                Renews = row.GetBoolean(11), Version = row.GetInt32(12),
            };
        }

        return items;
    }

    /// <summary>Each location's time zone id.</summary>
    public Dictionary<int, string> TimeZoneIds()
    {
        var zones = new Dictionary<int, string>();
        using var row = sql.LocationZones.ExecuteReader();
        while (row.Read())
        {
            zones[row.GetInt32(0)] = row.GetString(1);
        }

        return zones;
    }
}
