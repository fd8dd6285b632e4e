using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Sales;
using static LocationBoards.Core.Tests.Sales.SaleScene;

namespace LocationBoards.Core.Tests.Sales;

public class SaleProcessingTests
{
    [Fact]
    public void A_submitted_sale_on_a_job_still_on_site_at_the_agreed_prices_goes_ahead()
    {
        var sale = InStatus(SaleStatus.Submitted);

        Assert.Null(SaleProcessing.Check(sale, Job(), Catalogue(), Options));
        Assert.Equal((2 * 1450) + 3000, sale.TotalMinor);
    }

    [Theory]
    [InlineData(JobStatus.Done)]
    [InlineData(JobStatus.Cancelled)]
    [InlineData(JobStatus.Assigned)]
    public void A_sale_whose_job_is_no_longer_on_site_is_refused(JobStatus status)
    {
        var refusal = SaleProcessing.Check(InStatus(SaleStatus.Submitted), Job(status), Catalogue(), Options);

        Assert.Equal(SaleRefusalReason.JobNotOnSite, refusal?.Reason);
        Assert.StartsWith("Job 7 is ", refusal!.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sale_whose_job_went_to_another_technician_is_refused()
    {
        var refusal = SaleProcessing.Check(InStatus(SaleStatus.Submitted), Job(technicianId: 9), Catalogue(), Options);

        Assert.Equal(SaleRefusalReason.JobNotOnSite, refusal?.Reason);
    }

    [Fact]
    public void A_line_whose_item_was_withdrawn_since_makes_the_sale_invalid()
    {
        var catalog = Catalogue();
        catalog[Filter.Id].IsActive = false;

        var refusal = SaleProcessing.Check(InStatus(SaleStatus.Submitted), Job(), catalog, Options);

        Assert.Equal(SaleRefusalReason.InvalidLine, refusal?.Reason);
        Assert.Contains("no longer sold", refusal!.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_price_change_after_the_customer_agreed_refuses_the_sale_with_both_totals()
    {
        var sale = InStatus(SaleStatus.Submitted);
        var catalog = Catalogue();
        catalog[Filter.Id].PriceMinor = 1550;

        var refusal = SaleProcessing.Check(sale, Job(), catalog, Options);

        Assert.Equal(SaleRefusalReason.PricesChanged, refusal?.Reason);
        Assert.Equal("The customer agreed to 59.00; the catalogue now makes it 61.00.", refusal!.Note);
    }

    [Fact]
    public void Processing_takes_names_and_prices_from_the_catalogue_again()
    {
        var sale = InStatus(SaleStatus.Submitted);
        sale.Lines[0].UnitPriceMinor = 1;
        sale.Lines[0].ItemName = "tampered";
        var catalog = Catalogue();
        catalog[Filter.Id].Name = "Water filter";

        Assert.Null(SaleProcessing.Check(sale, Job(), catalog, Options));
        Assert.Equal(1450, sale.Lines[0].UnitPriceMinor);
        Assert.Equal("Water filter", sale.Lines[0].ItemName);
    }

    [Fact]
    public void Only_a_submitted_sale_is_checked_for_processing()
    {
        Assert.Throws<InvalidOperationException>(() => SaleProcessing.Check(InStatus(SaleStatus.Agreed), Job(), Catalogue(), Options));
        Assert.Throws<InvalidOperationException>(() => SaleProcessing.Check(InStatus(SaleStatus.Processed), Job(), Catalogue(), Options));
    }

    [Fact]
    public void A_long_refusal_note_is_shortened_to_fit()
    {
        var refusal = new SaleRefusal(SaleRefusalReason.InvalidLine, new string('x', 400));

        Assert.Equal(Sale.MaxNoteLength, refusal.Note.Length);
        Assert.EndsWith("…", refusal.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void An_out_of_stock_refusal_names_the_item_and_where()
    {
        var refusal = SaleRefusal.OutOfStock("Espresso machine water filter", 2, "at the technician's home location (Hawthorne)");

        Assert.Equal(
            "An item is out of stock everywhere able to supply it: 2 × Espresso machine water filter at the technician's home location (Hawthorne).",
            refusal.Words);
        Assert.Equal(SaleMoveKind.Refuse, refusal.Move.Kind);
    }
}
