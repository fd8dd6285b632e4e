namespace LocationBoards.SeedGenerator.Business;

/// <summary>
/// A location as planned: its street address (placed by the gazetteer), capacity, weekly hours (per day a list
/// of "HH:mm-HH:mm" ranges, or "24h"; an end at or before the start runs past midnight), closures and services.
/// </summary>
internal sealed record LocationPlan(
    string Code,
    string Name,
    string Street,
    int MaxOpenOrders,
    IReadOnlyDictionary<string, string[]> Hours,
    IReadOnlyList<(string Date, string Reason)> Closures,
    IReadOnlyList<string> Services,
    bool StocksAppliances);
