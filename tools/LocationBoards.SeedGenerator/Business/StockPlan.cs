namespace LocationBoards.SeedGenerator.Business;

/// <summary>
/// How much of each goods item each location holds. Appliances and their parts only at the larger locations;
/// everything else everywhere, except that about one item in twelve is out (0) somewhere, so routing has to pass over.
/// </summary>
internal sealed class StockPlan
{
    private readonly Dictionary<(string Location, string Sku), int> _onHand = [];

    public StockPlan(Random random, IReadOnlyList<ResolvedLocation> locations)
    {
        foreach (var location in locations)
        {
            foreach (var item in CatalogPlan.All.Where(i => !i.IsService))
            {
                var stocked = location.Plan.StocksAppliances || !(item.IsAppliance || item.IsPart) || item.Sku is "PRT-FILTER-PITCHER" or "PRT-PAPER-FILTERS";
                if (!stocked)
                {
                    continue;
                }

                var outOfStock = random.NextDouble() < (item.IsAppliance ? 0.15 : 0.08);
                var quantity = outOfStock ? 0 : item.IsAppliance ? random.Next(2, 13) : random.Next(8, 81);
                _onHand[(location.Code, item.Sku)] = quantity;
            }
        }

        // Two items are out at the busiest locations on purpose, so the demo shows routing passing them over.
        _onHand[("pearl", "BAK-SCONE-MARION")] = 0;
        _onHand[("downtown", "DRK-OAT-1L")] = 0;
        _onHand[("hawthorne", "APL-GRINDER")] = 0;
    }

    /// <summary>The rows of stock.csv: every stocked pair, with explicit zeros kept for half of the outs (a missing row also means 0).</summary>
    public IEnumerable<(string Location, string Sku, int OnHand)> Rows(IReadOnlyList<ResolvedLocation> locations)
    {
        var zeroCount = 0;
        foreach (var location in locations)
        {
            foreach (var item in CatalogPlan.All.Where(i => !i.IsService))
            {
                if (_onHand.TryGetValue((location.Code, item.Sku), out var quantity) && (quantity > 0 || zeroCount++ % 2 == 0))
                {
                    yield return (location.Code, item.Sku, quantity);
                }
            }
        }
    }

    public int OnHand(string location, string sku) => _onHand.GetValueOrDefault((location, sku));
}
