using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace LocationBoards.Benchmarks.DispatchLoad;

/// <summary>
/// One dispatcher's live connection (SignalR .NET over WebSockets, the demo dispatcher's bearer token, JoinDispatch),
/// as the dispatch map connects. For every position in every batch it receives while recording, it keeps the delay
/// from the position's own timestamp (set by the sender just before sending, same machine and clock) to arrival,
/// taken first thing in the handler.
/// </summary>
public sealed class DispatcherListener : IAsyncDisposable
{
    private readonly List<double> _delaysMs = [];
    private readonly Dictionary<int, DateTime> _latest = [];
    private readonly Lock _lock = new();
    private DateTime _windowStartUtc = DateTime.MaxValue;
    private DateTime _windowEndUtc = DateTime.MaxValue;
    private long _batches;
    private long _received;

    private DispatcherListener(HubConnection connection)
    {
        Connection = connection;
        Connection.On<JsonElement>("Positions", batch =>
        {
            var arrived = DateTime.UtcNow;
            lock (_lock)
            {
                _batches++;
                foreach (var position in batch.EnumerateArray())
                {
                    _received++;
                    var recorded = position.GetProperty("recordedUtc").GetDateTimeOffset().UtcDateTime;
                    var technician = position.GetProperty("technicianId").GetInt32();
                    if (!_latest.TryGetValue(technician, out var held) || held < recorded)
                    {
                        _latest[technician] = recorded;
                    }

                    if (recorded >= _windowStartUtc && recorded < _windowEndUtc)
                    {
                        _delaysMs.Add((arrived - recorded).TotalMilliseconds);
                    }
                }
            }
        });
    }

    public HubConnection Connection { get; }

    /// <summary>Positions received since connecting (any time), and the batches they came in.</summary>
    public (long Positions, long Batches) Totals
    {
        get
        {
            lock (_lock)
            {
                return (_received, _batches);
            }
        }
    }

    public static async Task<DispatcherListener> ConnectAsync(Uri hubUrl, string bearerToken)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(hubUrl, options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.AccessTokenProvider = () => Task.FromResult<string?>(bearerToken);
            })
            .Build();
        var listener = new DispatcherListener(connection);
        await connection.StartAsync();
        await connection.InvokeAsync<long>("JoinDispatch");
        return listener;
    }

    /// <summary>From now on, keep the delays of positions timed within [start, end).</summary>
    public void Record(DateTime startUtc, DateTime endUtc)
    {
        lock (_lock)
        {
            _delaysMs.Clear();
            (_windowStartUtc, _windowEndUtc) = (startUtc, endUtc);
        }
    }

    /// <summary>The newest position timestamp received for each technician.</summary>
    public IReadOnlyDictionary<int, DateTime> Latest()
    {
        lock (_lock)
        {
            return new Dictionary<int, DateTime>(_latest);
        }
    }

    public IReadOnlyList<double> Delays()
    {
        lock (_lock)
        {
            return [.. _delaysMs];
        }
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
