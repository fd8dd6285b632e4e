using LocationBoards.Core.Catalog;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Locations;
using LocationBoards.Core.Sales;
using LocationBoards.Data.Identity;
using LocationBoards.Hub.Tests.Support;

namespace LocationBoards.Hub.Tests.Sales;

/// <summary>
/// One test's store for sales: a location, a technician (with a supervisor) on site at a job for a customer, a water
/// filter (goods) and a renewing filter subscription (service), and a sale on that job brought to Submitted.
/// </summary>
public sealed class SaleStoreScene
{
    public static readonly DateTime Now = new(2026, 11, 25, 20, 0, 0, DateTimeKind.Utc);

    public static readonly SalesOptions Options = new() { SalesDivisionAddress = "sales@example.com" };

    private SaleStoreScene(TestStore store) => Store = store;

    public TestStore Store { get; }

    public FulfilmentLocation Location { get; private set; } = null!;

    public AppUser TechnicianUser { get; private set; } = null!;

    public AppUser Supervisor { get; private set; } = null!;

    public Technician Technician { get; private set; } = null!;

    public Customer Customer { get; private set; } = null!;

    public FieldJob Job { get; private set; } = null!;

    public CatalogItem Filter { get; private set; } = null!;

    public CatalogItem Subscription { get; private set; } = null!;

    public Dictionary<int, CatalogItem> Catalogue => new[] { Filter, Subscription }.ToDictionary(i => i.Id);

    public static async Task<SaleStoreScene> CreateAsync(TestStore store)
    {
        var scene = new SaleStoreScene(store);
        await scene.AddAsync();
        return scene;
    }

    /// <summary>A sale of two filters handed over now and a subscription, charged to the account, agreed and submitted.</summary>
    public async Task<Sale> SubmittedSaleAsync(SalePayment? payment = null)
    {
        var sale = SaleStateMachine.Open(Job, Technician.Id, SaleChannel.TechnicianApp, TechnicianUser.Id, Guid.NewGuid(), Now.AddMinutes(-5));
        var priced = SalePricing.Price(
            [new SaleLineRequest(Filter.Id, 2, SaleFulfilment.HandedOverNow), new SaleLineRequest(Subscription.Id, 1)], Catalogue, Options);
        Move(sale, SaleMove.Revise(priced, payment ?? SalePayment.ChargeToAccount));
        Move(sale, SaleMove.Agree("Jane Doe"));
        Move(sale, SaleMove.Submit);
        await using var db = Store.CreateDbContext();
        db.Sales.Add(sale);
        await db.SaveChangesAsync();
        return sale;
    }

    public void Move(Sale sale, SaleMove move, string? by = null)
    {
        var result = SaleStateMachine.Apply(sale, move, Job, by ?? TechnicianUser.Id, Now);
        Assert.True(result.Allowed, result.Refusal);
    }

    private async Task AddAsync()
    {
        await using var db = Store.CreateDbContext();
        Location = new FulfilmentLocation
        {
            Code = "hawthorne", Name = "Hawthorne", Street = "3214 SE Hawthorne Blvd", City = "Portland", Postcode = "97214",
            Latitude = 45.512, Longitude = -122.63, ServiceAreaGeoJson = TestLocations.SquareAroundDowntownPortland,
            TimeZoneId = "America/Los_Angeles", MaxOpenOrders = 20,
        };
        TechnicianUser = new AppUser { UserName = "tech-alex", DisplayName = "Alex Rivera" };
        Supervisor = new AppUser { UserName = "super-sam", DisplayName = "Sam Super", Email = "sam@example.com" };
        Filter = new CatalogItem
        {
            Sku = "PRT-FILTER-ESP", Name = "Espresso machine water filter", Category = "Parts & Filters", Kind = CatalogItemKind.Goods, Icon = "💧", PriceMinor = 1450,
        };
        Subscription = new CatalogItem
        {
            Sku = "SRV-FILTER-SUB", Name = "Filter subscription, quarterly", Category = "Services", Kind = CatalogItemKind.Service, Icon = "🔁",
            PriceMinor = 3000, TermMonths = 3, Renews = true,
        };
        Customer = new Customer
        {
            FirstName = "Jane", LastName = "Doe", BillingAddress = new PostalAddress { Street = "1 SE Oak St", City = "Portland", Postcode = "97214" },
        };
        db.AddRange(Location, TechnicianUser, Supervisor, Filter, Subscription, Customer);
        await db.SaveChangesAsync();

        Technician = new Technician
        {
            UserId = TechnicianUser.Id, Name = "Alex Rivera", Email = "alex@example.com", HomeLocationId = Location.Id, SupervisorUserId = Supervisor.Id,
        };
        db.Technicians.Add(Technician);
        await db.SaveChangesAsync();
        Job = new FieldJob
        {
            CustomerId = Customer.Id, Symptoms = "Machine leaks", Latitude = 45.51, Longitude = -122.64, AddressText = "1 SE Oak St, Portland 97214",
            SkillNeeded = "espresso-service", TechnicianId = Technician.Id, Status = JobStatus.OnSite, CreatedUtc = Now.AddHours(-1), CreatedBy = "test",
        };
        db.FieldJobs.Add(Job);
        await db.SaveChangesAsync();
    }
}
