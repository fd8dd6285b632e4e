using System.Globalization;
using Bunit;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Sales;
using LocationBoards.Hub.Features.Dispatch.Console;
using LocationBoards.Hub.Tests.Support;
using static LocationBoards.Hub.Tests.Dispatch.Console.SaleCardsForTests;

namespace LocationBoards.Hub.Tests.Dispatch.Console;

public class SalesPanelTests : RadzenComponentTest
{
    private static string Money(long minor) => (minor / 100m).ToString("C", CultureInfo.GetCultureInfo("en-US"));

    [Fact]
    public void Each_sale_shows_technician_customer_items_value_state_and_age()
    {
        var cut = Render<SalesPanel>(p => p
            .Add(s => s.Sales, [Sale(1, 12, SaleStatus.Agreed, 3), Sale(2, 13, SaleStatus.Refused, 4, Start.AddMinutes(1), SaleRefusalReason.OutOfStock)])
            .Add(s => s.Money, Money)
            .Add(s => s.NowUtc, Start.AddMinutes(12)));

        var agreed = cut.Find("tr[data-sale-id='1']");
        Assert.Equal("Agreed", agreed.GetAttribute("data-status"));
        var cells = agreed.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["Tech 12", "Ann", "Water filter ×2, Filter subscription ×1", "$54.00", "Agreed", "12 min"], cells);
        Assert.Contains("Refused: An item is out of stock everywhere able to supply it", cut.Find("tr[data-sale-id='2']").TextContent, StringComparison.Ordinal);
        Assert.Contains("is-finished", cut.Find("tr[data-sale-id='2']").ClassName, StringComparison.Ordinal);
        Assert.Equal("Sales in progress (1)", cut.Find("h2").TextContent.Trim());
    }

    [Fact]
    public void With_no_sales_the_panel_says_so()
    {
        var cut = Render<SalesPanel>(p => p.Add(s => s.Sales, []).Add(s => s.Money, Money));

        Assert.Contains("No sales right now", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("tr[data-sale-id]"));
    }

    [Fact]
    public void A_selling_technician_is_listed_as_selling_with_the_sale_in_words()
    {
        var row = new TechnicianRow(12, "Nadia Near", TechnicianState.OnSite, 0, "boiler", 45.5, -122.6, Start, "1 min ago", false, string.Empty)
            .SellingAs(SaleSummary.Line(Sale(1, 12, SaleStatus.Draft, 1), Money));

        var cut = Render<TechnicianTable>(p => p.Add(t => t.Technicians, [row]));

        var shown = cut.Find("tr[data-technician-id='12']");
        Assert.Equal("Selling", shown.GetAttribute("data-state"));
        Assert.Contains("Selling on site", shown.TextContent, StringComparison.Ordinal);
        Assert.Contains("sale: Water filter ×2, Filter subscription ×1 · $54.00 · Draft", shown.TextContent, StringComparison.Ordinal);
    }
}
