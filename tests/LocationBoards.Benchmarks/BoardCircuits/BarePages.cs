using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LocationBoards.Benchmarks.BoardCircuits;

/// <summary>
/// The floor a board page cannot go below on this machine: a page with no framework that holds one WebSocket
/// and, for each message, puts a card of the same content as a board's at the top of its New column. Served by
/// this process on loopback, opened in the same Chromium as the boards, so the boards' placed → drawn times can
/// be read against what Chromium alone costs for the same number of pages.
/// </summary>
public sealed class BarePages : IAsyncDisposable
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Bare board</title>
        <style>
          body { font: 18px system-ui, sans-serif; margin: 0; background: #f6f6f4; color: #1b1b1b; }
          header { display: flex; gap: 1rem; align-items: center; padding: .5rem 1rem; background: #fff; }
          .columns { display: grid; grid-template-columns: repeat(4, 1fr); gap: .75rem; padding: .75rem; }
          section { background: #eceae6; border-radius: 8px; padding: .5rem; min-height: 70vh; }
          ol { list-style: none; margin: 0; padding: 0; display: grid; gap: .5rem; }
          article { background: #fff; border-radius: 8px; padding: .5rem .75rem; border-left: 6px solid #2f6f3e; }
          h3 { margin: 0; font-size: 1.6rem; }
          p, ul { margin: .25rem 0; }
        </style></head>
        <body>
          <header><h1>Bare board</h1><p id="live">connecting</p></header>
          <main class="columns">
            <section data-column="New"><h2>New <span id="count">(0)</span></h2><ol id="new"></ol></section>
            <section data-column="InPreparation"><h2>In preparation (0)</h2></section>
            <section data-column="Ready"><h2>Ready (0)</h2></section>
            <section data-column="HandedOver"><h2>Handed over (0)</h2></section>
          </main>
          <script>
            const list = document.getElementById("new");
            const live = document.getElementById("live");
            let count = 0;
            const text = (tag, value) => { const e = document.createElement(tag); e.textContent = value; return e; };
            const socket = new WebSocket(location.href.replace(/^http/, "ws").replace(/\/bare.*$/, "/bare/socket"));
            socket.onopen = () => { live.textContent = "live"; window.__bareReady = true; };
            socket.onmessage = event => {
              const order = JSON.parse(event.data);
              const card = document.createElement("article");
              card.dataset.orderId = order.id;
              card.append(text("h3", "#" + order.id), text("p", order.who));
              const lines = document.createElement("ul");
              for (const line of order.lines) lines.append(text("li", line));
              card.append(lines, text("p", order.method), text("p", order.due), text("p", "Why here: " + order.why));
              const item = document.createElement("li");
              item.append(card);
              list.prepend(item);
              document.getElementById("count").textContent = "(" + (++count) + ")";
              live.textContent = "live · " + new Date().toLocaleTimeString();
            };
          </script>
        </body></html>
        """;

    private static readonly string[] CardLines = ["1× Espresso beans 1 kg", "2× Oat milk 1 L"];

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<WebSocket, byte> _sockets = new();

    private BarePages(WebApplication app) => _app = app;

    public Uri PageAddress { get; private set; } = default!;

    /// <summary>What the message carrying a card holds, for <see cref="FrameWatch"/>.</summary>
    public static string CardMarker(long cardNumber) => $"\"id\":{cardNumber.ToString(CultureInfo.InvariantCulture)},";

    public int Connected => _sockets.Count;

    public static async Task<BarePages> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var pages = new BarePages(app);
        app.UseWebSockets();
        app.MapGet("/bare", () => Results.Content(Page, "text/html; charset=utf-8"));
        app.Map("/bare/socket", pages.HoldAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        pages.PageAddress = new Uri(new Uri(address), "/bare");
        return pages;
    }

    /// <summary>Sends one card to every open page; returns when it was sent, before the first page's copy (as <see cref="PlacedOrder"/> notes it).</summary>
    public async Task<PlacedOrder> SendAsync(long orderId)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new
        {
            id = orderId,
            who = "Ada · ••• ••• 0142",
            lines = CardLines,
            method = "Pickup here",
            due = "Due in 15 min (" + DateTime.Now.AddMinutes(15).ToString("HH:mm", CultureInfo.InvariantCulture) + ")",
            why = "Nearest open location with every item in stock (1.2 km)",
        });
        var sent = new PlacedOrder(orderId, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), FrameWatch.MonotonicSeconds(), 0);
        foreach (var socket in _sockets.Keys)
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
            }
        }

        return sent;
    }

    private async Task HoldAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        _sockets[socket] = 0;
        try
        {
            var buffer = new byte[256];
            while (socket.State == WebSocketState.Open)
            {
                var read = await socket.ReceiveAsync(buffer, context.RequestAborted);
                if (read.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The page closed.
        }
        finally
        {
            _sockets.TryRemove(socket, out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
