using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace LocationBoards.Benchmarks.DispatchLoad;

/// <summary>
/// Many technicians' phones: one SignalR connection each (WebSockets, the technician's own bearer token), each
/// sending <c>SendPosition</c> as the tech app does. The technicians take turns so that the whole crew sends
/// evenly spread over each interval (1,000 technicians once a second: one position a millisecond). Each one
/// wanders within about 3 km of their home location, a few metres a step, with a timestamp taken just before
/// sending (always newer than their last). Sends follow a fixed schedule (open loop); how late each send
/// left against its schedule is kept, so a load generator that falls behind shows.
/// </summary>
public sealed class PositionSenders : IAsyncDisposable
{
    private readonly HubConnection[] _connections;
    private readonly CrewMember[] _crew;
    private readonly (double Latitude, double Longitude)[] _at;
    private readonly Random _random = new(2026);
    private readonly DateTime[] _lastAccepted;
    private long _accepted;
    private long _ignored;
    private long _refused;
    private long _failed;

    private PositionSenders(HubConnection[] connections, CrewMember[] crew)
    {
        _connections = connections;
        _crew = crew;
        _at = [.. crew.Select(c => (c.HomeLatitude + Offset(), c.HomeLongitude + Offset()))];
        _lastAccepted = new DateTime[crew.Length];
    }

    public int Count => _crew.Length;

    public (long Accepted, long Ignored, long Refused, long Failed) Outcomes =>
        (Interlocked.Read(ref _accepted), Interlocked.Read(ref _ignored), Interlocked.Read(ref _refused), Interlocked.Read(ref _failed));

    /// <summary>Each technician's newest accepted position timestamp (by technician id).</summary>
    public IReadOnlyDictionary<int, DateTime> LastAccepted()
    {
        lock (_lastAccepted)
        {
            return _crew.Select((c, i) => (c.TechnicianId, At: _lastAccepted[i])).Where(p => p.At != default).ToDictionary(p => p.TechnicianId, p => p.At);
        }
    }

    public static async Task<PositionSenders> ConnectAsync(Uri hubUrl, IReadOnlyList<CrewMember> crew, Func<CrewMember, string> token)
    {
        ArgumentNullException.ThrowIfNull(crew);
        var connections = new HubConnection[crew.Count];
        for (var i = 0; i < crew.Count; i += 20)
        {
            await Task.WhenAll(Enumerable.Range(i, Math.Min(20, crew.Count - i)).Select(async n =>
            {
                var bearer = token(crew[n]);
                var connection = new HubConnectionBuilder()
                    .WithUrl(hubUrl, options =>
                    {
                        options.Transports = HttpTransportType.WebSockets;
                        options.AccessTokenProvider = () => Task.FromResult<string?>(bearer);
                    })
                    .Build();
                await connection.StartAsync();
                connections[n] = connection;
            }));
        }

        return new PositionSenders(connections, [.. crew]);
    }

    /// <summary>
    /// Sends for <paramref name="duration"/>, each technician once per <paramref name="interval"/>, and returns how
    /// late each send left against its schedule (ms). Waits for the answers of the sends it started.
    /// </summary>
    public async Task<IReadOnlyList<double>> SendAsync(TimeSpan duration, TimeSpan interval)
    {
        var perSecond = _crew.Length / interval.TotalSeconds;
        var total = (long)(perSecond * duration.TotalSeconds);
        var lateMs = new List<double>((int)Math.Min(total, int.MaxValue));
        var pending = new List<Task>((int)Math.Min(total, int.MaxValue));
        var started = Stopwatch.GetTimestamp();
        long next = 0;
        while (next < total)
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            var due = Math.Min(total, (long)(elapsed.TotalSeconds * perSecond) + 1);
            for (; next < due; next++)
            {
                var i = (int)(next % _crew.Length);
                lateMs.Add((elapsed - TimeSpan.FromSeconds(next / perSecond)).TotalMilliseconds);
                pending.Add(SendOneAsync(i));
            }

            await Task.Delay(2);
        }

        await Task.WhenAll(pending);
        return lateMs;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }

    private async Task SendOneAsync(int i)
    {
        var (latitude, longitude) = _at[i] = (_at[i].Latitude + Step(_at[i].Latitude - _crew[i].HomeLatitude), _at[i].Longitude + Step(_at[i].Longitude - _crew[i].HomeLongitude));
        try
        {
            var recorded = DateTime.UtcNow;
            var answer = await _connections[i].InvokeAsync<string>("SendPosition", latitude, longitude, recorded);
            Interlocked.Increment(ref answer == "accepted" ? ref _accepted : ref _ignored);
            if (answer == "accepted")
            {
                lock (_lastAccepted)
                {
                    _lastAccepted[i] = recorded > _lastAccepted[i] ? recorded : _lastAccepted[i];
                }
            }
        }
        catch (HubException)
        {
            Interlocked.Increment(ref _refused);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or TaskCanceledException)
        {
            Interlocked.Increment(ref _failed);
        }
    }

    // About ±0.02° around home (a couple of km in Portland), a few metres per step, drifting back towards home.
    private double Offset() => (_random.NextDouble() - 0.5) * 0.04;

    private double Step(double fromHome) => ((_random.NextDouble() - 0.5) * 0.0002) - (fromHome * 0.01);
}
