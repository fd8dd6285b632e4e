using System.Net.Http.Json;
using LocationBoards.Core.Access;
using LocationBoards.Hub.Tests.Support;

namespace LocationBoards.Hub.Tests.Ordering;

/// <summary>An API client signed in as a member of staff, placing orders as an integrator would.</summary>
internal static class OrderApiClient
{
    public static async Task<HttpClient> AsStaffAsync(HubFactory hub)
    {
        var staff = await TestPeople.CreateAsync(hub.Services, Roles.Admin);
        var client = hub.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await TokenClient.GetTokenAsync(client, staff.UserName!, TestPeople.Password));
        return client;
    }

    public static Task<HttpResponseMessage> PlaceAsync(HttpClient client, object body, string? idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request);
    }

    public static object Delivery(int customerId, string sku, int quantity, double latitude = 45.5120, double longitude = -122.6400) => new
    {
        customerId,
        lines = new[] { new { sku, quantity } },
        deliveryMethod = "delivery",
        deliveryAddress = new { street = "3214 SE Hawthorne Blvd", city = "Portland", postcode = "97214", latitude, longitude },
        payment = "payOnDelivery",
    };
}
