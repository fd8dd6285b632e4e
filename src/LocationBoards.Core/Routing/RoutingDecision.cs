namespace LocationBoards.Core.Routing;

/// <summary>
/// The outcome of routing: the chosen location with its distance and every nearer location passed
/// over with its reason, or no location with what is missing. Either way, one plain sentence says why.
/// </summary>
public sealed record RoutingDecision(
    int? LocationId,
    string? LocationName,
    double DistanceMetres,
    IReadOnlyList<PassedOverLocation> PassedOver,
    string Explanation)
{
    public bool Found => LocationId is not null;
}
