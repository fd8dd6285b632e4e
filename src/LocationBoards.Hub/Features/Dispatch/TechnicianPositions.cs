using System.Collections.Concurrent;
using LocationBoards.Core.Dispatch;

namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>
/// The latest accepted position of every technician, in memory (positions are many and lossy by nature; the store
/// keeps only a slower breadcrumb trail). Remembers which changed since the broadcaster last took them.
/// </summary>
public sealed class TechnicianPositions
{
    private readonly ConcurrentDictionary<int, TechnicianPosition> _latest = new();
    private readonly ConcurrentDictionary<int, byte> _changed = new();

    public TechnicianPosition? Latest(int technicianId) => _latest.GetValueOrDefault(technicianId);

    public IReadOnlyDictionary<int, TechnicianPosition> All => _latest;

    /// <summary>Keeps the position unless a newer one is already held (reports may overtake each other).</summary>
    public bool Put(TechnicianPosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        var kept = _latest.AddOrUpdate(position.TechnicianId, position, (_, held) => held.RecordedUtc >= position.RecordedUtc ? held : position);
        if (!ReferenceEquals(kept, position))
        {
            return false;
        }

        _changed[position.TechnicianId] = 0;
        return true;
    }

    /// <summary>The positions changed since the last call (each technician once, at its latest).</summary>
    public IReadOnlyList<TechnicianPosition> TakeChanged()
    {
        var taken = new List<TechnicianPosition>(_changed.Count);
        foreach (var id in _changed.Keys)
        {
            if (_changed.TryRemove(id, out _) && _latest.TryGetValue(id, out var position))
            {
                taken.Add(position);
            }
        }

        return taken;
    }
}
