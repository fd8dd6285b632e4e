using System.Globalization;

namespace LocationBoards.Benchmarks.Sales;

/// <summary>
/// What the store holds for the sales the hub answered "processed": each stored as Processed, with exactly one Sale
/// ledger entry, no Payment entry (charged to the account) and exactly two outbox rows; and no processed sale stored
/// that was not acknowledged.
/// </summary>
public sealed record SalesStoreCheck(int Acknowledged, int Missing, int NotProcessed, int WrongLedger, int WrongOutbox, int ProcessedUnacknowledged, int OutboxRows)
{
    public bool Exact => Missing == 0 && NotProcessed == 0 && WrongLedger == 0 && WrongOutbox == 0 && ProcessedUnacknowledged == 0;

    public static SalesStoreCheck Compare(IReadOnlyCollection<long> acknowledged, IReadOnlyList<StoredSale> stored)
    {
        ArgumentNullException.ThrowIfNull(acknowledged);
        ArgumentNullException.ThrowIfNull(stored);
        var byId = stored.ToDictionary(s => s.SaleId);
        var acked = acknowledged.ToHashSet();
        int missing = 0, notProcessed = 0, wrongLedger = 0, wrongOutbox = 0;
        foreach (var id in acked)
        {
            if (!byId.TryGetValue(id, out var sale))
            {
                missing++;
                continue;
            }

            notProcessed += sale.Status == "Processed" ? 0 : 1;
            wrongLedger += sale.SaleEntries == 1 && sale.PaymentEntries == 0 ? 0 : 1;
            wrongOutbox += sale.OutboxRows == 2 ? 0 : 1;
        }

        var unacknowledged = stored.Count(s => s.Status == "Processed" && !acked.Contains(s.SaleId));
        return new SalesStoreCheck(acked.Count, missing, notProcessed, wrongLedger, wrongOutbox, unacknowledged, stored.Sum(s => s.OutboxRows));
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"// Sales store check: {Acknowledged} sales acknowledged as processed; missing {Missing}, not stored as Processed {NotProcessed}, without exactly one Sale entry and no Payment {WrongLedger}, without exactly two outbox rows {WrongOutbox}, processed but not acknowledged {ProcessedUnacknowledged}; {OutboxRows} outbox rows written by the run's sales: {(Exact ? "EXACT" : "NOT EXACT")}");
}
