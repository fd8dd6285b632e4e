using LocationBoards.Core.Geography.Gazetteer;
using LocationBoards.SeedGenerator.Business;
using LocationBoards.SeedGenerator.Dispatch;
using LocationBoards.SeedGenerator.Geography;
using LocationBoards.SeedGenerator.History;
using LocationBoards.SeedGenerator.People;
using NetTopologySuite.Geometries;

namespace LocationBoards.SeedGenerator;

/// <summary>Everything the seed files say, generated in a fixed order from one seeded random source.</summary>
internal sealed class SeedWorld
{
    public const int RandomSeed = 2026;
    public const string AreaName = "Portland–Vancouver–Hillsboro, OR–WA";
    public const string TimeZoneId = "America/Los_Angeles";
    public const string Currency = "USD";

    public required Polygon Boundary { get; init; }

    public required IReadOnlyList<StreetSegment> Segments { get; init; }

    public required IReadOnlyList<PostcodeArea> Postcodes { get; init; }

    public required IReadOnlyList<ResolvedLocation> Locations { get; init; }

    public required StockPlan Stock { get; init; }

    public required IReadOnlyList<CustomerPlan> Customers { get; init; }

    public required IReadOnlyList<OrderPlan> History { get; init; }

    public required IReadOnlyList<TechnicianPlan> Technicians { get; init; }

    public required IReadOnlyList<JobPlan> Jobs { get; init; }

    public static SeedWorld Create()
    {
        var random = new Random(RandomSeed);
        var timeZone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        var boundary = MetroBoundary.Polygon;
        var plans = EastsideStreets.All()
            .Concat(WestsideStreets.All().Select(p => p with { Region = Region.OregonWest }))
            .Concat(SuburbStreets.All());
        var segments = GazetteerBuilder.Build(plans, boundary);
        var postcodes = ZipCentroids.All.Select(z => new PostcodeArea { Postcode = z.Zip, City = z.City, Latitude = z.Latitude, Longitude = z.Longitude }).ToList();
        var gazetteer = new Gazetteer(segments, postcodes);

        var locations = LocationPlans.All.Select(plan =>
        {
            var match = gazetteer.Suggest(plan.Street, 5).FirstOrDefault(s => s.Street == plan.Street)
                ?? throw new InvalidOperationException($"The gazetteer does not know {plan.Code}'s address {plan.Street}.");
            return new ResolvedLocation(plan, match.Point, match.City, match.Postcode);
        }).ToList();
        ServiceAreaBuilder.Build(locations, boundary);

        var stock = new StockPlan(random, locations);
        var phones = new PhonePool(random, SpeedDialPlan.ReservedNumbers);
        var customers = new CustomerFactory(random, segments, locations, phones).Create(singles: 175, households: 15);
        foreach (var customer in customers)
        {
            foreach (var address in customer.DeliveryAddresses.Append(customer.Billing))
            {
                var result = gazetteer.Resolve(address.Street, address.City, address.Postcode);
                if (result.Method != AddressResolution.StreetInterpolation || !locations.Any(l => l.ServiceArea!.Contains(result.Point!.Value)))
                {
                    throw new InvalidOperationException($"{customer.Ref}'s address {address.Street} does not resolve inside a service area.");
                }
            }
        }

        var history = new HistoryFactory(random, new HistoryRouter(locations, stock, timeZone), timeZone).Create(customers);
        var technicians = new TechnicianFactory(random, LocationPlans.All).Create();
        var jobs = new JobFactory(random, customers, technicians, locations).Create();
        return new SeedWorld
        {
            Boundary = boundary,
            Segments = segments,
            Postcodes = postcodes,
            Locations = locations,
            Stock = stock,
            Customers = customers,
            History = history,
            Technicians = technicians,
            Jobs = jobs,
        };
    }
}
