using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocationBoards.Core.Dispatch;
using LocationBoards.Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Tests.Sales;

public class SaleRecordingTests
{
    [Fact]
    public async Task A_technician_cannot_sell_on_a_job_that_is_not_on_site_with_them()
    {
        await using var scene = await SaleHubScene.CreateAsync();
        var (_, otherUser) = await TestTechnicians.AddAsync(scene.Hub, scene.Home.Id, ["appliance-repair"]);
        using var other = await Dispatch.DispatchApiClient.AsAsync(scene.Hub, otherUser);

        var response = await scene.PutDraftAsync(other, Guid.NewGuid(), [SaleHubScene.Line(scene.Filter.Id, 1, "handedOverNow")]);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = await scene.Hub.Store.CreateDbContextAsync();
        Assert.Equal(0, await db.Sales.CountAsync());
        Assert.Equal(0, await db.DispatchEvents.CountAsync());
    }

    [Fact]
    public async Task Another_technician_cannot_submit_a_sale_that_is_not_theirs_and_nothing_of_it_is_processed()
    {
        await using var scene = await SaleHubScene.CreateAsync();
        var (saleId, version) = await scene.AgreedSaleAsync([SaleHubScene.Line(scene.Filter.Id, 1, "handedOverNow")]);
        var (_, otherUser) = await TestTechnicians.AddAsync(scene.Hub, scene.Home.Id, ["appliance-repair"]);
        using var other = await Dispatch.DispatchApiClient.AsAsync(scene.Hub, otherUser);

        var response = await other.PostAsJsonAsync($"/api/sales/{saleId}/submit", new { version });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = await scene.Hub.Store.CreateDbContextAsync();
        var sale = await db.Sales.AsNoTracking().SingleAsync(s => s.Id == saleId);
        Assert.Equal(Core.Sales.SaleStatus.Agreed, sale.Status);
        Assert.Equal(version, sale.Version);
        Assert.Equal(0, await db.AccountEntries.CountAsync(e => e.SaleId == saleId));
        Assert.Equal(0, await db.OutboxEmails.CountAsync(e => e.SaleId == saleId));
    }

    [Fact]
    public async Task A_technician_whose_job_is_not_on_site_yet_is_refused()
    {
        await using var scene = await SaleHubScene.CreateAsync();
        await using (var db = await scene.Hub.Store.CreateDbContextAsync())
        {
            await db.FieldJobs.Where(j => j.Id == scene.Job.Id).ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, JobStatus.EnRoute));
        }

        var response = await scene.PutDraftAsync(scene.TechnicianApi, Guid.NewGuid(), [SaleHubScene.Line(scene.Filter.Id, 1, "handedOverNow")]);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("on site", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_item_and_a_bad_quantity_are_refused_line_by_line_and_nothing_is_stored()
    {
        await using var scene = await SaleHubScene.CreateAsync();

        var response = await scene.PutDraftAsync(scene.TechnicianApi, Guid.NewGuid(),
        [
            SaleHubScene.Line(scene.Filter.Id, 0, "handedOverNow"),
            SaleHubScene.Line(999_999, 1, "handedOverNow"),
            SaleHubScene.Line(scene.Descaler.Id, 1, null),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("quantity", errors.GetProperty("lines[0]")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("not in the catalogue", errors.GetProperty("lines[1]")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("handed over now or delivered", errors.GetProperty("lines[2]")[0].GetString(), StringComparison.Ordinal);
        await using var db = await scene.Hub.Store.CreateDbContextAsync();
        Assert.Equal(0, await db.Sales.CountAsync());
    }

    [Fact]
    public async Task A_draft_sent_again_with_its_key_is_one_sale_and_a_stale_version_gets_the_fresh_sale()
    {
        await using var scene = await SaleHubScene.CreateAsync();
        var key = Guid.NewGuid();

        var created = await scene.PutDraftAsync(scene.TechnicianApi, key, [SaleHubScene.Line(scene.Filter.Id, 1, "handedOverNow", unitPriceMinor: 5)]);
        var first = await created.Content.ReadFromJsonAsync<JsonElement>();
        var revised = await scene.PutDraftAsync(scene.TechnicianApi, key, [SaleHubScene.Line(scene.Filter.Id, 3, "handedOverNow")], version: first.GetProperty("version").GetInt32());
        var stale = await scene.PutDraftAsync(scene.TechnicianApi, key, [SaleHubScene.Line(scene.Filter.Id, 2, "handedOverNow")], version: first.GetProperty("version").GetInt32());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(2500, first.GetProperty("totalMinor").GetInt64());
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var fresh = (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sale");
        Assert.Equal(7500, fresh.GetProperty("totalMinor").GetInt64());
        await using var db = await scene.Hub.Store.CreateDbContextAsync();
        Assert.Equal(1, await db.Sales.CountAsync());
    }

    [Fact]
    public async Task Drafts_racing_on_one_job_open_one_sale_and_the_others_are_refused_with_it_in_the_same_batches()
    {
        await using var scene = await SaleHubScene.CreateAsync();

        // Sent together, they meet in the sale writer's batches: each runs in its own savepoint, so the refused ones
        // leave nothing behind and do not undo the one that opened the sale.
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            scene.PutDraftAsync(scene.TechnicianApi, Guid.NewGuid(), [SaleHubScene.Line(scene.Filter.Id, 1, "handedOverNow")])));

        var opened = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        var saleId = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("saleId").GetInt64();
        var refused = answers.Where(a => a != opened).ToList();
        Assert.All(refused, a => Assert.Equal(HttpStatusCode.UnprocessableEntity, a.StatusCode));
        foreach (var answer in refused)
        {
            var body = await answer.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(saleId, body.GetProperty("sale").GetProperty("saleId").GetInt64());
        }

        await using var db = await scene.Hub.Store.CreateDbContextAsync();
        Assert.Equal(saleId, (await db.Sales.SingleAsync()).Id);
        Assert.Equal([DispatchEventKind.SaleDrafted], await db.DispatchEvents.Where(e => e.SaleId != null).Select(e => e.Kind).ToListAsync());
    }

    [Fact]
    public async Task A_dispatcher_records_a_phoned_in_sale_for_the_technician()
    {
        await using var scene = await SaleHubScene.CreateAsync();
        var (saleId, version) = await scene.AgreedSaleAsync([SaleHubScene.Line(scene.Filter.Id, 1, "handedOverNow")], scene.DispatcherApi);

        var processed = await SaleHubScene.SubmitAsync(scene.DispatcherApi, saleId, version);

        Assert.Equal("processed", processed.GetProperty("status").GetString());
        Assert.Equal("phonedIn", processed.GetProperty("channel").GetString());
        Assert.Equal(scene.Technician.Id, processed.GetProperty("technicianId").GetInt32());
        Assert.Equal(scene.DispatcherUser.Id, processed.GetProperty("sellerUserId").GetString());
    }

    [Fact]
    public async Task A_refused_sale_is_copied_into_a_new_draft()
    {
        await using var scene = await SaleHubScene.CreateAsync();
        var (saleId, version) = await scene.AgreedSaleAsync([SaleHubScene.Line(scene.Filter.Id, 1, "handedOverNow")]);
        var withdrawn = await scene.TechnicianApi.PostAsJsonAsync($"/api/sales/{saleId}/withdraw", new { reason = "Customer changed their mind", version });

        var copied = await scene.TechnicianApi.PostAsJsonAsync($"/api/sales/{saleId}/copy", new { clientKey = Guid.NewGuid() });

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal("withdrawn", (await withdrawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refusalReason").GetString());
        Assert.Equal(HttpStatusCode.Created, copied.StatusCode);
        var copy = await copied.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("draft", copy.GetProperty("status").GetString());
        Assert.Equal(saleId, copy.GetProperty("copiedFromSaleId").GetInt64());
    }
}
