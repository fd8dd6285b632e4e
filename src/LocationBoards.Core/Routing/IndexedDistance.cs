namespace LocationBoards.Core.Routing;

/// <summary>An entry of a <see cref="LocationIndex"/> and its great-circle distance from the origin, in metres.</summary>
public readonly record struct IndexedDistance(int Entry, double DistanceMetres);
