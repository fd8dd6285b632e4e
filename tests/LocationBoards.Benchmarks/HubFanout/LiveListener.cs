using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace LocationBoards.Benchmarks.HubFanout;

/// <summary>
/// One SignalR .NET client over WebSockets, as a wall board or another system connects: it records, for every
/// board event it receives, the order id and when it arrived (Stopwatch ticks, taken first thing in the handler),
/// and counts repeats.
/// </summary>
public sealed class LiveListener : IAsyncDisposable
{
    public const string BoardEventMethod = "BoardEvent";

    private readonly Dictionary<long, long> _arrivals = [];
    private int _repeats;
    private string? _sample;

    private LiveListener(HubConnection connection)
    {
        Connection = connection;
        Connection.On<JsonElement>(BoardEventMethod, message =>
        {
            var at = Stopwatch.GetTimestamp();
            var orderId = message.GetProperty("orderId").GetInt64();
            lock (_arrivals)
            {
                if (!_arrivals.TryAdd(orderId, at))
                {
                    _repeats++;
                }

                _sample ??= message.GetRawText();
            }
        });
    }

    public HubConnection Connection { get; }

    public int Repeats
    {
        get
        {
            lock (_arrivals)
            {
                return _repeats;
            }
        }
    }

    /// <summary>One received message as JSON text (to size the bare broadcast's payload like the real one).</summary>
    public string? Sample
    {
        get
        {
            lock (_arrivals)
            {
                return _sample;
            }
        }
    }

    public static async Task<LiveListener> ConnectAsync(Uri hubUrl, string? bearerToken)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(hubUrl, options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                if (bearerToken is not null)
                {
                    options.AccessTokenProvider = () => Task.FromResult<string?>(bearerToken);
                }
            })
            .Build();
        var listener = new LiveListener(connection);
        await connection.StartAsync();
        return listener;
    }

    public bool TryGetArrival(long orderId, out long arrivedAt)
    {
        lock (_arrivals)
        {
            return _arrivals.TryGetValue(orderId, out arrivedAt);
        }
    }

    public bool HasAll(IEnumerable<long> orderIds)
    {
        lock (_arrivals)
        {
            return orderIds.All(_arrivals.ContainsKey);
        }
    }

    /// <summary>Order ids received that are not among <paramref name="expected"/>.</summary>
    public int CountOthers(IReadOnlySet<long> expected)
    {
        lock (_arrivals)
        {
            return _arrivals.Keys.Count(id => !expected.Contains(id));
        }
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
