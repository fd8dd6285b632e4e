using System.Net.Http.Json;
using System.Text.Json;
using LocationBoards.Core.Access;
using LocationBoards.Core.Catalog;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.E2E.Tests.Support;

/// <summary>Places orders through the web API, as another system would, while browsers watch.</summary>
public static class ApiOrders
{
    /// <summary>A pickup of one stocked item at the location by a demo customer; returns the order number.</summary>
    public static async Task<long> PlacePickupAsync(LiveHub hub, int locationId)
    {
        ArgumentNullException.ThrowIfNull(hub);
        var (userName, password) = await hub.CreateUserAsync(Roles.Admin);
        await using var db = await hub.Store.CreateDbContextAsync();
        var customerId = await db.Customers.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var sku = await db.StockLevels
            .Where(s => s.LocationId == locationId && s.OnHand - s.Reserved > 5)
            .Join(db.CatalogItems.Where(i => i.Kind == CatalogItemKind.Goods && i.IsActive), s => s.CatalogItemId, i => i.Id, (s, i) => i.Sku)
            .OrderBy(s => s)
            .FirstAsync();

        using var client = new HttpClient { BaseAddress = hub.BaseAddress };
        var token = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        token.EnsureSuccessStatusCode();
        using var tokenBody = JsonDocument.Parse(await token.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new("Bearer", tokenBody.RootElement.GetProperty("access_token").GetString());

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders")
        {
            Content = JsonContent.Create(new
            {
                customerId,
                lines = new[] { new { sku, quantity = 1 } },
                deliveryMethod = "pickup",
                pickupLocationId = locationId,
                payment = "payAtPickup",
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The order was refused ({(int)response.StatusCode}): {body}");
        }

        using var placed = JsonDocument.Parse(body);
        return placed.RootElement.GetProperty("id").GetInt64();
    }
}
