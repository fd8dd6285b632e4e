using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>
/// Who supervises whom, held briefly in memory: the broadcaster asks for every batch, and supervisors see only
/// their own technicians. Refreshed at most once a minute, or at once after a change.
/// </summary>
public sealed class TechnicianDirectory(IDbContextFactory<AppDbContext> contexts, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan FreshFor = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Snapshot? _snapshot;

    public async Task<IReadOnlyDictionary<int, string>> SupervisorsAsync(CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken)).SupervisorOf;

    /// <summary>The technicians one person supervises.</summary>
    public async Task<IReadOnlySet<int>> SupervisedByAsync(string userId, CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken)).SupervisedBy.GetValueOrDefault(userId) ?? (IReadOnlySet<int>)new HashSet<int>();

    public void Invalidate() => _snapshot = null;

    public void Dispose() => _loading.Dispose();

    private async Task<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_snapshot is { } fresh && now - fresh.LoadedAt < FreshFor)
        {
            return fresh;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is { } loaded && now - loaded.LoadedAt < FreshFor)
            {
                return loaded;
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var rows = await db.Technicians.AsNoTracking().Where(t => t.SupervisorUserId != null)
                .Select(t => new { t.Id, t.SupervisorUserId }).ToListAsync(cancellationToken);
            var snapshot = new Snapshot(
                now,
                rows.ToDictionary(r => r.Id, r => r.SupervisorUserId!),
                rows.GroupBy(r => r.SupervisorUserId!).ToDictionary(g => g.Key, g => (IReadOnlySet<int>)g.Select(r => r.Id).ToHashSet(), StringComparer.Ordinal));
            _snapshot = snapshot;
            return snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    private sealed record Snapshot(DateTimeOffset LoadedAt, IReadOnlyDictionary<int, string> SupervisorOf, IReadOnlyDictionary<string, IReadOnlySet<int>> SupervisedBy);
}
