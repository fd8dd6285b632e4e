using LocationBoards.Core.Geography;

namespace LocationBoards.Core.Routing;

/// <summary>
/// A static k-d tree over points as 3-D unit vectors. Straight-line (chord) distance between unit
/// vectors grows with great-circle distance, so ordering by chord is the exact great-circle order:
/// no planar error near the poles and no seam at the antimeridian. Built once; read by many threads.
/// </summary>
public sealed class LocationIndex
{
    private readonly UnitVector[] _points;
    private readonly int[] _entries; // entry index per tree slot, in tree order
    private readonly byte[] _axes;   // split axis per tree slot

    public LocationIndex(IReadOnlyList<GeoPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        _points = [.. points.Select(GreatCircle.ToUnitVector)];
        _entries = [.. Enumerable.Range(0, _points.Length)];
        _axes = new byte[_points.Length];
        Build(0, _points.Length);
    }

    public int Count => _points.Length;

    /// <summary>The single nearest entry, or -1 when empty. Ties go to the lower entry index.</summary>
    public int Nearest(GeoPoint origin)
    {
        if (_points.Length == 0)
        {
            return -1;
        }

        var target = GreatCircle.ToUnitVector(origin);
        var best = -1;
        var bestSquared = double.PositiveInfinity;
        SearchNearest(0, _points.Length, target, ref best, ref bestSquared);
        return best;
    }

    /// <summary>
    /// The single nearest entry with its distance, measured exactly as <see cref="NearestFirst"/> measures it;
    /// null when empty. Ties go to the lower entry index.
    /// </summary>
    public IndexedDistance? NearestWithDistance(GeoPoint origin)
    {
        if (_points.Length == 0)
        {
            return null;
        }

        var target = GreatCircle.ToUnitVector(origin);
        var best = -1;
        var bestSquared = double.PositiveInfinity;
        SearchNearest(0, _points.Length, target, ref best, ref bestSquared);
        return new IndexedDistance(best, GreatCircle.ChordToMetres(Math.Sqrt(bestSquared)));
    }

    /// <summary>
    /// Every entry in order of great-circle distance from the origin, lazily: a caller that stops
    /// after the first acceptable location pays only for the part of the tree it needed.
    /// Equal distances come out by lower entry index.
    /// </summary>
    public IEnumerable<IndexedDistance> NearestFirst(GeoPoint origin)
    {
        if (_points.Length == 0)
        {
            yield break;
        }

        var target = GreatCircle.ToUnitVector(origin);

        // Best-first search: ranges of the tree keyed by a lower bound of their distance, and points by their exact distance.
        var queue = new PriorityQueue<QueueItem, (double Squared, int Kind, int Entry)>();
        queue.Enqueue(new QueueItem(0, _points.Length, -1), (0, 0, -1));
        while (queue.TryDequeue(out var item, out var priority))
        {
            if (item.Entry >= 0)
            {
                yield return new IndexedDistance(item.Entry, GreatCircle.ChordToMetres(Math.Sqrt(priority.Squared)));
                continue;
            }

            var (start, end) = (item.Start, item.End);
            if (start >= end)
            {
                continue;
            }

            var middle = (start + end) / 2;
            var entry = _entries[middle];
            queue.Enqueue(new QueueItem(0, 0, entry), (target.SquaredChordTo(_points[entry]), 1, entry));
            var axis = _axes[middle];
            var split = _points[entry][axis];
            var delta = target[axis] - split;
            var planeSquared = delta * delta;
            var boundOfThisRange = priority.Squared;
            var nearSideBound = boundOfThisRange;
            var farSideBound = Math.Max(boundOfThisRange, planeSquared);
            if (delta < 0)
            {
                queue.Enqueue(new QueueItem(start, middle, -1), (nearSideBound, 0, -1));
                queue.Enqueue(new QueueItem(middle + 1, end, -1), (farSideBound, 0, -1));
            }
            else
            {
                queue.Enqueue(new QueueItem(middle + 1, end, -1), (nearSideBound, 0, -1));
                queue.Enqueue(new QueueItem(start, middle, -1), (farSideBound, 0, -1));
            }
        }
    }

    private void SearchNearest(int start, int end, UnitVector target, ref int best, ref double bestSquared)
    {
        while (start < end)
        {
            var middle = (start + end) / 2;
            var entry = _entries[middle];
            var squared = target.SquaredChordTo(_points[entry]);
            if (squared < bestSquared || (squared == bestSquared && entry < best))
            {
                best = entry;
                bestSquared = squared;
            }

            var axis = _axes[middle];
            var delta = target[axis] - _points[entry][axis];
            var (nearStart, nearEnd, farStart, farEnd) = delta < 0
                ? (start, middle, middle + 1, end)
                : (middle + 1, end, start, middle);
            SearchNearest(nearStart, nearEnd, target, ref best, ref bestSquared);
            if (delta * delta > bestSquared)
            {
                return;
            }

            (start, end) = (farStart, farEnd);
        }
    }

    private void Build(int start, int end)
    {
        if (end - start <= 0)
        {
            return;
        }

        var axis = WidestAxis(start, end);
        var middle = (start + end) / 2;
        var span = _entries.AsSpan(start, end - start);
        var points = _points;
        span.Sort((a, b) =>
        {
            var byAxis = points[a][axis].CompareTo(points[b][axis]);
            return byAxis != 0 ? byAxis : a.CompareTo(b);
        });
        _axes[middle] = (byte)axis;
        Build(start, middle);
        Build(middle + 1, end);
    }

    private int WidestAxis(int start, int end)
    {
        Span<double> min = [double.MaxValue, double.MaxValue, double.MaxValue];
        Span<double> max = [double.MinValue, double.MinValue, double.MinValue];
        for (var i = start; i < end; i++)
        {
            var p = _points[_entries[i]];
            for (var axis = 0; axis < 3; axis++)
            {
                min[axis] = Math.Min(min[axis], p[axis]);
                max[axis] = Math.Max(max[axis], p[axis]);
            }
        }

        var widest = 0;
        for (var axis = 1; axis < 3; axis++)
        {
            if (max[axis] - min[axis] > max[widest] - min[widest])
            {
                widest = axis;
            }
        }

        return widest;
    }

    private readonly record struct QueueItem(int Start, int End, int Entry);
}
