using System.Globalization;
using LocationBoards.Core.Sales;
using LocationBoards.Hub.Infrastructure.Storage;
using Microsoft.Data.Sqlite;

namespace LocationBoards.Hub.Features.Sales.Writing;

/// <summary>
/// A sale with its lines and status history, read and written by the sale writer's prepared statements in the
/// batch's transaction. A sale is written back against the version it was read at: a sale changed meanwhile is a
/// lost race, never overwritten.
/// </summary>
internal sealed class SaleRows(SaleStatements sql)
{
    public Sale? Find(long saleId) => WithChildren(ReadSale(sql.SaleById.With(saleId)));

    public Sale? FindByClientKey(Guid clientKey) => WithChildren(ReadSale(sql.SaleByClientKey.With(clientKey)));

    /// <summary>The job's sale in progress (Draft, Agreed or Submitted); a job has at most one.</summary>
    public Sale? InProgressOnJob(long jobId) =>
        sql.InProgressOnJob.With(jobId).ExecuteScalar() is long saleId ? Find(saleId) : null;

    /// <summary>Stores a new sale with its lines and history, and gives each its id.</summary>
    public void Insert(Sale sale)
    {
        ArgumentNullException.ThrowIfNull(sale);
        sale.Id = (long)sql.InsertSale.With(
            sale.ClientKey, sale.Channel.ToString(), sale.JobId, sale.CustomerId, sale.TechnicianId, sale.SellerUserId, sale.Status.ToString(),
            sale.PaymentMethod?.ToString(), sale.PaymentReference, sale.AgreedName, sale.Signature, sale.AgreedUtc, sale.AgreedTotalMinor,
            sale.TotalMinor, sale.CreatedUtc, sale.SubmittedUtc, sale.FinishedUtc, sale.RefusalReason?.ToString(), sale.RefusalNote,
            sale.CopiedFromSaleId, sale.DeliveryOrderId, sale.Version).ExecuteScalar()!;
        WriteChildren(sale);
    }

    /// <summary>
    /// Writes the sale's changes (read at <paramref name="storedVersion"/>): its state, its lines as they are now, its new
    /// history; false, writing nothing, when the stored sale is no longer at that version.
    /// </summary>
    public bool TryUpdate(Sale sale, int storedVersion)
    {
        ArgumentNullException.ThrowIfNull(sale);
        var changed = sql.UpdateSale.With(
            sale.Status.ToString(), sale.PaymentMethod?.ToString(), sale.PaymentReference, sale.AgreedName, sale.Signature, sale.AgreedUtc,
            sale.AgreedTotalMinor, sale.TotalMinor, sale.SubmittedUtc, sale.FinishedUtc, sale.RefusalReason?.ToString(), sale.RefusalNote,
            sale.DeliveryOrderId, sale.Version, sale.Id, storedVersion).ExecuteNonQuery();
        if (changed != 1)
        {
            return false;
        }

        if (sale.Lines.Exists(l => l.Id == 0))
        {
            // The lines were replaced: the stored ones no longer in the sale go.
            var kept = string.Join(',', sale.Lines.Where(l => l.Id != 0).Select(l => l.Id.ToString(CultureInfo.InvariantCulture)));
            sql.DeleteLinesNotIn.With(sale.Id, $"[{kept}]").ExecuteNonQuery();
        }

        WriteChildren(sale);
        return true;
    }

    private void WriteChildren(Sale sale)
    {
        foreach (var line in sale.Lines)
        {
            line.SaleId = sale.Id;
            if (line.Id == 0)
            {
                line.Id = (long)sql.InsertLine.With(
                    sale.Id, line.CatalogItemId, line.ItemName, line.Quantity, line.UnitPriceMinor, line.Fulfilment.ToString(),
                    line.SupplyingLocationId).ExecuteScalar()!;
            }
            else
            {
                sql.UpdateLine.With(
                    line.CatalogItemId, line.ItemName, line.Quantity, line.UnitPriceMinor, line.Fulfilment.ToString(), line.SupplyingLocationId,
                    line.Id, sale.Id).ExecuteNonQuery();
            }
        }

        foreach (var change in sale.History.Where(h => h.Id == 0))
        {
            change.SaleId = sale.Id;
            change.Id = (long)sql.InsertHistory.With(
                sale.Id, change.From?.ToString(), change.To.ToString(), change.AtUtc, change.By, change.Note).ExecuteScalar()!;
        }
    }

    private Sale? WithChildren(Sale? sale)
    {
        if (sale is null)
        {
            return null;
        }

        using (var lines = sql.LinesOf.With(sale.Id).ExecuteReader())
        {
            while (lines.Read())
            {
                sale.Lines.Add(new SaleLine
                {
                    Id = lines.GetInt64(0), SaleId = sale.Id, CatalogItemId = lines.GetInt32(1), ItemName = lines.GetString(2),
                    Quantity = lines.GetInt32(3), UnitPriceMinor = lines.GetInt64(4), Fulfilment = Enum.Parse<SaleFulfilment>(lines.GetString(5)),
                    SupplyingLocationId = lines.IntOrNull(6),
                });
            }
        }

        using var history = sql.HistoryOf.With(sale.Id).ExecuteReader();
        while (history.Read())
        {
            sale.History.Add(new SaleStatusChange
            {
                Id = history.GetInt64(0), SaleId = sale.Id, From = history.IsDBNull(1) ? null : Enum.Parse<SaleStatus>(history.GetString(1)),
                To = Enum.Parse<SaleStatus>(history.GetString(2)), AtUtc = history.Utc(3), By = history.GetString(4),
                Note = history.TextOrNull(5),
            });
        }

        return sale;
    }

    private static Sale? ReadSale(SqliteCommand command)
    {
        using var row = command.ExecuteReader();
        if (!row.Read())
        {
            return null;
        }

        return new Sale
        {
            Id = row.GetInt64(0), ClientKey = row.GetGuid(1), Channel = Enum.Parse<SaleChannel>(row.GetString(2)), JobId = row.GetInt64(3),
            CustomerId = row.GetInt32(4), TechnicianId = row.GetInt32(5), SellerUserId = row.GetString(6), Status = Enum.Parse<SaleStatus>(row.GetString(7)),
            PaymentMethod = row.IsDBNull(8) ? null : Enum.Parse<SalePaymentMethod>(row.GetString(8)), PaymentReference = row.TextOrNull(9),
            AgreedName = row.TextOrNull(10), Signature = row.TextOrNull(11), AgreedUtc = row.UtcOrNull(12), AgreedTotalMinor = row.LongOrNull(13),
            TotalMinor = row.GetInt64(14), CreatedUtc = row.Utc(15), SubmittedUtc = row.UtcOrNull(16), FinishedUtc = row.UtcOrNull(17),
            RefusalReason = row.IsDBNull(18) ? null : Enum.Parse<SaleRefusalReason>(row.GetString(18)), RefusalNote = row.TextOrNull(19),
            CopiedFromSaleId = row.LongOrNull(20), DeliveryOrderId = row.LongOrNull(21),
            Version = row.GetInt32(22),
        };
    }
}

