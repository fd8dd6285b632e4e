using LocationBoards.Core.Catalog;

namespace LocationBoards.Core.Routing;

/// <summary>
/// Routes an order to the nearest location able to fulfil it: open now in its own time zone, inside
/// its service area for deliveries and visits, offering every service, holding stock for every goods
/// line, and below its capacity. Locations come from the spatial index nearest first, so only the
/// nearest few are examined; equal distances go to the lower location id. Immutable: build a new
/// router when locations change.
/// </summary>
public sealed class LocationRouter
{
    private readonly IReadOnlyList<RoutableLocation> _locations;
    private readonly Dictionary<int, int> _entryById;
    private readonly LocationIndex _index;
    private readonly DistanceUnit _unit;

    public LocationRouter(IEnumerable<RoutableLocation> locations, DistanceUnit unit = DistanceUnit.Kilometres)
    {
        ArgumentNullException.ThrowIfNull(locations);

        // Entries sorted by id, so the index's tie-break by entry is a tie-break by location id.
        _locations = [.. locations.OrderBy(l => l.Id)];
        _entryById = _locations.Select((l, entry) => (l.Id, entry)).ToDictionary(x => x.Id, x => x.entry);
        _index = new LocationIndex([.. _locations.Select(l => l.Position)]);
        _unit = unit;
    }

    public IReadOnlyList<RoutableLocation> Locations => _locations;

    public RoutableLocation? Find(int locationId) =>
        _entryById.TryGetValue(locationId, out var entry) ? _locations[entry] : null;

    /// <summary>Locations in order of distance from a point (for "pick a store near you").</summary>
    public IEnumerable<(RoutableLocation Location, double DistanceMetres)> ByDistanceFrom(Geography.GeoPoint point) =>
        _index.NearestFirst(point).Select(hit => (_locations[hit.Entry], hit.DistanceMetres));

    public RoutingDecision Route(RoutingRequest request, ILocationLoad load)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(load);

        // Most orders go to the nearest location: try it straight from the tree before walking it nearest first.
        if (request.PreferredLocationId is null && _index.NearestWithDistance(request.Origin) is { } nearest)
        {
            var location = _locations[nearest.Entry];
            if (Check(location, request, load) is null)
            {
                return new RoutingDecision(
                    location.Id, location.Name, nearest.DistanceMetres, [], RoutingExplanation.ForChoice(location, nearest.DistanceMetres, request, [], _unit));
            }
        }

        var passedOver = new List<PassedOverLocation>();
        foreach (var (location, distance) in CandidatesInOrder(request))
        {
            var refusal = Check(location, request, load);
            if (refusal is null)
            {
                return new RoutingDecision(
                    location.Id, location.Name, distance, passedOver, RoutingExplanation.ForChoice(location, distance, request, passedOver, _unit));
            }

            passedOver.Add(new PassedOverLocation(location.Id, location.Name, distance, refusal.Value.Reason, refusal.Value.Because));
        }

        return new RoutingDecision(null, null, 0, passedOver, RoutingExplanation.ForNoLocation(request, passedOver, load, _locations));
    }

    private IEnumerable<(RoutableLocation Location, double Distance)> CandidatesInOrder(RoutingRequest request)
    {
        var preferred = request.PreferredLocationId is { } id && _entryById.TryGetValue(id, out var entry) ? entry : -1;
        if (preferred >= 0)
        {
            yield return (_locations[preferred], Geography.GreatCircle.DistanceMetres(request.Origin, _locations[preferred].Position));
        }

        foreach (var hit in _index.NearestFirst(request.Origin))
        {
            if (hit.Entry != preferred)
            {
                yield return (_locations[hit.Entry], hit.DistanceMetres);
            }
        }
    }

    internal static (PassOverReason Reason, string Because)? Check(RoutableLocation location, RoutingRequest request, ILocationLoad load)
    {
        if (!location.Hours.IsOpenAt(request.At, location.TimeZone))
        {
            var next = location.Hours.NextOpeningAfter(request.At, location.TimeZone);
            return (PassOverReason.Closed, next is { } opens ? $"is closed now (opens {opens:ddd HH:mm})" : "is closed now");
        }

        if (request.GoesToAnAddress && !location.ServiceArea.Contains(request.Origin))
        {
            return (PassOverReason.OutsideServiceArea, request.Method == Ordering.DeliveryMethod.TechnicianVisit
                ? "does not send technicians to this address"
                : "does not deliver to this address");
        }

        var missingServices = request.Lines
            .Where(l => l.Kind == CatalogItemKind.Service && !location.ServiceItemIds.Contains(l.CatalogItemId))
            .Select(l => l.Name)
            .ToList();
        if (missingServices.Count > 0)
        {
            return (PassOverReason.DoesNotOfferService, $"does not offer {RoutingExplanation.List(missingServices)}");
        }

        var shortItems = request.Lines
            .Where(l => l.Kind == CatalogItemKind.Goods && load.AvailableStock(location.Id, l.CatalogItemId) < l.Quantity)
            .Select(l => l.Name)
            .ToList();
        if (shortItems.Count > 0)
        {
            return (PassOverReason.OutOfStock, $"does not have enough {RoutingExplanation.List(shortItems)}");
        }

        if (load.OpenOrders(location.Id) >= location.MaxOpenOrders)
        {
            return (PassOverReason.AtCapacity, "is at capacity");
        }

        return null;
    }
}
