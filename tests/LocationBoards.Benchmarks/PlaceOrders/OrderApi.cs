using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace LocationBoards.Benchmarks.PlaceOrders;

/// <summary>
/// The hub's ordering API as one signed-in caller sees it: one bearer token, one HttpClient whose connections
/// stay open (keep-alive), a new idempotency key per order.
/// </summary>
public sealed class OrderApi : IDisposable
{
    private readonly HttpClient _http;

    private OrderApi(HttpClient http, string token) => (_http, Token) = (http, token);

    /// <summary>The bearer token (also good for the live hub).</summary>
    public string Token { get; }

    public static async Task<OrderApi> SignInAsync(Uri hub, string userName, string password)
    {
        var http = new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseCookies = false,
        })
        {
            BaseAddress = hub,
            Timeout = TimeSpan.FromSeconds(60),
        };
        using var answer = await http.PostAsJsonAsync("/api/auth/token", new { userName, password });
        answer.EnsureSuccessStatusCode();
        var token = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new OrderApi(http, token);
    }

    /// <summary>Whether the routing preview finds a location for this order now (stores nothing).</summary>
    public async Task<bool> PreviewFindsAsync(string orderJson)
    {
        using var content = new StringContent(orderJson, Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri("/api/routing/preview", UriKind.Relative), content);
        return response.IsSuccessStatusCode
            && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("found").GetBoolean();
    }

    /// <summary>
    /// Places one order and reads the whole answer; returns the HTTP status (0 when no answer came), the time
    /// taken, and the new order's id when it was placed (201).
    /// </summary>
    public async Task<(int Status, double Milliseconds, long OrderId)> PlaceAsync(string orderJson, string idempotencyKey)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/orders", UriKind.Relative))
            {
                Content = new StringContent(orderJson, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("Idempotency-Key", idempotencyKey);
            using var response = await _http.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            var id = response.StatusCode == HttpStatusCode.Created ? IdOf(body) : 0;
            return ((int)response.StatusCode, elapsed, id);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return (0, Stopwatch.GetElapsedTime(start).TotalMilliseconds, 0);
        }
    }

    /// <summary>GET /api/orders/{id}: the HTTP status and the order's id as the hub reads it back.</summary>
    public async Task<(int Status, long OrderId)> ReadAsync(long orderId)
    {
        using var response = await _http.GetAsync(new Uri($"/api/orders/{orderId}", UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();
        return ((int)response.StatusCode, response.StatusCode == HttpStatusCode.OK ? IdOf(body) : 0);
    }

    public void Dispose() => _http.Dispose();

    private static long IdOf(byte[] orderJson)
    {
        using var document = JsonDocument.Parse(orderJson);
        return document.RootElement.GetProperty("id").GetInt64();
    }
}
