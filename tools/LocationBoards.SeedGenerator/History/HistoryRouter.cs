using LocationBoards.Core.Geography;
using LocationBoards.SeedGenerator.Business;

namespace LocationBoards.SeedGenerator.History;

/// <summary>
/// Where a history order would have gone: the nearest location (great-circle from the customer's home) that was
/// open at the time, holds every goods line, offers every service line, and for delivery serves the address.
/// </summary>
internal sealed class HistoryRouter(IReadOnlyList<ResolvedLocation> locations, StockPlan stock, TimeZoneInfo timeZone)
{
    public ResolvedLocation? Route(GeoPoint home, string method, IReadOnlyList<(string Sku, int Quantity)> items, DateTime placedUtc)
    {
        var instant = new DateTimeOffset(placedUtc, TimeSpan.Zero);
        return locations
            .OrderBy(l => GreatCircle.DistanceMetres(home, l.Position))
            .FirstOrDefault(l => l.Hours.IsOpenAt(instant, timeZone)
                && (method != "delivery" || l.ServiceArea!.Contains(home))
                && items.All(line => CatalogPlan.Get(line.Sku).IsService
                    ? l.Plan.Services.Contains(line.Sku)
                    : stock.OnHand(l.Code, line.Sku) >= line.Quantity));
    }
}
