namespace LocationBoards.Core.Ordering;

/// <summary>A location nearer than the chosen one, and why it could not take the order.</summary>
public sealed class RoutingCandidate
{
    public int LocationId { get; set; }

    public required string LocationName { get; set; }

    public double DistanceMetres { get; set; }

    public required string Reason { get; set; }
}
