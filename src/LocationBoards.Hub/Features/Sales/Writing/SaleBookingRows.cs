using LocationBoards.Core.Email;
using LocationBoards.Core.Sales;
using LocationBoards.Hub.Infrastructure.Storage;

namespace LocationBoards.Hub.Features.Sales.Writing;

/// <summary>What a processed sale writes beside itself, by the sale writer's prepared statements: the van's stock reserved, the account's entries, products owned, services held, and the two emails.</summary>
internal sealed class SaleBookingRows(SaleStatements sql)
{
    /// <summary>Reserves goods at a location if enough is there; false, reserving nothing, when it is not.</summary>
    public bool TryReserve(int locationId, int catalogItemId, int quantity) =>
        sql.ReserveStock.With(quantity, locationId, catalogItemId).ExecuteNonQuery() == 1;

    public void Book(SaleBooking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        foreach (var entry in booking.LedgerEntries)
        {
            sql.InsertAccountEntry.With(
                entry.CustomerId, entry.Kind.ToString(), entry.AmountMinor, entry.OccurredUtc, entry.Description, entry.SaleId, entry.OrderId,
                entry.RecordedBy).ExecuteNonQuery();
        }

        foreach (var product in booking.ProductsOwned)
        {
            sql.InsertOwnedProduct.With(
                product.CustomerId, product.CatalogItemId, product.AcquiredOn, product.SerialNumber, product.Quantity, product.SaleLineId).ExecuteNonQuery();
        }

        foreach (var service in booking.ServicesHeld)
        {
            sql.InsertHeldService.With(
                service.CustomerId, service.CatalogItemId, service.ServiceName, service.Quantity, service.ServingLocationId, service.StartsOn,
                service.EndsOn, service.RenewsOn, service.SaleLineId).ExecuteNonQuery();
        }
    }

    public void Queue(IEnumerable<OutboxEmail> emails)
    {
        ArgumentNullException.ThrowIfNull(emails);
        foreach (var email in emails)
        {
            sql.InsertOutboxEmail.With(
                email.MessageId, email.Kind.ToString(), email.SaleId, email.ToAddress, email.ToName, email.Subject, email.TextBody, email.HtmlBody,
                email.CreatedUtc, email.Attempts, email.NextAttemptUtc, email.SentUtc, email.FailedPermanently, email.LastError, email.Version).ExecuteNonQuery();
        }
    }

    /// <summary>A user's name and address, or null when there is no such user.</summary>
    public (string DisplayName, string? Email)? Contact(string userId)
    {
        using var row = sql.UserContact.With(userId).ExecuteReader();
        return row.Read() ? (row.GetString(0), row.TextOrNull(1)) : null;
    }
}
