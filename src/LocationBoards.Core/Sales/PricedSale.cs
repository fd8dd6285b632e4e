namespace LocationBoards.Core.Sales;

/// <summary>
/// Lines priced from the catalogue, or what is wrong with them (each problem names its line). A client's own
/// prices were ignored; <see cref="IgnoredClientPrices"/> counts those that differed, for a warning in the log.
/// </summary>
public sealed record PricedSale(IReadOnlyList<PricedLine> Lines, IReadOnlyList<string> Problems, int IgnoredClientPrices)
{
    public bool IsValid => Problems.Count == 0;

    public long TotalMinor => Lines.Aggregate(0L, (total, line) => checked(total + line.LineTotalMinor));

    public Money Total => new(TotalMinor);
}
