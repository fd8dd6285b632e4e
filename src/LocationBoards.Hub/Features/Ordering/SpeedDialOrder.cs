using LocationBoards.Core.Ordering;

namespace LocationBoards.Hub.Features.Ordering;

/// <summary>The predetermined order behind a speed-dial code or a dialled number.</summary>
public sealed record SpeedDialOrder(string Code, string Name, DeliveryMethod Method, IReadOnlyList<(ShopItem Item, int Quantity)> Lines)
{
    public long TotalMinor => Lines.Sum(l => l.Item.PriceMinor * l.Quantity);
}
