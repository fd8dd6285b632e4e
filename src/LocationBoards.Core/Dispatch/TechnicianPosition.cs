using LocationBoards.Core.Geography;

namespace LocationBoards.Core.Dispatch;

/// <summary>A technician's latest accepted position, kept in memory (positions are lossy; breadcrumbs are the stored trail).</summary>
public sealed record TechnicianPosition(int TechnicianId, GeoPoint Point, DateTime RecordedUtc)
{
    public TimeSpan AgeAt(DateTime nowUtc) => nowUtc - RecordedUtc;

    /// <summary>Fresh enough to dispatch from: younger than the stale age (a slightly future timestamp within the clock skew counts as fresh).</summary>
    public bool IsFreshAt(DateTime nowUtc, TimeSpan staleAfter) => AgeAt(nowUtc) < staleAfter;
}
