using LocationBoards.Core.Catalog;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Ordering;

/// <summary>
/// The catalogue as order preparation reads it (names, kinds, prices, whether sold), kept in memory instead of read
/// for every order. Rebuilt when an admin saves an item on this node, when an order names an item it does not know,
/// and at the latest after <see cref="MaxAge"/> so changes made elsewhere arrive too. Stock is never cached here: the
/// order writer reads it inside its transaction.
/// </summary>
public sealed class CatalogDirectory(IDbContextFactory<AppDbContext> contexts, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private Snapshot? _current;

    /// <summary>The items with these ids and SKUs that exist, sold or not.</summary>
    public async ValueTask<IReadOnlyList<CatalogItem>> FindAsync(IReadOnlyCollection<int> ids, IReadOnlyCollection<string> skus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(skus);
        var snapshot = await CurrentAsync(cancellationToken);
        if (!snapshot.Knows(ids, skus))
        {
            // Perhaps added since the snapshot was taken.
            snapshot = await RebuildAsync(snapshot, cancellationToken);
        }

        return snapshot.Find(ids, skus);
    }

    /// <summary>Forget the snapshot; the next order reads the catalogue again.</summary>
    public void Invalidate() => _current = null;

    public void Dispose() => _rebuild.Dispose();

    private async ValueTask<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        return current is not null && clock.GetUtcNow() - current.BuiltAt < MaxAge ? current : await RebuildAsync(current, cancellationToken);
    }

    private async Task<Snapshot> RebuildAsync(Snapshot? stale, CancellationToken cancellationToken)
    {
        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } rebuilt && !ReferenceEquals(rebuilt, stale) && clock.GetUtcNow() - rebuilt.BuiltAt < MaxAge)
            {
                return rebuilt;
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var items = await db.CatalogItems.AsNoTracking().ToListAsync(cancellationToken);
            var snapshot = new Snapshot(items, clock.GetUtcNow());
            _current = snapshot;
            return snapshot;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    private sealed class Snapshot(List<CatalogItem> items, DateTimeOffset builtAt)
    {
        private readonly Dictionary<int, CatalogItem> _byId = items.ToDictionary(i => i.Id);
        private readonly Dictionary<string, CatalogItem> _bySku = items.ToDictionary(i => i.Sku, StringComparer.Ordinal);

        public DateTimeOffset BuiltAt { get; } = builtAt;

        public bool Knows(IReadOnlyCollection<int> ids, IReadOnlyCollection<string> skus) =>
            ids.All(_byId.ContainsKey) && skus.All(_bySku.ContainsKey);

        public List<CatalogItem> Find(IReadOnlyCollection<int> ids, IReadOnlyCollection<string> skus) =>
        [
            .. ids.Select(id => _byId.GetValueOrDefault(id)).Concat(skus.Select(s => _bySku.GetValueOrDefault(s)))
                .OfType<CatalogItem>().Distinct(),
        ];
    }
}
