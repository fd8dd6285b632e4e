using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace LocationBoards.Benchmarks.BoardCircuits;

/// <summary>
/// An order placed through the API: its number, when the request left (Unix ms, and the monotonic clock's seconds
/// for <see cref="FrameWatch"/>) and how long the API took.
/// </summary>
public sealed record PlacedOrder(long OrderId, long SentUnixMs, double SentMonotonicSeconds, double ApiMilliseconds);

/// <summary>Places pickup orders through POST /api/orders with a bearer token, as another system would.</summary>
public sealed class OrderPlacer : IDisposable
{
    private readonly HttpClient _http;
    private readonly StoreFacts _facts;
    private int _placed;

    private OrderPlacer(HttpClient http, StoreFacts facts)
    {
        _http = http;
        _facts = facts;
    }

    public static async Task<OrderPlacer> SignInAsync(Uri baseAddress, string userName, string password, StoreFacts facts)
    {
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        try
        {
            using var token = await http.PostAsJsonAsync(new Uri("/api/auth/token", UriKind.Relative), new { userName, password });
            token.EnsureSuccessStatusCode();
            using var body = JsonDocument.Parse(await token.Content.ReadAsStringAsync());
            http.DefaultRequestHeaders.Authorization = new("Bearer", body.RootElement.GetProperty("access_token").GetString());
            return new OrderPlacer(http, facts);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    public async Task<PlacedOrder> PlaceAsync()
    {
        var sku = _facts.Skus[_placed++ % _facts.Skus.Count];
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/orders", UriKind.Relative))
        {
            Content = JsonContent.Create(new
            {
                customerId = _facts.CustomerId,
                lines = new[] { new { sku, quantity = 1 } },
                deliveryMethod = "pickup",
                pickupLocationId = _facts.LocationId,
                payment = "payAtPickup",
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        var sent = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var sentMonotonic = FrameWatch.MonotonicSeconds();
        var clock = Stopwatch.StartNew();
        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"The order was refused ({(int)response.StatusCode}): {body} " +
                "If the location is closed now, pick one open at this hour with --location (see docs/benchmarks.md).");
        }

        using var placed = JsonDocument.Parse(body);
        return new PlacedOrder(placed.RootElement.GetProperty("id").GetInt64(), sent, sentMonotonic, elapsed);
    }

    public void Dispose() => _http.Dispose();
}
