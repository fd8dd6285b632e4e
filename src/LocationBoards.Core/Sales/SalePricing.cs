using System.Globalization;
using LocationBoards.Core.Catalog;

namespace LocationBoards.Core.Sales;

/// <summary>
/// Prices sale lines from the catalogue. Every price comes from the catalogue item; a price sent by the client is
/// ignored. Unknown and withdrawn items, quantities that are not from 1 to the configured maximum, goods without a
/// choice between handed over now and to be delivered, and a repeated line are problems naming their line.
/// A service line is always <see cref="SaleFulfilment.Service"/>, whatever the client sent.
/// </summary>
public static class SalePricing
{
    public static PricedSale Price(
        IReadOnlyList<SaleLineRequest> requested, IReadOnlyDictionary<int, CatalogItem> catalog, SalesOptions options)
    {
        ArgumentNullException.ThrowIfNull(requested);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (requested.Count > options.MaxLinesPerSale)
        {
            problems.Add($"A sale has at most {options.MaxLinesPerSale} lines.");
        }

        var lines = new List<PricedLine>(requested.Count);
        var seen = new Dictionary<(int, SaleFulfilment), int>();
        var ignoredPrices = 0;
        for (var i = 0; i < requested.Count; i++)
        {
            var number = i + 1;
            var request = requested[i];
            if (request is null)
            {
                problems.Add(Numbered(number, "is empty."));
                continue;
            }

            if (!catalog.TryGetValue(request.CatalogItemId, out var item))
            {
                problems.Add(Numbered(number, $"item {request.CatalogItemId.ToString(CultureInfo.InvariantCulture)} is not in the catalogue."));
                continue;
            }

            if (!item.IsActive)
            {
                problems.Add(Numbered(number, $"{item.Name} is no longer sold."));
                continue;
            }

            if (request.Quantity < 1 || request.Quantity > options.MaxQuantityPerLine)
            {
                problems.Add(Numbered(number, $"the quantity of {item.Name} must be from 1 to {options.MaxQuantityPerLine}."));
                continue;
            }

            if (FulfilmentOf(item, request.Fulfilment) is not { } fulfilment)
            {
                problems.Add(Numbered(number, $"choose whether {item.Name} is handed over now or delivered."));
                continue;
            }

            if (seen.TryGetValue((item.Id, fulfilment), out var first))
            {
                problems.Add(Numbered(number, $"repeats line {first} ({item.Name}); change that line's quantity instead."));
                continue;
            }

            seen.Add((item.Id, fulfilment), number);
            if (request.ClientUnitPriceMinor is { } claimed && claimed != item.PriceMinor)
            {
                ignoredPrices++;
            }

            lines.Add(new PricedLine(item.Id, item.Name, request.Quantity, fulfilment, item.PriceMinor));
        }

        return new PricedSale(lines, problems, ignoredPrices);
    }

    /// <summary>The sale's own lines as requests (for pricing them again, e.g. at processing or when copying).</summary>
    public static IReadOnlyList<SaleLineRequest> RequestsOf(Sale sale)
    {
        ArgumentNullException.ThrowIfNull(sale);
        return [.. sale.Lines.Select(l => new SaleLineRequest(l.CatalogItemId, l.Quantity, l.Fulfilment))];
    }

    private static SaleFulfilment? FulfilmentOf(CatalogItem item, SaleFulfilment? asked) => item.Kind switch
    {
        CatalogItemKind.Service => SaleFulfilment.Service,
        _ => asked is SaleFulfilment.HandedOverNow or SaleFulfilment.ToBeDelivered ? asked : null,
    };

    private static string Numbered(int line, string problem) => $"Line {line.ToString(CultureInfo.InvariantCulture)}: {problem}";
}
