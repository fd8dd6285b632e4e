using LocationBoards.Core.Catalog;
using LocationBoards.Core.Ordering;

namespace LocationBoards.Core.Routing;

/// <summary>Plain sentences for the client, the staff and the API: why the order went where it went, or could not go anywhere.</summary>
internal static class RoutingExplanation
{
    private const int NamedPassedOver = 2;

    public static string ForChoice(
        RoutableLocation chosen, double distance, RoutingRequest request, IReadOnlyList<PassedOverLocation> passedOver, DistanceUnit unit)
    {
        var first = request.Method switch
        {
            DeliveryMethod.Pickup when chosen.Id == request.PreferredLocationId && passedOver.Count == 0 =>
                $"{chosen.Name} has everything ready for pickup here",
            DeliveryMethod.Pickup => $"{chosen.Name} has everything for pickup and is {DistanceText.Format(distance, unit)} away",
            DeliveryMethod.Delivery => $"{chosen.Name} has everything, delivers to this address and is {DistanceText.Format(distance, unit)} away",
            _ => $"{chosen.Name} offers this service at this address and is {DistanceText.Format(distance, unit)} away",
        };

        var clauses = new List<string> { first };
        clauses.AddRange(passedOver.Take(NamedPassedOver).Select(p =>
            p.LocationId == request.PreferredLocationId ? $"{p.Name} {p.Because}" : $"{p.Name} is nearer but {p.Because}"));
        if (passedOver.Count > NamedPassedOver)
        {
            var more = passedOver.Count - NamedPassedOver;
            clauses.Add($"{more} more nearer location{(more == 1 ? string.Empty : "s")} could not take it");
        }

        return string.Join("; ", clauses) + ".";
    }

    public static string ForNoLocation(
        RoutingRequest request, IReadOnlyList<PassedOverLocation> examined, ILocationLoad load, IReadOnlyList<RoutableLocation> all)
    {
        if (all.Count == 0)
        {
            return "No location is set up to take orders yet.";
        }

        if (request.GoesToAnAddress && examined.All(p => p.Reason == PassOverReason.OutsideServiceArea))
        {
            return request.Method == DeliveryMethod.TechnicianVisit
                ? "No location sends technicians to this address: it is outside every service area."
                : "No location delivers to this address: it is outside every service area.";
        }

        var reachable = all
            .Where(l => !request.GoesToAnAddress || l.ServiceArea.Contains(request.Origin))
            .ToList();
        var unofferedServices = request.Lines
            .Where(l => l.Kind == CatalogItemKind.Service && reachable.All(loc => !loc.ServiceItemIds.Contains(l.CatalogItemId)))
            .Select(l => l.Name)
            .ToList();
        if (unofferedServices.Count > 0)
        {
            return $"No location that can reach you offers {List(unofferedServices)}.";
        }

        var open = reachable.Where(l => l.Hours.IsOpenAt(request.At, l.TimeZone)).ToList();
        if (open.Count == 0)
        {
            return "Every location that could take this order is closed now. Please try again when they open.";
        }

        var unavailable = request.Lines
            .Where(l => l.Kind == CatalogItemKind.Goods && open.All(loc => load.AvailableStock(loc.Id, l.CatalogItemId) < l.Quantity))
            .Select(l => $"{l.Quantity} × {l.Name}")
            .ToList();
        if (unavailable.Count > 0)
        {
            return $"No open location has {List(unavailable)} in stock. Try fewer, or remove {(unavailable.Count == 1 ? "it" : "them")}.";
        }

        if (examined.Any(p => p.Reason == PassOverReason.AtCapacity))
        {
            return "Every location that could take this order is at capacity right now. Please try again in a few minutes.";
        }

        return "No single open location has everything in this order. Try ordering the items separately.";
    }

    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
