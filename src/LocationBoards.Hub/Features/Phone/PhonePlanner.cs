using LocationBoards.Core.Ordering;
using LocationBoards.Data;
using LocationBoards.Hub.Features.Ordering;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Phone;

/// <summary>
/// Decides how a phone order reaches the caller without asking them again: services come with a
/// visit at their address; goods go the way they last ordered (pickup at the same store, or delivery
/// to their address), or the way a speed-dial entry says; payment as they last paid when it still fits.
/// </summary>
public sealed class PhonePlanner(IDbContextFactory<AppDbContext> contexts, OrderingCatalog catalog, LocationDirectory locations)
{
    public async Task<PhonePlan?> PlanAsync(int customerId, IReadOnlyList<(ShopItem Item, int Quantity)> lines, DeliveryMethod? preferred, CancellationToken cancellationToken)
    {
        var services = lines.Count(l => l.Item.IsService);
        if (services > 0 && services < lines.Count)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var last = await db.Orders.AsNoTracking()
            .Where(o => o.CustomerId == customerId && o.Status != OrderStatus.Cancelled)
            .OrderByDescending(o => o.PlacedUtc)
            .Select(o => new { o.DeliveryMethod, o.LocationId, o.PaymentMethod })
            .FirstOrDefaultAsync(cancellationToken);
        var addresses = await catalog.DeliveryAddressesAsync(customerId, cancellationToken);
        var home = addresses.Count > 0 ? addresses[0] : null;
        var router = await locations.RouterAsync(cancellationToken);

        if (services > 0)
        {
            return home is null ? null : new PhonePlan(DeliveryMethod.TechnicianVisit, Pay(last?.PaymentMethod, DeliveryMethod.TechnicianVisit), null, null, home.Id, home.Address);
        }

        var method = preferred ?? (last?.DeliveryMethod == DeliveryMethod.Pickup ? DeliveryMethod.Pickup : DeliveryMethod.Delivery);
        if (method == DeliveryMethod.Delivery && home is not null)
        {
            return new PhonePlan(DeliveryMethod.Delivery, Pay(last?.PaymentMethod, DeliveryMethod.Delivery), null, null, home.Id, home.Address);
        }

        var pickup = last is { DeliveryMethod: DeliveryMethod.Pickup } ? router.Find(last.LocationId) : null;
        if (pickup is null && home is not null)
        {
            pickup = router.ByDistanceFrom(home.Point).Select(x => x.Location).FirstOrDefault();
        }

        pickup ??= router.Locations.Count > 0 ? router.Locations[0] : null;
        return pickup is null ? null : new PhonePlan(DeliveryMethod.Pickup, Pay(last?.PaymentMethod, DeliveryMethod.Pickup), pickup.Id, pickup.Name, null, null);
    }

    private static PaymentMethod Pay(PaymentMethod? last, DeliveryMethod method) => last == PaymentMethod.ChargeToAccount
        ? PaymentMethod.ChargeToAccount
        : method == DeliveryMethod.Pickup ? PaymentMethod.PayAtPickup : PaymentMethod.PayOnDelivery;
}
