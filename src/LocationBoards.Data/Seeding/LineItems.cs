using System.Globalization;
using LocationBoards.Core.Catalog;

namespace LocationBoards.Data.Seeding;

/// <summary>The items field of order-history.csv and speed-dial.csv: "DRK-OAT-1L*2;BAK-SOUR-LOAF*1".</summary>
internal static class LineItems
{
    public static IReadOnlyList<(CatalogItem Item, int Quantity)> Parse(SeedCsvRow row, string column, IReadOnlyDictionary<string, CatalogItem> catalog)
    {
        var lines = new List<(CatalogItem, int)>();
        foreach (var part in row.Text(column).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var star = part.LastIndexOf('*');
            var sku = star > 0 ? part[..star].Trim() : part;
            var quantity = 1;
            if (star > 0 && (!int.TryParse(part[(star + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out quantity) || quantity is < 1 or > 999))
            {
                throw row.Problem(column, $"\"{part}\" is not an item like SKU*2 (a quantity from 1 to 999)");
            }

            if (!catalog.TryGetValue(sku, out var item))
            {
                throw row.Problem(column, $"\"{sku}\" is not in {SeedFiles.Catalog}");
            }

            if (lines.Exists(l => l.Item1 == item))
            {
                throw row.Problem(column, $"\"{sku}\" appears twice; give one line with the total quantity");
            }

            lines.Add((item, quantity));
        }

        return lines.Count > 0 ? lines : throw row.Problem(column, "has no items");
    }
}
