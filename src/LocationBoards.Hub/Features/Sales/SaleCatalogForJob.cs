using LocationBoards.Core.Catalog;

namespace LocationBoards.Hub.Features.Sales;

/// <summary>
/// What a technician (or a dispatcher taking a phoned-in sale) sells from on a job: the catalogue's items that can be
/// sold, the stock in the technician's van (their home location), and what the customer already owns and holds.
/// </summary>
public sealed record SaleCatalogForJob(
    long JobId,
    int CustomerId,
    int TechnicianId,
    int HomeLocationId,
    int MaxQuantityPerLine,
    int MaxLinesPerSale,
    IReadOnlyList<SaleCatalogForJob.Item> Items,
    IReadOnlyList<SaleCatalogForJob.Owned> ProductsOwned,
    IReadOnlyList<SaleCatalogForJob.Held> ServicesHeld)
{
    /// <summary>A catalogue item; <c>VanStock</c> is what is available (on hand less reserved) at the technician's home location, null for a service.</summary>
    public sealed record Item(
        int CatalogItemId, string Name, string Category, CatalogItemKind Kind, string Icon, string Description, long PriceMinor,
        int? TermMonths, bool Renews, int? VanStock);

    public sealed record Owned(int CatalogItemId, string Name, int Quantity, DateOnly AcquiredOn);

    public sealed record Held(int CatalogItemId, string Name, int Quantity, DateOnly StartsOn, DateOnly? EndsOn, DateOnly? RenewsOn);
}
