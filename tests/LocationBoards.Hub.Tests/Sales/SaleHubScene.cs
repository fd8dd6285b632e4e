using System.Net.Http.Json;
using System.Text.Json;
using LocationBoards.Core.Access;
using LocationBoards.Core.Catalog;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Locations;
using LocationBoards.Data.Identity;
using LocationBoards.Hub.Tests.Dispatch;
using LocationBoards.Hub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LocationBoards.Hub.Tests.Sales;

/// <summary>
/// A running hub for sale tests: the technician's home location (with van stock of water filters), a depot that
/// delivers descalers, a technician with a supervisor (who has an email address) on site at a job for a customer,
/// a renewing service, and API clients for the technician and a dispatcher.
/// </summary>
public sealed class SaleHubScene : IAsyncDisposable
{
    public const string SupervisorEmail = "sam.super@example.com";

    private SaleHubScene(HubFactory hub) => Hub = hub;

    public HubFactory Hub { get; }

    public FulfilmentLocation Home { get; private set; } = null!;

    public FulfilmentLocation Depot { get; private set; } = null!;

    public Technician Technician { get; private set; } = null!;

    public AppUser TechnicianUser { get; private set; } = null!;

    public AppUser Supervisor { get; private set; } = null!;

    public AppUser DispatcherUser { get; private set; } = null!;

    public Customer Customer { get; private set; } = null!;

    public FieldJob Job { get; private set; } = null!;

    public CatalogItem Filter { get; private set; } = null!;

    public CatalogItem Descaler { get; private set; } = null!;

    public CatalogItem Subscription { get; private set; } = null!;

    public HttpClient TechnicianApi { get; private set; } = null!;

    public HttpClient DispatcherApi { get; private set; } = null!;

    public static async Task<SaleHubScene> CreateAsync(HubFactory? hub = null)
    {
        var scene = new SaleHubScene(hub ?? new HubFactory());
        await scene.AddAsync();
        return scene;
    }

    public static object Line(int itemId, int quantity, string? fulfilment, long? unitPriceMinor = null) =>
        new { catalogItemId = itemId, quantity, fulfilment, unitPriceMinor };

    public Task<HttpResponseMessage> PutDraftAsync(HttpClient client, Guid key, object[] lines, string? payment = "chargeToAccount", int? version = null, long? jobId = null, string? reference = null) =>
        client.PutAsJsonAsync($"/api/sales/drafts/{key}", new { jobId = jobId ?? Job.Id, lines, paymentMethod = payment, paymentReference = reference, version });

    /// <summary>A draft with these lines, agreed by the customer: its id and version, ready to submit.</summary>
    public async Task<(long SaleId, int Version)> AgreedSaleAsync(object[] lines, HttpClient? client = null, string payment = "chargeToAccount", string? reference = null)
    {
        client ??= TechnicianApi;
        var drafted = await PutDraftAsync(client, Guid.NewGuid(), lines, payment, reference: reference);
        Assert.True(drafted.IsSuccessStatusCode, await drafted.Content.ReadAsStringAsync());
        var sale = await drafted.Content.ReadFromJsonAsync<JsonElement>();
        var id = sale.GetProperty("saleId").GetInt64();
        var agreed = await client.PostAsJsonAsync($"/api/sales/{id}/agree", new { agreedName = "Ann Tester", version = sale.GetProperty("version").GetInt32() });
        Assert.True(agreed.IsSuccessStatusCode, await agreed.Content.ReadAsStringAsync());
        return (id, (await agreed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
    }

    public static async Task<JsonElement> SubmitAsync(HttpClient client, long saleId, int version)
    {
        var response = await client.PostAsJsonAsync($"/api/sales/{saleId}/submit", new { version });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<string> TokenOfAsync(AppUser user)
    {
        using var client = Hub.CreateClient();
        return await TokenClient.GetTokenAsync(client, user.UserName!, TestPeople.Password);
    }

    public async ValueTask DisposeAsync()
    {
        TechnicianApi.Dispose();
        DispatcherApi.Dispose();
        Hub.Dispose();
        await Task.CompletedTask;
    }

    private async Task AddAsync()
    {
        var store = Hub.Store;
        Home = await TestLocations.AddAsync(store, "Hawthorne", 45.512, -122.63);
        Depot = await TestLocations.AddAsync(store, "Depot", 45.53, -122.68);
        Supervisor = await TestPeople.CreateAsync(Hub.Services, Roles.Supervisor);
        await using (var scope = Hub.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var stored = (await users.FindByIdAsync(Supervisor.Id))!;
            stored.Email = SupervisorEmail;
            stored.DisplayName = "Sam Super";
            await users.UpdateAsync(stored);
            Supervisor = stored;
        }

        (Technician, TechnicianUser) = await TestTechnicians.AddAsync(Hub, Home.Id, ["appliance-repair"], supervisorUserId: Supervisor.Id);
        DispatcherUser = await TestPeople.CreateAsync(Hub.Services, Roles.Dispatcher);
        Customer = await TestCatalog.AddCustomerAsync(store);
        Filter = await TestCatalog.AddItemAsync(store, "Water filter", 2500);
        Descaler = await TestCatalog.AddItemAsync(store, "Descaler 1 L", 1200);
        await using (var db = await store.CreateDbContextAsync())
        {
            Subscription = new CatalogItem
            {
                Sku = $"S-{Guid.NewGuid():N}"[..16], Name = "Filter subscription", Category = "Services", Kind = CatalogItemKind.Service, Icon = "🔁",
                PriceMinor = 900, TermMonths = 3, Renews = true,
            };
            db.CatalogItems.Add(Subscription);
            Job = new FieldJob
            {
                CustomerId = Customer.Id, Symptoms = "Machine leaks", Latitude = 45.5120, Longitude = -122.6400, AddressText = "3214 SE Hawthorne Blvd, Portland 97214",
                SkillNeeded = "appliance-repair", TechnicianId = Technician.Id, Status = JobStatus.OnSite, CreatedUtc = DateTime.UtcNow.AddHours(-1), CreatedBy = "test",
            };
            db.FieldJobs.Add(Job);
            await db.SaveChangesAsync();
        }

        await TestCatalog.SetStockAsync(store, Home.Id, Filter.Id, 5);
        await TestCatalog.SetStockAsync(store, Depot.Id, Descaler.Id, 10);
        TechnicianApi = await DispatchApiClient.AsAsync(Hub, TechnicianUser);
        DispatcherApi = await DispatchApiClient.AsAsync(Hub, DispatcherUser);
    }
}
