using LocationBoards.Core.Sales;
using LocationBoards.Hub.Features.Dispatch.Console;
using static LocationBoards.Hub.Tests.Dispatch.Console.SaleCardsForTests;

namespace LocationBoards.Hub.Tests.Dispatch.Console;

public class SalesInViewTests
{
    private static readonly TimeSpan ShownFor = TimeSpan.FromMinutes(10);

    [Fact]
    public void A_technician_with_a_sale_in_progress_is_selling_until_it_is_processed()
    {
        var sales = new SalesInView();
        sales.Put(Sale(1, technicianId: 12, SaleStatus.Draft, version: 1));
        sales.Put(Sale(1, technicianId: 12, SaleStatus.Agreed, version: 3));

        Assert.Equal([12], sales.SellingTechnicians());
        Assert.Equal(SaleStatus.Agreed, sales.InProgressFor(12)!.Status);

        sales.Put(Sale(1, technicianId: 12, SaleStatus.Processed, version: 5, finishedUtc: Start.AddMinutes(2)));

        Assert.Empty(sales.SellingTechnicians());
        Assert.Null(sales.InProgressFor(12));
    }

    [Fact]
    public void An_older_version_replayed_after_a_newer_one_changes_nothing()
    {
        var sales = new SalesInView();
        sales.Put(Sale(1, 12, SaleStatus.Submitted, version: 4));
        sales.Put(Sale(1, 12, SaleStatus.Draft, version: 2));

        Assert.Equal(SaleStatus.Submitted, Assert.Single(sales.All).Status);
    }

    [Fact]
    public void A_finished_sale_stays_shown_for_the_configured_time_then_leaves()
    {
        var sales = new SalesInView();
        var finished = Start.AddMinutes(3);
        sales.Put(Sale(1, 12, SaleStatus.Refused, version: 4, finishedUtc: finished, refusal: SaleRefusalReason.OutOfStock));
        sales.Put(Sale(2, 13, SaleStatus.Draft, version: 1));

        Assert.Equal([2L, 1L], sales.Shown(finished + ShownFor, ShownFor).Select(s => s.SaleId));
        Assert.Equal([2L], sales.Shown(finished + ShownFor + TimeSpan.FromSeconds(1), ShownFor).Select(s => s.SaleId));
    }
}
