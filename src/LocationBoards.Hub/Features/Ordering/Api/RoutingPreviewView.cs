using LocationBoards.Core.Routing;

namespace LocationBoards.Hub.Features.Ordering.Api;

/// <summary>A routing decision as the preview endpoint shows it.</summary>
public sealed record RoutingPreviewView(bool Found, int? LocationId, string? LocationName, double DistanceMetres, string Explanation, IReadOnlyList<PassedOverView> PassedOver)
{
    public static RoutingPreviewView From(RoutingDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new RoutingPreviewView(
            decision.Found,
            decision.LocationId,
            decision.LocationName,
            decision.DistanceMetres,
            decision.Explanation,
            [.. decision.PassedOver.Select(p => new PassedOverView(p.LocationId, p.Name, p.DistanceMetres, p.Because))]);
    }
}
