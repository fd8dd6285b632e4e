using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LocationBoards.Benchmarks.HubFanout;

/// <summary>
/// The floor to compare the hub with: plain ASP.NET Core SignalR inside the load generator on its own loopback
/// port, broadcasting a payload to every connected client with <c>Clients.All.SendAsync</c>.
/// </summary>
public sealed class BareBroadcastServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IHubContext<BareHub> _hub;

    private BareBroadcastServer(WebApplication app, Uri hubUrl)
    {
        _app = app;
        _hub = app.Services.GetRequiredService<IHubContext<BareHub>>();
        HubUrl = hubUrl;
    }

    public Uri HubUrl { get; }

    public static async Task<BareBroadcastServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSignalR();
        var app = builder.Build();
        app.MapHub<BareHub>(BareHub.Path);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new BareBroadcastServer(app, new Uri(new Uri(address), BareHub.Path));
    }

    public Task BroadcastAsync(JsonElement payload) => _hub.Clients.All.SendAsync(LiveListener.BoardEventMethod, payload);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
