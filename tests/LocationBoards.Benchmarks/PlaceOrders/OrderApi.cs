using System.Diagnostics;
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

    private OrderApi(HttpClient http) => _http = http;

    public static async Task<OrderApi> SignInAsync(LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var http = new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseCookies = false,
        })
        {
            BaseAddress = options.Url,
            Timeout = TimeSpan.FromSeconds(60),
        };
        using var token = await http.PostAsJsonAsync("/api/auth/token", new { userName = options.UserName, password = options.Password });
        token.EnsureSuccessStatusCode();
        var body = await token.Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("access_token").GetString());
        return new OrderApi(http);
    }

    /// <summary>Whether the routing preview finds a location for this order now (stores nothing).</summary>
    public async Task<bool> PreviewFindsAsync(string orderJson)
    {
        using var content = new StringContent(orderJson, Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync("/api/routing/preview", content);
        return response.IsSuccessStatusCode
            && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("found").GetBoolean();
    }

    /// <summary>Places one order and reads the whole answer; returns the HTTP status (0 when no answer came) and the time taken.</summary>
    public async Task<(int Status, double Milliseconds)> PlaceAsync(string orderJson, string idempotencyKey)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders")
            {
                Content = new StringContent(orderJson, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("Idempotency-Key", idempotencyKey);
            using var response = await _http.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            return ((int)response.StatusCode, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return (0, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }

    public void Dispose() => _http.Dispose();
}
