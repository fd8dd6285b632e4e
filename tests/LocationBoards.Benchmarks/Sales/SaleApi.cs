using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace LocationBoards.Benchmarks.Sales;

/// <summary>
/// The hub's field-sales API as one signed-in dispatcher or admin sees it (sales phoned in for the technicians): one
/// bearer token, one HttpClient with keep-alive connections shared by every submitter.
/// </summary>
public sealed class SaleApi : IDisposable
{
    private readonly HttpClient _http;

    public SaleApi(Uri hub, string bearerToken)
    {
        _http = new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseCookies = false,
        })
        {
            BaseAddress = hub,
            Timeout = TimeSpan.FromSeconds(60),
        };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
    }

    /// <summary>The lines a sale on this job will have: one goods item from the van's stock handed over now, and one service, when the catalogue has them.</summary>
    public async Task<object[]> LinesForJobAsync(long jobId)
    {
        var catalog = await _http.GetFromJsonAsync<JsonElement>(new Uri($"/api/jobs/{jobId}/sale-catalog", UriKind.Relative));
        var items = catalog.GetProperty("items").EnumerateArray().ToList();
        var goods = items
            .Where(i => i.GetProperty("kind").GetString() == "goods" && i.GetProperty("vanStock").ValueKind == JsonValueKind.Number && i.GetProperty("vanStock").GetInt64() > 0)
            .OrderByDescending(i => i.GetProperty("vanStock").GetInt64())
            .Select(i => i.GetProperty("catalogItemId").GetInt32())
            .ToList();
        var services = items.Where(i => i.GetProperty("kind").GetString() == "service").Select(i => i.GetProperty("catalogItemId").GetInt32()).ToList();
        var lines = new List<object>();
        if (goods.Count > 0)
        {
            lines.Add(new { catalogItemId = goods[0], quantity = 1, fulfilment = "handedOverNow" });
        }

        if (services.Count > 0)
        {
            lines.Add(new { catalogItemId = services[0], quantity = 1, fulfilment = "service" });
        }

        return lines.Count > 0 ? [.. lines] : throw new InvalidOperationException($"Job {jobId}'s catalogue has neither goods in the van nor a service.");
    }

    /// <summary>PUT a new draft: the HTTP status, the sale's id and version (when 201), the time taken.</summary>
    public Task<SaleStep> DraftAsync(Guid clientKey, long jobId, object[] lines) => SendAsync(
        HttpMethod.Put,
        $"/api/sales/drafts/{clientKey}",
        new { jobId, lines, paymentMethod = "chargeToAccount", paymentReference = (string?)null, version = (int?)null });

    public Task<SaleStep> AgreeAsync(long saleId, int version) =>
        SendAsync(HttpMethod.Post, $"/api/sales/{saleId}/agree", new { agreedName = "Benchmark Customer", version });

    public Task<SaleStep> SubmitAsync(long saleId, int version) =>
        SendAsync(HttpMethod.Post, $"/api/sales/{saleId}/submit", new { version });

    public void Dispose() => _http.Dispose();

    private async Task<SaleStep> SendAsync(HttpMethod method, string path, object body)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative))
            {
                Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
            };
            using var response = await _http.SendAsync(request);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            var status = (int)response.StatusCode;
            if (status is not (200 or 201))
            {
                return new SaleStep(status, 0, 0, null, elapsed);
            }

            using var document = JsonDocument.Parse(bytes);
            var sale = document.RootElement;
            return new SaleStep(status, sale.GetProperty("saleId").GetInt64(), sale.GetProperty("version").GetInt32(), sale.GetProperty("status").GetString(), elapsed);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return new SaleStep(0, 0, 0, null, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }
}

/// <summary>One answer of the sales API: HTTP status (0 = no answer), the sale's id, version and status when it answered the sale, the time taken.</summary>
public readonly record struct SaleStep(int Status, long SaleId, int Version, string? SaleStatus, double Milliseconds);
