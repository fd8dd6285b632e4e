namespace LocationBoards.Hub.Features.Ordering;

public sealed record CartLine(ShopItem Item, int Quantity)
{
    public long LineTotalMinor => Item.PriceMinor * Quantity;
}
