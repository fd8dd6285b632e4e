using LocationBoards.Core.Sales;

namespace LocationBoards.Hub.Features.Sales;

/// <summary>A sale as the API answers it: lines with the catalogue's prices, payment, agreement, outcome and status history.</summary>
public sealed record SaleView(
    long SaleId,
    Guid ClientKey,
    SaleChannel Channel,
    long JobId,
    int CustomerId,
    int TechnicianId,
    string SellerUserId,
    SaleStatus Status,
    int Version,
    IReadOnlyList<SaleView.Line> Lines,
    long TotalMinor,
    SalePaymentMethod? PaymentMethod,
    string? PaymentReference,
    string? AgreedName,
    bool HasSignature,
    DateTime? AgreedUtc,
    long? AgreedTotalMinor,
    DateTime CreatedUtc,
    DateTime? SubmittedUtc,
    DateTime? FinishedUtc,
    SaleRefusalReason? RefusalReason,
    string? RefusalNote,
    long? CopiedFromSaleId,
    long? DeliveryOrderId,
    IReadOnlyList<SaleView.Change> History)
{
    public sealed record Line(int CatalogItemId, string ItemName, int Quantity, long UnitPriceMinor, long LineTotalMinor, SaleFulfilment Fulfilment, int? SupplyingLocationId);

    public sealed record Change(SaleStatus? From, SaleStatus To, DateTime AtUtc, string By, string? Note);

    public static SaleView Of(Sale sale)
    {
        ArgumentNullException.ThrowIfNull(sale);
        return new SaleView(
            sale.Id, sale.ClientKey, sale.Channel, sale.JobId, sale.CustomerId, sale.TechnicianId, sale.SellerUserId, sale.Status, sale.Version,
            [.. sale.Lines.Select(l => new Line(l.CatalogItemId, l.ItemName, l.Quantity, l.UnitPriceMinor, l.LineTotalMinor, l.Fulfilment, l.SupplyingLocationId))],
            sale.TotalMinor, sale.PaymentMethod, sale.PaymentReference, sale.AgreedName, sale.Signature is not null, sale.AgreedUtc, sale.AgreedTotalMinor,
            sale.CreatedUtc, sale.SubmittedUtc, sale.FinishedUtc, sale.RefusalReason, sale.RefusalNote, sale.CopiedFromSaleId, sale.DeliveryOrderId,
            [.. sale.History.OrderBy(h => h.AtUtc).ThenBy(h => h.Id).Select(h => new Change(h.From, h.To, h.AtUtc, h.By, h.Note))]);
    }
}
