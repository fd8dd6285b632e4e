using LocationBoards.Core.Catalog;
using LocationBoards.Core.Ordering;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Tests.Support;

/// <summary>Order history made for one test: done orders in the past, as the seed's history is.</summary>
public static class PastOrders
{
    public static async Task AddAsync(IDbContextFactory<AppDbContext> store, int customerId, int locationId, CatalogItem item, int quantity, int daysAgo)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(item);
        await using var db = await store.CreateDbContextAsync();
        var placed = DateTime.UtcNow.AddDays(-daysAgo);
        db.Orders.Add(new Order
        {
            LocationId = locationId,
            CustomerId = customerId,
            Channel = OrderChannel.Kiosk,
            DeliveryMethod = DeliveryMethod.Pickup,
            PaymentMethod = PaymentMethod.PayAtPickup,
            Status = OrderStatus.Done,
            PlacedUtc = placed,
            DueUtc = placed.AddMinutes(15),
            TotalMinor = item.PriceMinor * quantity,
            PlacedBy = "test",
            Lines = [new OrderLine { CatalogItemId = item.Id, ItemName = item.Name, Quantity = quantity, UnitPriceMinor = item.PriceMinor }],
            Routing = new RoutingRecord { OriginKind = "history", Explanation = "Imported from order history." },
        });
        await db.SaveChangesAsync();
    }
}
