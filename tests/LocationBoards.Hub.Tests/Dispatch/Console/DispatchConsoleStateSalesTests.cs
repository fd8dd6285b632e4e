using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Sales;
using LocationBoards.Hub.Features.Boards;
using LocationBoards.Hub.Features.Dispatch;
using LocationBoards.Hub.Features.Dispatch.Console;
using LocationBoards.Hub.Realtime;
using static LocationBoards.Hub.Tests.Dispatch.Console.SaleCardsForTests;

namespace LocationBoards.Hub.Tests.Dispatch.Console;

public class DispatchConsoleStateSalesTests
{
    [Fact]
    public void Sale_events_from_a_catch_up_update_the_sales_in_order_and_a_gap_is_reported_not_applied()
    {
        var state = new DispatchConsoleState();
        state.Load(new DispatchBoard(10, [], [], null) { Sales = [Sale(1, 12, SaleStatus.Draft, 1)] });
        Assert.Equal([12], state.Sales.SellingTechnicians());

        Assert.Equal(EventFit.Gap, state.Apply(Event(12, DispatchEventKind.SaleProcessed, Sale(1, 12, SaleStatus.Processed, 4, Start.AddMinutes(1)))));
        Assert.Equal(SaleStatus.Draft, Assert.Single(state.Sales.All).Status);

        Assert.Equal(EventFit.Applied, state.Apply(Event(11, DispatchEventKind.SaleAgreed, Sale(1, 12, SaleStatus.Agreed, 3))));
        Assert.Equal(EventFit.Applied, state.Apply(Event(12, DispatchEventKind.SaleProcessed, Sale(1, 12, SaleStatus.Processed, 4, Start.AddMinutes(1)))));
        Assert.Equal(EventFit.AlreadySeen, state.Apply(Event(11, DispatchEventKind.SaleAgreed, Sale(1, 12, SaleStatus.Agreed, 3))));

        Assert.Equal(SaleStatus.Processed, Assert.Single(state.Sales.All).Status);
        Assert.Empty(state.Sales.SellingTechnicians());
    }

    [Fact]
    public void A_supervisors_console_keeps_only_their_technicians_sales()
    {
        var state = new DispatchConsoleState();
        state.Load(new DispatchBoard(0, [], [], new HashSet<int> { 12 }));

        state.Apply(Event(1, DispatchEventKind.SaleDrafted, Sale(1, 13, SaleStatus.Draft, 1)));
        state.Apply(Event(2, DispatchEventKind.SaleDrafted, Sale(2, 12, SaleStatus.Draft, 1)));

        Assert.Equal([2L], state.Sales.All.Select(s => s.SaleId));
    }

    private static DispatchEventMessage Event(long sequence, DispatchEventKind kind, LocationBoards.Hub.Features.Sales.SaleCard sale) =>
        new(sequence, kind, sale.JobId, sale.TechnicianId, Start, Job(sale), sale);

    private static JobCard Job(LocationBoards.Hub.Features.Sales.SaleCard sale) =>
        new(sale.JobId, JobStatus.OnSite, 3, JobPriority.Normal, "appliance-repair", sale.CustomerId, "Ann Example", "3214 SE Hawthorne Blvd",
            45.51, -122.64, "It leaks.", null, sale.TechnicianId, Start, Start.AddHours(24), null, null, null);
}
