using LocationBoards.Core.Sales;

namespace LocationBoards.Hub.Features.Sales;

/// <summary>
/// A sale as the dispatcher's panel and map see it, carried whole in every sale dispatch event (as a job card is
/// in a job's), so a console applies the event without asking the store. The customer appears by first name only.
/// </summary>
public sealed record SaleCard(
    long SaleId,
    long JobId,
    int TechnicianId,
    string TechnicianName,
    int CustomerId,
    string CustomerFirstName,
    SaleChannel Channel,
    SaleStatus Status,
    int Version,
    IReadOnlyList<SaleCard.Item> Items,
    long TotalMinor,
    DateTime CreatedUtc,
    DateTime? FinishedUtc,
    SaleRefusalReason? RefusalReason,
    string? RefusalNote)
{
    /// <summary>Whether the sale is still being put together, agreed or processed (Draft until Processed or Refused).</summary>
    public bool InProgress => Status is not (SaleStatus.Processed or SaleStatus.Refused);

    public sealed record Item(int CatalogItemId, string Name, int Quantity, long LineTotalMinor, SaleFulfilment Fulfilment);
}
