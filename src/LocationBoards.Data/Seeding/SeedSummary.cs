namespace LocationBoards.Data.Seeding;

/// <summary>What a seed load put into the store (counts only: no personal data).</summary>
public sealed record SeedSummary(
    string Area,
    int Locations,
    int CatalogItems,
    int StockLevels,
    int Customers,
    int SpeedDialEntries,
    int HistoryOrders,
    int HistoryShiftDays,
    int Users,
    int StreetSegments,
    int Postcodes,
    int Technicians,
    int FieldJobs);
