using LocationBoards.Core.Customers;
using LocationBoards.Core.Sales;
using static LocationBoards.Core.Tests.Sales.SaleScene;

namespace LocationBoards.Core.Tests.Sales;

public class SaleBookkeepingTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static Sale Processed(SalePayment? payment = null)
    {
        var sale = Stored(InStatus(SaleStatus.Processed, payment));
        sale.Lines[1].SupplyingLocationId = 6;
        return sale;
    }

    [Fact]
    public void A_sale_charged_to_the_account_adds_what_the_customer_owes()
    {
        var booking = SaleBookkeeping.For(Processed(), Catalogue(), Today);

        var entry = Assert.Single(booking.LedgerEntries);
        Assert.Equal(AccountEntryKind.Sale, entry.Kind);
        Assert.Equal(5900, entry.AmountMinor);
        Assert.Equal(42, entry.SaleId);
        Assert.Equal(3, entry.CustomerId);
        Assert.Equal(Now, entry.OccurredUtc);
        Assert.Equal("Sale 42: 2 × Espresso machine water filter, 1 × Filter subscription, quarterly", entry.Description);
        Assert.Equal(new Money(5900), AccountLedger.Balance(booking.LedgerEntries));
    }

    [Theory]
    [InlineData(SalePaymentMethod.CashToTechnician, null, "Sale 42: Paid in cash to the technician")]
    [InlineData(SalePaymentMethod.ChequeToTechnician, "001234", "Sale 42: Paid by cheque to the technician (cheque 001234)")]
    public void A_sale_paid_to_the_technician_shows_on_the_account_as_sold_and_paid(SalePaymentMethod method, string? reference, string paid)
    {
        var booking = SaleBookkeeping.For(Processed(new SalePayment(method, reference)), Catalogue(), Today);

        Assert.Equal([AccountEntryKind.Sale, AccountEntryKind.Payment], booking.LedgerEntries.Select(e => e.Kind));
        Assert.Equal(-5900, booking.LedgerEntries[1].AmountMinor);
        Assert.Equal(paid, booking.LedgerEntries[1].Description);
        Assert.Equal(Money.Zero, AccountLedger.Balance(booking.LedgerEntries));
        Assert.All(booking.LedgerEntries, e => Assert.Null(AccountLedger.SignProblem(e.Kind, e.AmountMinor)));
    }

    [Fact]
    public void Goods_join_the_products_the_customer_owns_with_their_quantity_and_sale_line()
    {
        var booking = SaleBookkeeping.For(Processed(), Catalogue(), Today);

        var product = Assert.Single(booking.ProductsOwned);
        Assert.Equal((Filter.Id, 2, Today, 100L, 3), (product.CatalogItemId, product.Quantity, product.AcquiredOn, product.SaleLineId!.Value, product.CustomerId));
    }

    [Fact]
    public void Services_join_the_services_held_with_their_terms_and_serving_location()
    {
        var booking = SaleBookkeeping.For(Processed(), Catalogue(), Today);

        var held = Assert.Single(booking.ServicesHeld);
        Assert.Equal("Filter subscription, quarterly", held.ServiceName);
        Assert.Equal(6, held.ServingLocationId);
        Assert.Equal(Today, held.StartsOn);
        Assert.Null(held.EndsOn);
        Assert.Equal(new DateOnly(2027, 2, 25), held.RenewsOn);
        Assert.Equal(101, held.SaleLineId);
    }

    [Fact]
    public void A_service_without_its_serving_location_is_not_booked()
    {
        var sale = Processed();
        sale.Lines[1].SupplyingLocationId = null;

        Assert.Throws<InvalidOperationException>(() => SaleBookkeeping.For(sale, Catalogue(), Today));
    }

    [Fact]
    public void Only_a_processed_and_stored_sale_is_booked()
    {
        Assert.Throws<InvalidOperationException>(() => SaleBookkeeping.For(Stored(InStatus(SaleStatus.Submitted)), Catalogue(), Today));
        Assert.Throws<InvalidOperationException>(() => SaleBookkeeping.For(InStatus(SaleStatus.Processed), Catalogue(), Today));
    }
}
