using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace LocationBoards.Benchmarks.BoardCircuits;

/// <summary>
/// When each WebSocket message reached one page's Chromium (DevTools <c>Network.webSocketFrameReceived</c>, stamped
/// by Chromium's network service on arrival, before the page's renderer runs), so placed → drawn splits into the
/// hub's part (placed → the message at the browser) and the browser's (the message → the card in the DOM).
/// Chromium stamps with the machine's monotonic clock, the same one <see cref="Stopwatch.GetTimestamp"/> reads on Linux.
/// Attached before the page navigates, so its WebSocket is watched from the start.
/// </summary>
public sealed class FrameWatch
{
    private readonly ConcurrentQueue<(double Seconds, byte[] Payload)> _frames = new();

    private FrameWatch()
    {
    }

    /// <summary>The machine's monotonic clock in seconds, the clock of Chromium's stamps.</summary>
    public static double MonotonicSeconds() => Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;

    public static async Task<FrameWatch> StartAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var session = await page.Context.NewCDPSessionAsync(page);
        var watch = new FrameWatch();
        session.Event("Network.webSocketFrameReceived").OnEvent += (_, frame) => watch.Note(frame);
        await session.SendAsync("Network.enable");
        return watch;
    }

    /// <summary>When the first message holding <paramref name="marker"/> arrived (monotonic seconds), or null.</summary>
    public double? FirstHolding(string marker)
    {
        var bytes = Encoding.UTF8.GetBytes(marker);
        double? first = null;
        foreach (var (seconds, payload) in _frames)
        {
            if ((first is null || seconds < first) && payload.AsSpan().IndexOf(bytes) >= 0)
            {
                first = seconds;
            }
        }

        return first;
    }

    private void Note(JsonElement? frame)
    {
        if (frame is not { } value || !value.TryGetProperty("response", out var response))
        {
            return;
        }

        var data = response.GetProperty("payloadData").GetString() ?? string.Empty;

        // Text frames come as text, binary ones (Blazor's render batches) as base64.
        var payload = response.GetProperty("opcode").GetDouble() == 2 ? Convert.FromBase64String(data) : Encoding.UTF8.GetBytes(data);
        _frames.Enqueue((value.GetProperty("timestamp").GetDouble(), payload));
    }
}
