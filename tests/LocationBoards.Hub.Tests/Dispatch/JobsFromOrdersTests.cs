using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocationBoards.Core.Catalog;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Locations;
using LocationBoards.Hub.Tests.Ordering;
using LocationBoards.Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Tests.Dispatch;

public class JobsFromOrdersTests
{
    [Fact]
    public async Task A_technician_visit_order_creates_exactly_one_job_even_when_retried()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var repair = await TestCatalog.AddItemAsync(hub.Store, "Appliance repair visit", 8900, CatalogItemKind.Service);
        await using (var db = await hub.Store.CreateDbContextAsync())
        {
            db.LocationServices.Add(new LocationService { LocationId = location.Id, CatalogItemId = repair.Id });
            (await db.CatalogItems.SingleAsync(i => i.Id == repair.Id)).SkillNeeded = "appliance-repair";
            await db.SaveChangesAsync();
        }

        var customer = await TestCatalog.AddCustomerAsync(hub.Store);
        using var api = await OrderApiClient.AsStaffAsync(hub);
        var body = new
        {
            customerId = customer.Id,
            lines = new[] { new { sku = repair.Sku, quantity = 1 } },
            deliveryMethod = "technicianVisit",
            deliveryAddressId = customer.DeliveryAddresses[0].Id,
            payment = "payOnDelivery",
        };

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => OrderApiClient.PlaceAsync(api, body, "visit-once")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var orderId = (await answers[0].Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        await using var store = await hub.Store.CreateDbContextAsync();
        var job = await store.FieldJobs.SingleAsync();
        Assert.Equal(orderId, job.OrderId);
        Assert.Equal("appliance-repair", job.SkillNeeded);
        Assert.Equal(JobStatus.New, job.Status);
        Assert.Equal(customer.Id, job.CustomerId);
        Assert.Equal(1, await store.DispatchEvents.CountAsync(e => e.JobId == job.Id));
    }

    [Fact]
    public async Task A_delivery_order_opens_no_job()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var item = await TestCatalog.AddItemAsync(hub.Store);
        await TestCatalog.SetStockAsync(hub.Store, location.Id, item.Id, 5);
        var customer = await TestCatalog.AddCustomerAsync(hub.Store);
        using var api = await OrderApiClient.AsStaffAsync(hub);

        (await OrderApiClient.PlaceAsync(api, OrderApiClient.Delivery(customer.Id, item.Sku, 1), "delivery")).EnsureSuccessStatusCode();

        await using var store = await hub.Store.CreateDbContextAsync();
        Assert.Equal(0, await store.FieldJobs.CountAsync());
    }
}
