using System.Globalization;

namespace LocationBoards.Hub.Features.Phone;

/// <summary>The items a caller picked, kept with the call as "itemId*quantity;itemId*quantity".</summary>
public static class CallCart
{
    public static IReadOnlyList<(int ItemId, int Quantity)> Read(string cart) =>
        [.. (cart ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('*'))
            .Where(p => p.Length == 2)
            .Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture)))];

    public static string Write(IEnumerable<(int ItemId, int Quantity)> lines) =>
        string.Join(';', lines.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.ItemId}*{l.Quantity}")));

    public static string Add(string cart, int itemId)
    {
        var lines = Read(cart).ToList();
        var index = lines.FindIndex(l => l.ItemId == itemId);
        if (index >= 0)
        {
            lines[index] = (itemId, lines[index].Quantity + 1);
        }
        else
        {
            lines.Add((itemId, 1));
        }

        return Write(lines);
    }
}
