using System.Globalization;
using System.Net.Http.Json;
using System.Security.Claims;
using LocationBoards.Core.Access;
using LocationBoards.Core.Boards;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Ordering;
using LocationBoards.Core.Sales;
using LocationBoards.Hub.Features.Dispatch;
using LocationBoards.Hub.Realtime;
using LocationBoards.Hub.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocationBoards.Hub.Tests.Sales;

public class SaleLiveTests
{
    [Fact]
    public async Task A_dispatcher_and_the_supervisor_see_the_sales_states_in_order_and_a_client_that_was_away_catches_up()
    {
        await using var scene = await SaleHubScene.CreateAsync();
        var dispatcherToken = await scene.TokenOfAsync(scene.DispatcherUser);
        await using var dispatcher = await LiveClient.ConnectAsync(scene.Hub, dispatcherToken);
        await using var supervisor = await LiveClient.ConnectAsync(scene.Hub, await scene.TokenOfAsync(scene.Supervisor));
        var before = await dispatcher.Connection.InvokeAsync<long>(nameof(LiveHub.JoinDispatch));
        await supervisor.Connection.InvokeAsync<long>(nameof(LiveHub.JoinDispatch));

        var (saleId, version) = await scene.AgreedSaleAsync([SaleHubScene.Line(scene.Filter.Id, 1, "handedOverNow")]);
        await SaleHubScene.SubmitAsync(scene.TechnicianApi, saleId, version);

        SaleStatus[] expected = [SaleStatus.Draft, SaleStatus.Agreed, SaleStatus.Submitted, SaleStatus.Processed];
        DispatchEventKind[] kinds = [DispatchEventKind.SaleDrafted, DispatchEventKind.SaleAgreed, DispatchEventKind.SaleSubmitted, DispatchEventKind.SaleProcessed];
        await LiveClient.WaitUntilAsync(() => dispatcher.DispatchEvents.Any(e => e.Kind == DispatchEventKind.SaleProcessed), "the dispatcher sees the sale processed");
        await LiveClient.WaitUntilAsync(() => supervisor.DispatchEvents.Any(e => e.Kind == DispatchEventKind.SaleProcessed), "the supervisor sees the sale processed");
        var live = dispatcher.DispatchEvents.Where(e => e.Sale?.SaleId == saleId).OrderBy(e => e.Sequence).ToList();
        Assert.Equal(kinds, live.Select(e => e.Kind));
        Assert.Equal(expected, live.Select(e => e.Sale!.Status));
        Assert.Equal("Ann", live[^1].Sale!.CustomerFirstName);
        Assert.Equal(scene.Technician.Name, live[^1].Sale!.TechnicianName);
        Assert.Equal(JobStatus.OnSite, live[^1].Job.Status);

        await using var back = await LiveClient.ConnectAsync(scene.Hub, dispatcherToken);
        await back.Connection.InvokeAsync<long>(nameof(LiveHub.JoinDispatch));
        var missed = await back.Connection.InvokeAsync<IReadOnlyList<DispatchEventMessage>>(nameof(LiveHub.DispatchEventsAfter), before);
        Assert.Equal(kinds, missed.Select(e => e.Kind));
        Assert.Equal(expected, missed.Select(e => e.Sale!.Status));
        Assert.Equal(live.Select(e => e.Sequence), missed.Select(e => e.Sequence));
    }

    [Fact]
    public async Task Goods_to_be_delivered_become_an_order_on_the_supplying_locations_board()
    {
        await using var scene = await SaleHubScene.CreateAsync();
        var staff = await TestPeople.CreateAsync(scene.Hub.Services, Roles.LocationStaff, (LocationClaims.StaffOf, scene.Depot.Id.ToString(CultureInfo.InvariantCulture)));
        await using var board = await LiveClient.ConnectAsync(scene.Hub, await scene.TokenOfAsync(staff));
        await board.Connection.InvokeAsync<long>(nameof(LiveHub.JoinLocation), scene.Depot.Id);
        var (saleId, version) = await scene.AgreedSaleAsync(
        [
            SaleHubScene.Line(scene.Filter.Id, 1, "handedOverNow"),
            SaleHubScene.Line(scene.Descaler.Id, 2, "toBeDelivered"),
        ]);

        var processed = await SaleHubScene.SubmitAsync(scene.TechnicianApi, saleId, version);

        Assert.Equal("processed", processed.GetProperty("status").GetString());
        var orderId = processed.GetProperty("deliveryOrderId").GetInt64();
        var lines = processed.GetProperty("lines");
        Assert.Equal(scene.Home.Id, lines[0].GetProperty("supplyingLocationId").GetInt32());
        Assert.Equal(scene.Depot.Id, lines[1].GetProperty("supplyingLocationId").GetInt32());
        await LiveClient.WaitUntilAsync(() => board.BoardEvents.Any(e => e.OrderId == orderId), "the depot's board receives the order");
        var placed = Assert.Single(board.BoardEvents, e => e.OrderId == orderId);
        Assert.Equal((BoardEventKind.OrderPlaced, scene.Depot.Id), (placed.Kind, placed.LocationId));
        await using var db = await scene.Hub.Store.CreateDbContextAsync();
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == orderId);
        Assert.Equal((DeliveryMethod.Delivery, scene.Customer.Id, 2400L), (order.DeliveryMethod, order.CustomerId, order.TotalMinor));
        Assert.Equal(scene.Descaler.Id, Assert.Single(order.Lines).CatalogItemId);
        Assert.Equal(2, (await db.StockLevels.AsNoTracking().SingleAsync(s => s.LocationId == scene.Depot.Id && s.CatalogItemId == scene.Descaler.Id)).Reserved);
    }

    [Fact]
    public async Task A_console_opens_with_the_sales_in_progress_and_those_just_finished()
    {
        await using var scene = await SaleHubScene.CreateAsync();
        var (saleId, version) = await scene.AgreedSaleAsync([SaleHubScene.Line(scene.Filter.Id, 1, "handedOverNow")]);
        await SaleHubScene.SubmitAsync(scene.TechnicianApi, saleId, version);
        var draft = await scene.PutDraftAsync(scene.TechnicianApi, Guid.NewGuid(), [SaleHubScene.Line(scene.Subscription.Id, 1, "service")]);
        draft.EnsureSuccessStatusCode();

        var snapshots = scene.Hub.Services.GetRequiredService<DispatchBoardSnapshots>();
        var dispatcher = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, scene.DispatcherUser.Id), new Claim(ClaimTypes.Role, Roles.Dispatcher)], "test"));
        var board = await snapshots.LoadAsync(dispatcher, CancellationToken.None);
        var panel = await scene.DispatcherApi.GetFromJsonAsync<List<System.Text.Json.JsonElement>>("/api/sales/in-progress");

        Assert.NotNull(board);
        Assert.Equal([SaleStatus.Processed, SaleStatus.Draft], board.Sales.Select(s => s.Status));
        Assert.Equal(["processed", "draft"], panel!.Select(s => s.GetProperty("status").GetString()));
    }
}
