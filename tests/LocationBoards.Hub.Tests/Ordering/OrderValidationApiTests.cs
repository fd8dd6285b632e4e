using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocationBoards.Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Tests.Ordering;

public class OrderValidationApiTests
{
    public static TheoryData<string, string> BadOrders => new()
    {
        { """{"customerId":CUSTOMER,"lines":[{"sku":"NO-SUCH-ITEM","quantity":1}],"deliveryMethod":"delivery","deliveryAddressId":ADDRESS,"payment":"payOnDelivery"}""", "lines[0].sku" },
        { """{"customerId":CUSTOMER,"lines":[{"sku":"SKU","quantity":0}],"deliveryMethod":"delivery","deliveryAddressId":ADDRESS,"payment":"payOnDelivery"}""", "lines[0].quantity" },
        { """{"customerId":CUSTOMER,"lines":[{"sku":"SKU","quantity":51}],"deliveryMethod":"delivery","deliveryAddressId":ADDRESS,"payment":"payOnDelivery"}""", "lines[0].quantity" },
        { """{"customerId":CUSTOMER,"lines":[{"sku":"SKU","quantity":1}],"deliveryMethod":"delivery","payment":"payOnDelivery"}""", "deliveryAddress" },
        { """{"customerId":CUSTOMER,"lines":[{"sku":"SKU","quantity":1}],"deliveryMethod":"delivery","deliveryAddress":{"street":"1 Main St","city":"Portland","postcode":"97204","latitude":95,"longitude":-122.6},"payment":"payOnDelivery"}""", "deliveryAddress.latitude" },
        { """{"customerId":CUSTOMER,"lines":[{"sku":"SKU","quantity":1}],"deliveryMethod":"delivery","deliveryAddress":{"street":"1 Main St","city":"Seattle","postcode":"98101","latitude":47.6,"longitude":-122.33},"payment":"payOnDelivery"}""", "(not routable)" },
        { """{"newCustomer":{"firstName":"Zoe","lastName":"New","phone":"555-01","billing":{"street":"1 Main St","city":"Portland","postcode":"97204"}},"lines":[{"sku":"SKU","quantity":1}],"deliveryMethod":"pickup","pickupLocationId":LOCATION,"payment":"payAtPickup"}""", "newCustomer.phone" },
        { """{"customerId":CUSTOMER,"lines":[],"deliveryMethod":"pickup","pickupLocationId":LOCATION,"payment":"payAtPickup"}""", "lines" },
        { """{"customerId":CUSTOMER,"lines":[{"sku":"SKU","quantity":1}],"deliveryMethod":"pickup","pickupLocationId":LOCATION,"payment":"payOnDelivery"}""", "payment" },
        { """{"customerId":987654,"lines":[{"sku":"SKU","quantity":1}],"deliveryMethod":"pickup","pickupLocationId":LOCATION,"payment":"payAtPickup"}""", "customerId" },
    };

    [Theory]
    [MemberData(nameof(BadOrders))]
    public async Task A_bad_order_gets_a_problem_naming_the_field_and_nothing_is_stored(string template, string field)
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var item = await TestCatalog.AddItemAsync(hub.Store);
        await TestCatalog.SetStockAsync(hub.Store, location.Id, item.Id, 100);
        var customer = await TestCatalog.AddCustomerAsync(hub.Store);
        await using (var read = await hub.Store.CreateDbContextAsync())
        {
            var addressId = await read.DeliveryAddresses.Where(a => a.CustomerId == customer.Id).Select(a => a.Id).SingleAsync();
            template = template.Replace("CUSTOMER", customer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("ADDRESS", addressId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("LOCATION", location.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("\"SKU\"", $"\"{item.Sku}\"", StringComparison.Ordinal);
        }

        using var client = await OrderApiClient.AsStaffAsync(hub);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders")
        {
            Content = new StringContent(template, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var response = await client.SendAsync(request);

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (field == "(not routable)")
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains("outside every service area", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"No error for {field}: {problem}");
        }

        await using var db = await hub.Store.CreateDbContextAsync();
        Assert.Equal(0, await db.Orders.CountAsync());
        Assert.Equal(1, await db.Customers.CountAsync());
        Assert.Equal(0, (await TestCatalog.StockAsync(hub.Store, location.Id, item.Id))!.Reserved);
    }

    [Fact]
    public async Task An_order_without_an_idempotency_key_is_refused()
    {
        using var hub = new HubFactory();
        var customer = await TestCatalog.AddCustomerAsync(hub.Store);
        using var client = await OrderApiClient.AsStaffAsync(hub);

        var response = await OrderApiClient.PlaceAsync(client, OrderApiClient.Delivery(customer.Id, "ANY", 1), idempotencyKey: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
    }

    [Fact]
    public async Task An_oversized_body_is_refused_before_it_is_read()
    {
        using var hub = new HubFactory();
        using var client = await OrderApiClient.AsStaffAsync(hub);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders")
        {
            Content = new StringContent("{\"lines\":[" + string.Join(',', Enumerable.Repeat("{\"sku\":\"X\",\"quantity\":1}", 5_000)) + "]}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", "big");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Malformed_json_gets_a_problem_not_a_crash()
    {
        using var hub = new HubFactory();
        using var client = await OrderApiClient.AsStaffAsync(hub);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders")
        {
            Content = new StringContent("{\"lines\": [", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", "broken");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
