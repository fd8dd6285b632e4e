using System.Globalization;
using LocationBoards.Core.Sales;
using LocationBoards.Hub.Features.Sales;

namespace LocationBoards.Hub.Features.Dispatch.Console;

/// <summary>A sale in the words the panel, the technician list and the map's tooltip use.</summary>
public static class SaleSummary
{
    /// <summary>"Water filter ×2, Annual service ×1", or "no items yet".</summary>
    public static string Items(SaleCard sale)
    {
        ArgumentNullException.ThrowIfNull(sale);
        return sale.Items.Count == 0
            ? "no items yet"
            : string.Join(", ", sale.Items.Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.Name} ×{i.Quantity}")));
    }

    /// <summary>"Draft", "Agreed", "Submitted", "Processed", "Refused: the job is no longer on site".</summary>
    public static string State(SaleCard sale)
    {
        ArgumentNullException.ThrowIfNull(sale);
        return sale.Status switch
        {
            SaleStatus.Draft => "Draft",
            SaleStatus.Agreed => "Agreed",
            SaleStatus.Submitted => "Submitted",
            SaleStatus.Processed => "Processed",
            _ => sale.RefusalReason is { } reason ? $"Refused: {SaleWords.Of(reason)}" : "Refused",
        };
    }

    /// <summary>"sale: Water filter ×2 · $45.00 · Agreed", for the map's tooltip and the technician list.</summary>
    public static string Line(SaleCard sale, Func<long, string> money)
    {
        ArgumentNullException.ThrowIfNull(money);
        return $"sale: {Items(sale)} · {money(sale.TotalMinor)} · {State(sale)}";
    }
}
