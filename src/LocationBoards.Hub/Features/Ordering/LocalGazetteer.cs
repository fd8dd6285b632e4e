using LocationBoards.Core.Geography.Gazetteer;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Ordering;

/// <summary>The offline gazetteer built once from the store's street ranges and postcodes, for placing and suggesting addresses.</summary>
public sealed class LocalGazetteer(IDbContextFactory<AppDbContext> contexts) : IDisposable
{
    private readonly SemaphoreSlim _load = new(1, 1);
    private Gazetteer? _gazetteer;

    public async ValueTask<Gazetteer> GetAsync(CancellationToken cancellationToken)
    {
        if (_gazetteer is { } loaded)
        {
            return loaded;
        }

        await _load.WaitAsync(cancellationToken);
        try
        {
            if (_gazetteer is null)
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var segments = await db.StreetSegments.AsNoTracking().ToListAsync(cancellationToken);
                var postcodes = await db.PostcodeAreas.AsNoTracking().ToListAsync(cancellationToken);
                _gazetteer = new Gazetteer(segments, postcodes);
            }

            return _gazetteer;
        }
        finally
        {
            _load.Release();
        }
    }

    public void Dispose() => _load.Dispose();
}
