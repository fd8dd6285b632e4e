using LocationBoards.Core.Routing;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Ordering;

/// <summary>
/// The active locations as routing sees them (positions in a spatial index, hours, service areas),
/// built from the store and kept in memory. Rebuilt when an admin changes a location on this node,
/// and at the latest after <see cref="MaxAge"/> so other nodes' changes arrive too.
/// </summary>
public sealed class LocationDirectory(
    IDbContextFactory<AppDbContext> contexts,
    IOptions<OrderingOptions> options,
    TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private (LocationRouter Router, DateTimeOffset BuiltAt)? _current;

    public async ValueTask<LocationRouter> RouterAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is { } fresh && clock.GetUtcNow() - fresh.BuiltAt < MaxAge)
        {
            return fresh.Router;
        }

        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            current = _current;
            if (current is { } rebuiltMeanwhile && clock.GetUtcNow() - rebuiltMeanwhile.BuiltAt < MaxAge)
            {
                return rebuiltMeanwhile.Router;
            }

            var router = await BuildAsync(cancellationToken);
            _current = (router, clock.GetUtcNow());
            return router;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    /// <summary>Forget the built router; the next order rebuilds it from the store.</summary>
    public void Invalidate() => _current = null;

    public void Dispose() => _rebuild.Dispose();

    private async Task<LocationRouter> BuildAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var locations = await db.Locations.AsNoTracking()
            .Where(l => l.IsActive)
            .Include(l => l.OpeningIntervals)
            .Include(l => l.Closures)
            .Include(l => l.Services)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return new LocationRouter(locations.Select(RoutableLocation.From), options.Value.DistanceUnit);
    }
}
