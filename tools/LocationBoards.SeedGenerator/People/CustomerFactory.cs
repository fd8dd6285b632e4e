using System.Globalization;
using System.Text;
using LocationBoards.Core.Geography;
using LocationBoards.Core.Geography.Gazetteer;
using LocationBoards.SeedGenerator.Business;

namespace LocationBoards.SeedGenerator.People;

/// <summary>
/// Customers living around the locations: single people with their own numbers, and households of two to four
/// who share a home number and address. Addresses are real stretches of the gazetteer with a house number on them.
/// </summary>
internal sealed class CustomerFactory(Random random, IReadOnlyList<StreetSegment> segments, IReadOnlyList<ResolvedLocation> locations, PhonePool phones)
{
    private static readonly (string Code, int Weight)[] Neighbourhoods =
    [
        ("pearl", 18), ("downtown", 14), ("hawthorne", 20), ("alberta", 16), ("st-johns", 12), ("sellwood", 12), ("gateway", 14),
        ("beaverton", 18), ("hillsboro", 12), ("tigard", 14), ("lake-oswego", 10), ("clackamas", 14), ("gresham", 12), ("vancouver", 16),
    ];

    private static readonly string[] WorkAreas = ["downtown", "pearl", "beaverton", "hillsboro", "gateway", "vancouver"];

    private static readonly Dictionary<string, string> SerialPrefixes = new(StringComparer.Ordinal)
    {
        ["APL-KETTLE"] = "KTL", ["APL-GOOSENECK"] = "GSN", ["APL-ESPRESSO"] = "ESP", ["APL-DRIP"] = "DRP", ["APL-GRINDER"] = "GRN",
        ["APL-BLENDER"] = "BLD", ["APL-TOASTER"] = "TST", ["APL-FROTHER"] = "FRT", ["APL-PITCHER"] = "PCH",
    };

    public List<CustomerPlan> Create(int singles, int households)
    {
        var units = Enumerable.Repeat(1, singles).Concat(Enumerable.Range(0, households).Select(_ => random.Next(2, 5))).ToArray();
        random.Shuffle(units);
        var customers = new List<CustomerPlan>();
        foreach (var size in units)
        {
            var neighbourhood = PickNeighbourhood();
            var home = AddressNear(neighbourhood, "home", 4500);
            var washington = neighbourhood == "vancouver";
            var sharedNumber = size > 1 ? phones.Take(washington) : null;
            var family = Pick(Names.Family);
            for (var member = 0; member < size; member++)
            {
                var lastName = member == 0 || random.NextDouble() < 0.75 ? family : Pick(Names.Family);
                var customer = NewCustomer(customers.Count + 1, lastName, neighbourhood, home);
                if (sharedNumber is not null)
                {
                    customer.Phones.Add(new PhonePlan(sharedNumber, "home"));
                }

                if (sharedNumber is null || random.NextDouble() < 0.65)
                {
                    customer.Phones.Add(new PhonePlan(phones.Take(washington), "mobile"));
                }

                if (sharedNumber is null && random.NextDouble() < 0.1)
                {
                    customer.Phones.Add(new PhonePlan(phones.Take(washington), random.NextDouble() < 0.5 ? "work" : "home"));
                }

                customers.Add(customer);
            }
        }

        return customers;
    }

    private CustomerPlan NewCustomer(int index, string lastName, string neighbourhood, AddressPlan home)
    {
        var firstName = Pick(Names.Given);
        var customer = new CustomerPlan
        {
            Ref = string.Create(CultureInfo.InvariantCulture, $"C{index:0000}"),
            FirstName = firstName,
            LastName = lastName,
            Email = random.NextDouble() < 0.9 ? Email(firstName, lastName) : null,
            Billing = home with { Label = "billing" },
            HomeLocation = neighbourhood,
            PrefersPerson = random.NextDouble() < 0.1,
        };
        customer.DeliveryAddresses.Add(home);
        if (random.NextDouble() < 0.18)
        {
            customer.DeliveryAddresses.Add(AddressNear(Pick(WorkAreas), "work", 2500));
        }

        if (random.NextDouble() < 0.12)
        {
            customer.Billing = customer.DeliveryAddresses.Count > 1
                ? customer.DeliveryAddresses[1] with { Label = "billing" }
                : AddressNear(Pick(WorkAreas), "billing", 3000);
        }

        if (random.NextDouble() < 0.35)
        {
            foreach (var sku in CatalogPlan.All.Where(i => i.IsAppliance).Select(i => i.Sku).OrderBy(_ => random.Next()).Take(random.NextDouble() < 0.7 ? 1 : 2))
            {
                var acquired = new DateOnly(2023, 1, 1).AddDays(random.Next(0, 1370));
                var serial = string.Create(CultureInfo.InvariantCulture, $"{SerialPrefixes[sku]}-{acquired.Year % 100:00}{random.Next(10000, 99999)}");
                customer.Owns.Add(new OwnedPlan(sku, acquired, serial));
            }
        }

        return customer;
    }

    private AddressPlan AddressNear(string locationCode, string label, double radiusMetres)
    {
        var centre = locations.First(l => l.Code == locationCode).Position;
        var nearby = segments.Where(s => GreatCircle.DistanceMetres(centre, Middle(s)) < radiusMetres).ToList();
        var segment = nearby[random.Next(nearby.Count)];
        var number = random.Next(segment.FromNumber, segment.ToNumber + 1);
        var unit = random.Next(10) switch
        {
            0 => string.Create(CultureInfo.InvariantCulture, $" Apt {random.Next(1, 40)}"),
            1 => string.Create(CultureInfo.InvariantCulture, $" #{random.Next(100, 400)}"),
            _ => string.Empty,
        };
        var point = Interpolate(segment, number);
        return new AddressPlan(
            label, string.Create(CultureInfo.InvariantCulture, $"{number} {segment.Street}{unit}"), segment.City, segment.Postcode, point.Latitude, point.Longitude);
    }

    private string PickNeighbourhood()
    {
        var roll = random.Next(Neighbourhoods.Sum(n => n.Weight));
        foreach (var (code, weight) in Neighbourhoods)
        {
            if ((roll -= weight) < 0)
            {
                return code;
            }
        }

        return Neighbourhoods[^1].Code;
    }

    private string Email(string firstName, string lastName)
    {
        var suffix = random.NextDouble() < 0.3 ? random.Next(10, 99).ToString(CultureInfo.InvariantCulture) : string.Empty;
        var domain = Pick(["example.com", "example.net", "example.org"]);
        return $"{Ascii(firstName)}.{Ascii(lastName)}{suffix}@{domain}";
    }

    private static string Ascii(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static GeoPoint Middle(StreetSegment s) => new((s.FromLatitude + s.ToLatitude) / 2, (s.FromLongitude + s.ToLongitude) / 2);

    private static GeoPoint Interpolate(StreetSegment s, int number)
    {
        var t = s.ToNumber == s.FromNumber ? 0.5 : (number - s.FromNumber) / (double)(s.ToNumber - s.FromNumber);
        return new GeoPoint(s.FromLatitude + ((s.ToLatitude - s.FromLatitude) * t), s.FromLongitude + ((s.ToLongitude - s.FromLongitude) * t));
    }
}
