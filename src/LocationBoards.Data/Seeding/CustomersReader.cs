using System.Globalization;
using LocationBoards.Core.Catalog;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Geography.Gazetteer;

namespace LocationBoards.Data.Seeding;

/// <summary>customers.json: phones normalised to E.164, every address placed by the gazetteer.</summary>
internal static class CustomersReader
{
    private const string File = SeedFiles.Customers;

    public static IReadOnlyList<CustomerSeed> Read(string folder, Gazetteer gazetteer, IReadOnlyDictionary<string, CatalogItem> catalog)
    {
        var records = SeedFiles.ReadJson<List<CustomerRecord>>(folder, File);
        var refs = new HashSet<string>(StringComparer.Ordinal);
        var seeds = new List<CustomerSeed>();
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            var where = string.Create(CultureInfo.InvariantCulture, $"$[{i}] (ref {r.Ref})");
            if (string.IsNullOrWhiteSpace(r.Ref) || !refs.Add(r.Ref))
            {
                throw SeedDataException.AtPath(File, where, "ref", "is empty or used by another customer");
            }

            Require(r.FirstName, where, "firstName");
            Require(r.LastName, where, "lastName");
            Resolve(gazetteer, r.Billing, where, "billing");
            var customer = new Customer
            {
                FirstName = r.FirstName.Trim(),
                LastName = r.LastName.Trim(),
                Email = string.IsNullOrWhiteSpace(r.Email) ? null : r.Email.Trim(),
                BillingAddress = Postal(r.Billing),
                PrefersPerson = r.PrefersPerson,
            };
            if (r.Phones.Count == 0)
            {
                throw SeedDataException.AtPath(File, where, "phones", "needs at least one number (customers are recognised by phone)");
            }

            for (var p = 0; p < r.Phones.Count; p++)
            {
                var field = string.Create(CultureInfo.InvariantCulture, $"phones[{p}].number");
                if (!PhoneNumber.TryNormalise(r.Phones[p].Number, out var number))
                {
                    throw SeedDataException.AtPath(File, where, field, $"\"{r.Phones[p].Number}\" is not a phone number");
                }

                if (customer.Phones.Exists(x => x.Number == number))
                {
                    throw SeedDataException.AtPath(File, where, field, $"{number} is given twice for this customer");
                }

                customer.Phones.Add(new CustomerPhone { Number = number, Label = r.Phones[p].Label });
            }

            for (var a = 0; a < r.DeliveryAddresses.Count; a++)
            {
                var address = r.DeliveryAddresses[a];
                var point = Resolve(gazetteer, address, where, string.Create(CultureInfo.InvariantCulture, $"deliveryAddresses[{a}]"));
                customer.DeliveryAddresses.Add(new DeliveryAddress
                {
                    Label = address.Label,
                    Address = Postal(address),
                    Latitude = point.Latitude,
                    Longitude = point.Longitude,
                });
            }

            var owns = new List<(OwnedProduct, CatalogItem)>();
            for (var o = 0; o < r.Owns.Count; o++)
            {
                var owned = r.Owns[o];
                var field = string.Create(CultureInfo.InvariantCulture, $"owns[{o}]");
                if (!catalog.TryGetValue(owned.Sku, out var item))
                {
                    throw SeedDataException.AtPath(File, where, field + ".sku", $"\"{owned.Sku}\" is not in {SeedFiles.Catalog}");
                }

                if (!DateOnly.TryParseExact(owned.AcquiredOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var acquired))
                {
                    throw SeedDataException.AtPath(File, where, field + ".acquiredOn", $"\"{owned.AcquiredOn}\" is not a date like 2025-03-02");
                }

                owns.Add((new OwnedProduct { AcquiredOn = acquired, SerialNumber = owned.Serial }, item));
            }

            seeds.Add(new CustomerSeed(r.Ref, customer, owns));
        }

        return seeds;
    }

    private static Core.Geography.GeoPoint Resolve(Gazetteer gazetteer, AddressRecord address, string where, string field)
    {
        Require(address.Street, where, field + ".street");
        var result = gazetteer.Resolve(Postal(address));
        return result.Point ?? throw SeedDataException.AtPath(
            File, where, field + ".street", $"\"{address.Street}, {address.City} {address.Postcode}\" is not found in the gazetteer (neither the street nor the postcode)");
    }

    private static PostalAddress Postal(AddressRecord address) =>
        new() { Street = address.Street.Trim(), City = address.City.Trim(), Postcode = address.Postcode.Trim() };

    private static void Require(string value, string where, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw SeedDataException.AtPath(File, where, field, "is empty");
        }
    }
}
