using System.Globalization;

namespace LocationBoards.Core.Tests;

public class MoneyTests
{
    private static readonly CultureInfo UnitedStates = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public void Amounts_add_and_multiply_in_whole_cents()
    {
        var oatMilk = new Money(320);
        var coffee = new Money(810);

        Assert.Equal(new Money(1450), (oatMilk * 2) + coffee);
        Assert.Equal(new Money(-490), oatMilk - coffee);
    }

    [Fact]
    public void Sum_of_nothing_is_zero()
    {
        Assert.Equal(Money.Zero, Money.Sum([]));
        Assert.Equal(new Money(1130), Money.Sum([new Money(320), new Money(810)]));
    }

    [Theory]
    [InlineData("14.50", 1450)]
    [InlineData("0.005", 1)]
    [InlineData("0.004", 0)]
    [InlineData("-2.345", -235)]
    public void Major_units_round_half_away_from_zero_to_cents(string major, long expectedMinor)
    {
        Assert.Equal(expectedMinor, Money.FromMajor(decimal.Parse(major, CultureInfo.InvariantCulture)).MinorUnits);
    }

    [Fact]
    public void Formats_with_the_business_culture()
    {
        Assert.Equal("$14.50", new Money(1450).Format(UnitedStates));
    }

    [Fact]
    public void Overflow_is_an_error_not_a_wrong_total()
    {
        Assert.Throws<OverflowException>(() => new Money(long.MaxValue) + new Money(1));
        Assert.Throws<OverflowException>(() => new Money(long.MaxValue / 2) * 3);
    }
}
