using LocationBoards.Core.Sales;
using static LocationBoards.Core.Tests.Sales.SaleScene;

namespace LocationBoards.Core.Tests.Sales;

public class SalePricingTests
{
    [Fact]
    public void Every_line_is_priced_from_the_catalogue_and_a_price_sent_by_the_client_is_ignored()
    {
        var priced = Priced(
            new SaleLineRequest(Filter.Id, 2, SaleFulfilment.HandedOverNow, ClientUnitPriceMinor: 1),
            new SaleLineRequest(Beans.Id, 1, SaleFulfilment.ToBeDelivered, ClientUnitPriceMinor: Beans.PriceMinor));

        Assert.True(priced.IsValid);
        Assert.Equal([1450, 810], priced.Lines.Select(l => l.UnitPriceMinor));
        Assert.Equal((2 * 1450) + 810, priced.TotalMinor);
        Assert.Equal(1, priced.IgnoredClientPrices);
    }

    [Fact]
    public void Totals_are_whole_minor_units()
    {
        var priced = Priced(new SaleLineRequest(Beans.Id, 3, SaleFulfilment.HandedOverNow), new SaleLineRequest(Descaling.Id, 1));

        Assert.Equal(2430 + 4500, priced.TotalMinor);
        Assert.Equal(69.30m, priced.Total.Major);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(21)]
    [InlineData(int.MaxValue)]
    public void A_quantity_must_be_from_one_to_the_configured_maximum(int quantity)
    {
        var priced = Priced(new SaleLineRequest(Filter.Id, quantity, SaleFulfilment.HandedOverNow));

        Assert.False(priced.IsValid);
        Assert.Equal("Line 1: the quantity of Espresso machine water filter must be from 1 to 20.", Assert.Single(priced.Problems));
        Assert.Empty(priced.Lines);
    }

    [Fact]
    public void The_maximum_quantity_itself_is_allowed_and_comes_from_the_options()
    {
        Assert.True(Priced(new SaleLineRequest(Filter.Id, 20, SaleFulfilment.HandedOverNow)).IsValid);

        var strict = Options;
        strict.MaxQuantityPerLine = 2;
        Assert.False(SalePricing.Price([new SaleLineRequest(Filter.Id, 3, SaleFulfilment.HandedOverNow)], Catalogue(), strict).IsValid);
    }

    [Fact]
    public void An_unknown_item_is_refused_naming_its_line()
    {
        var priced = Priced(new SaleLineRequest(Filter.Id, 1, SaleFulfilment.HandedOverNow), new SaleLineRequest(999, 1, SaleFulfilment.HandedOverNow));

        Assert.Equal("Line 2: item 999 is not in the catalogue.", Assert.Single(priced.Problems));
    }

    [Fact]
    public void An_item_no_longer_sold_is_refused()
    {
        var withdrawn = Filter;
        withdrawn.Id = 12;
        withdrawn.IsActive = false;

        var priced = SalePricing.Price([new SaleLineRequest(12, 1, SaleFulfilment.HandedOverNow)], Catalogue(withdrawn), Options);

        Assert.Equal("Line 1: Espresso machine water filter is no longer sold.", Assert.Single(priced.Problems));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(SaleFulfilment.Service)]
    public void Goods_are_either_handed_over_now_or_delivered(SaleFulfilment? fulfilment)
    {
        var priced = Priced(new SaleLineRequest(Filter.Id, 1, fulfilment));

        Assert.Contains("handed over now or delivered", Assert.Single(priced.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_is_a_service_whatever_the_client_sent()
    {
        var priced = Priced(new SaleLineRequest(Descaling.Id, 1, SaleFulfilment.HandedOverNow));

        Assert.Equal(SaleFulfilment.Service, Assert.Single(priced.Lines).Fulfilment);
    }

    [Fact]
    public void The_same_item_handed_over_twice_is_one_line_but_handed_over_and_delivered_are_two()
    {
        var repeated = Priced(new SaleLineRequest(Filter.Id, 1, SaleFulfilment.HandedOverNow), new SaleLineRequest(Filter.Id, 2, SaleFulfilment.HandedOverNow));
        var split = Priced(new SaleLineRequest(Filter.Id, 1, SaleFulfilment.HandedOverNow), new SaleLineRequest(Filter.Id, 2, SaleFulfilment.ToBeDelivered));

        Assert.Equal("Line 2: repeats line 1 (Espresso machine water filter); change that line's quantity instead.", Assert.Single(repeated.Problems));
        Assert.True(split.IsValid);
    }

    [Fact]
    public void A_sale_has_at_most_the_configured_number_of_lines()
    {
        var priced = Priced([.. Enumerable.Repeat(new SaleLineRequest(Descaling.Id, 1), 6)]);

        Assert.Contains("A sale has at most 5 lines.", priced.Problems);
    }

    [Fact]
    public void The_items_name_is_the_catalogues_now()
    {
        var renamed = Catalogue();
        renamed[Filter.Id].Name = "Water filter for espresso machines";

        var priced = SalePricing.Price([new SaleLineRequest(Filter.Id, 1, SaleFulfilment.HandedOverNow)], renamed, Options);

        Assert.Equal("Water filter for espresso machines", Assert.Single(priced.Lines).ItemName);
    }
}
