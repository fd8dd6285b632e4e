namespace LocationBoards.Core.Routing;

/// <summary>A location nearer than the chosen one, and why it could not take the order, in plain words.</summary>
public sealed record PassedOverLocation(int LocationId, string Name, double DistanceMetres, PassOverReason Reason, string Because);
