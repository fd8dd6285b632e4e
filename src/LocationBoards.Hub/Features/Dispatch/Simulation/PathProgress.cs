using LocationBoards.Core.Geography;

namespace LocationBoards.Hub.Features.Dispatch.Simulation;

/// <summary>Where a walk along a <see cref="RoadLikePath"/> ended, the path still ahead, and whether that is the destination.</summary>
public sealed record PathProgress(GeoPoint At, RoadLikePath Rest, bool Arrived);
