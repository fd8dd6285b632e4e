using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using LocationBoards.Hub.Realtime;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.Extensions.DependencyInjection;

namespace LocationBoards.Hub.Tests.Support;

/// <summary>A real SignalR .NET client of the hub's LiveHub, with a bearer token, recording what it receives.</summary>
public sealed class LiveClient : IAsyncDisposable
{
    private LiveClient(HubConnection connection)
    {
        Connection = connection;
        Connection.On<BoardEventMessage>(nameof(ILiveClient.BoardEvent), message => BoardEvents.Enqueue(message));
        Connection.On<BoardEventMessage>(nameof(ILiveClient.OrderChanged), message => OrderChanges.Enqueue(message));
        Connection.Closed += _ =>
        {
            Closed.TrySetResult();
            return Task.CompletedTask;
        };
    }

    public HubConnection Connection { get; }

    public ConcurrentQueue<BoardEventMessage> BoardEvents { get; } = new();

    public ConcurrentQueue<BoardEventMessage> OrderChanges { get; } = new();

    public TaskCompletionSource Closed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<LiveClient> ConnectAsync(HubFactory hub, string token)
    {
        ArgumentNullException.ThrowIfNull(hub);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(hub.Server.BaseAddress, LiveHub.Path), options =>
            {
                options.HttpMessageHandlerFactory = _ => hub.Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .AddJsonProtocol(json => json.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)))
            .Build();
        var client = new LiveClient(connection);
        await connection.StartAsync();
        return client;
    }

    /// <summary>Waits until the condition holds for what was received (bounded by a generous timeout, not a fixed sleep).</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (!condition())
        {
            try
            {
                await Task.Delay(20, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Timed out waiting until {what}.");
            }
        }
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
