using LocationBoards.Core.Sales;

namespace LocationBoards.Core.Tests.Sales;

public class SalesOptionsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not an address")]
    public void A_missing_or_broken_sales_division_address_is_a_start_up_problem(string? address)
    {
        var problems = new SalesOptions { SalesDivisionAddress = address }.Problems();

        Assert.Contains(problems, p => p.StartsWith("Sales:SalesDivisionAddress", StringComparison.Ordinal));
    }

    [Fact]
    public void The_defaults_with_an_address_will_do()
    {
        Assert.Empty(new SalesOptions { SalesDivisionAddress = "sales@example.com" }.Problems());
    }

    [Fact]
    public void Limits_out_of_range_are_problems()
    {
        var problems = new SalesOptions { SalesDivisionAddress = "sales@example.com", MaxQuantityPerLine = 0, MaxLinesPerSale = 0 }.Problems();

        Assert.Equal(2, problems.Count);
    }
}
