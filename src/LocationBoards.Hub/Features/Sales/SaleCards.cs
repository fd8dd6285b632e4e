using LocationBoards.Core.Sales;

namespace LocationBoards.Hub.Features.Sales;

public static class SaleCards
{
    public static SaleCard For(Sale sale, string technicianName, string customerFirstName)
    {
        ArgumentNullException.ThrowIfNull(sale);
        return new SaleCard(
            sale.Id, sale.JobId, sale.TechnicianId, technicianName, sale.CustomerId, customerFirstName, sale.Channel, sale.Status, sale.Version,
            [.. sale.Lines.Select(l => new SaleCard.Item(l.CatalogItemId, l.ItemName, l.Quantity, l.LineTotalMinor, l.Fulfilment))],
            sale.TotalMinor, sale.CreatedUtc, sale.FinishedUtc, sale.RefusalReason, sale.RefusalNote);
    }
}
