using System.Globalization;
using LocationBoards.Core.Catalog;
using LocationBoards.Core.Dispatch;

namespace LocationBoards.Core.Sales;

/// <summary>
/// The checks of the automatic processing that need no store: the job still On site with the sale's technician
/// and customer, every line valid and priced from the catalogue now, and the total still the one the customer
/// agreed to. Stock (and the order for the lines to be delivered) is checked in the store, inside the same transaction.
/// </summary>
public static class SaleProcessing
{
    /// <summary>
    /// The refusal, or null when the sale can go on to stock and processing; then every line carries the catalogue's
    /// current name and price and the sale its total (nothing else is changed).
    /// </summary>
    /// <exception cref="InvalidOperationException">The sale is not submitted (ask <see cref="SaleStateMachine.Decide"/> first).</exception>
    public static SaleRefusal? Check(Sale sale, FieldJob job, IReadOnlyDictionary<int, CatalogItem> catalog, SalesOptions options)
    {
        ArgumentNullException.ThrowIfNull(sale);
        ArgumentNullException.ThrowIfNull(job);
        if (sale.Status != SaleStatus.Submitted)
        {
            throw new InvalidOperationException($"Sale {sale.Id} is {SaleWords.Of(sale.Status)}; only a submitted sale is processed.");
        }

        if (job.Id != sale.JobId)
        {
            throw new ArgumentException($"Job {job.Id} is not the job of sale {sale.Id}.", nameof(job));
        }

        if (job.TechnicianId != sale.TechnicianId || job.CustomerId != sale.CustomerId)
        {
            return new SaleRefusal(SaleRefusalReason.JobNotOnSite, $"Job {job.Id} is no longer with the sale's technician.");
        }

        if (job.Status != JobStatus.OnSite)
        {
            return new SaleRefusal(SaleRefusalReason.JobNotOnSite, $"Job {job.Id} is {JobStateMachine.Words(job.Status)}.");
        }

        var priced = SalePricing.Price(SalePricing.RequestsOf(sale), catalog, options);
        if (!priced.IsValid)
        {
            return new SaleRefusal(SaleRefusalReason.InvalidLine, string.Join(" ", priced.Problems));
        }

        if (priced.Lines.Count == 0)
        {
            return new SaleRefusal(SaleRefusalReason.InvalidLine, "The sale has no lines.");
        }

        for (var i = 0; i < priced.Lines.Count; i++)
        {
            sale.Lines[i].ItemName = priced.Lines[i].ItemName;
            sale.Lines[i].UnitPriceMinor = priced.Lines[i].UnitPriceMinor;
        }

        sale.TotalMinor = priced.TotalMinor;
        return sale.AgreedTotalMinor == sale.TotalMinor
            ? null
            : new SaleRefusal(
                SaleRefusalReason.PricesChanged,
                $"The customer agreed to {Major(sale.AgreedTotalMinor ?? 0)}; the catalogue now makes it {Major(sale.TotalMinor)}.");
    }

    private static string Major(long minor) => new Money(minor).Major.ToString("0.00", CultureInfo.InvariantCulture);
}
