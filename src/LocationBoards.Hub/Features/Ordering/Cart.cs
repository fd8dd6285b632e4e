namespace LocationBoards.Hub.Features.Ordering;

/// <summary>What the client has chosen so far, in the order they chose it.</summary>
public sealed class Cart(int maxQuantityPerLine)
{
    private readonly List<CartLine> _lines = [];

    public event Action? Changed;

    public IReadOnlyList<CartLine> Lines => _lines;

    public int Count => _lines.Sum(l => l.Quantity);

    public long TotalMinor => _lines.Sum(l => l.Item.PriceMinor * l.Quantity);

    public bool IsEmpty => _lines.Count == 0;

    public bool HasGoods => _lines.Any(l => !l.Item.IsService);

    public bool HasServices => _lines.Any(l => l.Item.IsService);

    public int QuantityOf(int itemId) => _lines.FirstOrDefault(l => l.Item.Id == itemId)?.Quantity ?? 0;

    public void Add(ShopItem item, int quantity = 1)
    {
        ArgumentNullException.ThrowIfNull(item);
        SetQuantity(item, QuantityOf(item.Id) + quantity);
    }

    public void SetQuantity(ShopItem item, int quantity)
    {
        ArgumentNullException.ThrowIfNull(item);
        var clamped = Math.Clamp(quantity, 0, maxQuantityPerLine);
        var index = _lines.FindIndex(l => l.Item.Id == item.Id);
        if (clamped == 0 && index >= 0)
        {
            _lines.RemoveAt(index);
        }
        else if (clamped > 0 && index >= 0)
        {
            _lines[index] = _lines[index] with { Quantity = clamped };
        }
        else if (clamped > 0)
        {
            _lines.Add(new CartLine(item, clamped));
        }

        Changed?.Invoke();
    }

    public void Replace(IEnumerable<(ShopItem Item, int Quantity)> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        _lines.Clear();
        foreach (var (item, quantity) in lines)
        {
            _lines.Add(new CartLine(item, Math.Clamp(quantity, 1, maxQuantityPerLine)));
        }

        Changed?.Invoke();
    }

    public void Clear()
    {
        _lines.Clear();
        Changed?.Invoke();
    }
}
