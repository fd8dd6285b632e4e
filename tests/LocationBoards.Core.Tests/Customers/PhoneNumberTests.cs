using LocationBoards.Core.Customers;

namespace LocationBoards.Core.Tests.Customers;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("(503) 555-0142", "+15035550142")]
    [InlineData("503.555.0142", "+15035550142")]
    [InlineData("1 503 555 0142", "+15035550142")]
    [InlineData("+1 503 555 0142", "+15035550142")]
    [InlineData("+44 20 7946 0958", "+442079460958")]
    [InlineData("0044 20 7946 0958", "+442079460958")]
    public void Numbers_written_in_different_ways_normalise_to_one_form(string typed, string expected)
    {
        Assert.True(PhoneNumber.TryNormalise(typed, out var normalised));
        Assert.Equal(expected, normalised);
    }

    [Theory]
    [InlineData("")]
    [InlineData("555-0142")]
    [InlineData("(103) 555-0142")]
    [InlineData("(503) 055-0142")]
    [InlineData("503-555-0142 ext 7")]
    [InlineData("+0 123 456 789")]
    [InlineData("phone")]
    public void Malformed_numbers_are_refused(string typed)
    {
        Assert.False(PhoneNumber.TryNormalise(typed, out _));
    }

    [Fact]
    public void A_masked_number_shows_only_its_last_four_digits()
    {
        Assert.Equal("…0142", PhoneNumber.Mask("+15035550142"));
    }
}
