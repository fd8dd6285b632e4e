using LocationBoards.Hub.Tests.Support;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Tests.Sales;

public class SalesStartupTests
{
    [Theory]
    [InlineData("")]
    [InlineData("not-an-address")]
    public void A_missing_or_invalid_sales_division_address_stops_start_up_with_a_message_naming_it(string address)
    {
        using var hub = new HubFactory();
        hub.Settings["Sales:SalesDivisionAddress"] = address;

        var failure = Assert.ThrowsAny<Exception>(() => hub.CreateClient());

        var validation = Unwrap(failure);
        Assert.True(validation is not null, failure.ToString());
        Assert.Contains("Sales:SalesDivisionAddress must be an email address", validation.Message, StringComparison.Ordinal);
    }

    private static OptionsValidationException? Unwrap(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is OptionsValidationException match)
            {
                return match;
            }

            if (current is AggregateException aggregate)
            {
                return aggregate.InnerExceptions.Select(Unwrap).FirstOrDefault(e => e is not null);
            }
        }

        return null;
    }
}
