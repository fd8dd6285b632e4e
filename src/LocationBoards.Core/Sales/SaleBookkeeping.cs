using System.Globalization;
using LocationBoards.Core.Catalog;
using LocationBoards.Core.Customers;

namespace LocationBoards.Core.Sales;

/// <summary>
/// The customer's records a processed sale updates: a Sale entry on the account for its total, and beside it a Payment
/// entry when the customer paid the technician (so the account shows the sale and that it is settled); goods join
/// the products the customer owns, services the services they hold, with their terms from the catalogue.
/// Every row points at its sale or sale line, and the store keeps those unique, so a sale is booked once.
/// </summary>
public static class SaleBookkeeping
{
    /// <param name="sale">The sale, processed, stored (it has ids) and with every service line's serving location set.</param>
    /// <param name="catalog">The catalogue items of the sale's lines (for services' terms).</param>
    /// <param name="localDate">The day of the processing where the customer is, from which goods are owned and services start.</param>
    public static SaleBooking For(Sale sale, IReadOnlyDictionary<int, CatalogItem> catalog, DateOnly localDate)
    {
        ArgumentNullException.ThrowIfNull(sale);
        ArgumentNullException.ThrowIfNull(catalog);
        if (sale.Status != SaleStatus.Processed || sale.FinishedUtc is not { } processedUtc)
        {
            throw new InvalidOperationException($"Sale {sale.Id} is {SaleWords.Of(sale.Status)}; only a processed sale is booked.");
        }

        if (sale.Id == 0 || sale.Lines.Exists(l => l.Id == 0))
        {
            throw new InvalidOperationException("Store the sale and its lines before booking it: the records point at them.");
        }

        var entries = new List<AccountEntry>
        {
            new()
            {
                CustomerId = sale.CustomerId, Kind = AccountEntryKind.Sale, AmountMinor = sale.TotalMinor, OccurredUtc = processedUtc,
                Description = AccountLedger.Fitted($"Sale {sale.Id}: {Items(sale)}"), SaleId = sale.Id, RecordedBy = SaleStateMachine.ProcessingActor,
            },
        };
        if (sale.Payment is { IsPaidToTechnician: true } payment && sale.TotalMinor > 0)
        {
            entries.Add(new AccountEntry
            {
                CustomerId = sale.CustomerId, Kind = AccountEntryKind.Payment, AmountMinor = -sale.TotalMinor, OccurredUtc = processedUtc,
                Description = AccountLedger.Fitted($"Sale {sale.Id}: {SaleWords.Of(payment)}"), SaleId = sale.Id,
                RecordedBy = SaleStateMachine.ProcessingActor,
            });
        }

        var products = sale.Lines.Where(l => l.Fulfilment != SaleFulfilment.Service).Select(l => new OwnedProduct
        {
            CustomerId = sale.CustomerId, CatalogItemId = l.CatalogItemId, AcquiredOn = localDate, Quantity = l.Quantity, SaleLineId = l.Id,
        }).ToList();
        var services = sale.Lines.Where(l => l.Fulfilment == SaleFulfilment.Service).Select(l => Held(sale, l, catalog, localDate)).ToList();
        return new SaleBooking(entries, products, services);
    }

    private static HeldService Held(Sale sale, SaleLine line, IReadOnlyDictionary<int, CatalogItem> catalog, DateOnly startsOn)
    {
        if (!catalog.TryGetValue(line.CatalogItemId, out var item))
        {
            throw new ArgumentException($"The catalogue given has no item {line.CatalogItemId} of sale {sale.Id}.", nameof(catalog));
        }

        var location = line.SupplyingLocationId
            ?? throw new InvalidOperationException($"Sale {sale.Id}: the processing sets the location that serves {line.ItemName} before booking it.");
        var terms = ServiceTerms.For(item, startsOn);
        return new HeldService
        {
            CustomerId = sale.CustomerId, CatalogItemId = item.Id, ServiceName = line.ItemName, Quantity = line.Quantity, ServingLocationId = location,
            StartsOn = terms.StartsOn, EndsOn = terms.EndsOn, RenewsOn = terms.RenewsOn, SaleLineId = line.Id,
        };
    }

    private static string Items(Sale sale) =>
        string.Join(", ", sale.Lines.Select(l => $"{l.Quantity.ToString(CultureInfo.InvariantCulture)} × {l.ItemName}"));
}
