using LocationBoards.Core.Sales;
using LocationBoards.Hub.Features.Sales;

namespace LocationBoards.Hub.Tests.Dispatch.Console;

/// <summary>Sale cards as sale dispatch events carry them, for the console's state and components.</summary>
internal static class SaleCardsForTests
{
    public static readonly DateTime Start = new(2026, 3, 4, 14, 0, 0, DateTimeKind.Utc);

    public static SaleCard Sale(long saleId, int technicianId, SaleStatus status, int version, DateTime? finishedUtc = null, SaleRefusalReason? refusal = null) =>
        new(saleId, 100 + saleId, technicianId, $"Tech {technicianId}", 500 + (int)saleId, "Ann", SaleChannel.TechnicianApp, status, version,
            [new SaleCard.Item(7, "Water filter", 2, 2_400, SaleFulfilment.HandedOverNow), new SaleCard.Item(9, "Filter subscription", 1, 3_000, SaleFulfilment.Service)],
            5_400, Start, finishedUtc, refusal, refusal is null ? null : "Water filter: none left at Pearl");
}
