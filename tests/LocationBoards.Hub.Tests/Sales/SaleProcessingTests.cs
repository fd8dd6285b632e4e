using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Email;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Tests.Sales;

public class SaleProcessingTests
{
    [Fact]
    public async Task A_technicians_sale_updates_the_account_and_writes_exactly_two_emails_with_its_details()
    {
        await using var scene = await SaleHubScene.CreateAsync();
        var (saleId, version) = await scene.AgreedSaleAsync(
        [
            SaleHubScene.Line(scene.Filter.Id, 2, "handedOverNow", unitPriceMinor: 1),
            SaleHubScene.Line(scene.Subscription.Id, 1, "service"),
        ]);

        var processed = await SaleHubScene.SubmitAsync(scene.TechnicianApi, saleId, version);

        Assert.Equal("processed", processed.GetProperty("status").GetString());
        Assert.Equal(5900, processed.GetProperty("totalMinor").GetInt64());
        Assert.Equal(2500, processed.GetProperty("lines")[0].GetProperty("unitPriceMinor").GetInt64());
        Assert.Equal("technicianApp", processed.GetProperty("channel").GetString());
        await using var db = await scene.Hub.Store.CreateDbContextAsync();
        var entries = await db.AccountEntries.AsNoTracking().Where(e => e.CustomerId == scene.Customer.Id).ToListAsync();
        var entry = Assert.Single(entries);
        Assert.Equal((AccountEntryKind.Sale, 5900L, saleId), (entry.Kind, entry.AmountMinor, entry.SaleId!.Value));
        var owned = Assert.Single(await db.OwnedProducts.AsNoTracking().Where(p => p.CustomerId == scene.Customer.Id).ToListAsync());
        Assert.Equal((scene.Filter.Id, 2), (owned.CatalogItemId, owned.Quantity));
        var held = Assert.Single(await db.HeldServices.AsNoTracking().Where(s => s.CustomerId == scene.Customer.Id).ToListAsync());
        Assert.Equal((scene.Subscription.Id, scene.Home.Id), (held.CatalogItemId, held.ServingLocationId));
        Assert.NotNull(held.RenewsOn);
        Assert.Equal(2, (await db.StockLevels.AsNoTracking().SingleAsync(s => s.LocationId == scene.Home.Id && s.CatalogItemId == scene.Filter.Id)).Reserved);

        var emails = await db.OutboxEmails.AsNoTracking().Where(e => e.SaleId == saleId).OrderBy(e => e.Kind).ToListAsync();
        Assert.Equal(2, emails.Count);
        Assert.Equal(2, await db.OutboxEmails.CountAsync());
        var toSupervisor = Assert.Single(emails, e => e.Kind == OutboxEmailKind.SaleToSupervisor);
        var toDivision = Assert.Single(emails, e => e.Kind == OutboxEmailKind.SaleToSalesDivision);
        Assert.Equal(SaleHubScene.SupervisorEmail, toSupervisor.ToAddress);
        Assert.Equal("sales@locationboards.example", toDivision.ToAddress);
        foreach (var email in emails)
        {
            Assert.Contains("Ann", email.TextBody, StringComparison.Ordinal);
            Assert.Contains(scene.Technician.Name, email.TextBody, StringComparison.Ordinal);
            Assert.Contains("Water filter", email.TextBody, StringComparison.Ordinal);
            Assert.Contains("Filter subscription", email.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("59.00", email.TextBody, StringComparison.Ordinal);
            Assert.Contains($"{scene.Job.Id}", email.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain("+15035550142", email.TextBody, StringComparison.Ordinal);
        }

        var account = await scene.TechnicianApi.GetFromJsonAsync<JsonElement>($"/api/customers/{scene.Customer.Id}/account");
        Assert.Equal(5900, account.GetProperty("balanceMinor").GetInt64());
        Assert.Equal("Sale", Assert.Single(account.GetProperty("ledger").EnumerateArray()).GetProperty("kind").GetString());
        Assert.Equal("Filter subscription", Assert.Single(account.GetProperty("servicesHeld").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(2, Assert.Single(account.GetProperty("productsOwned").EnumerateArray()).GetProperty("quantity").GetInt32());
    }

    [Fact]
    public async Task A_sale_paid_to_the_technician_is_a_sale_and_a_payment_that_settle_each_other()
    {
        await using var scene = await SaleHubScene.CreateAsync();
        var (saleId, version) = await scene.AgreedSaleAsync([SaleHubScene.Line(scene.Filter.Id, 1, "handedOverNow")], payment: "chequeToTechnician", reference: "CHQ 1042");

        await SaleHubScene.SubmitAsync(scene.TechnicianApi, saleId, version);

        await using var db = await scene.Hub.Store.CreateDbContextAsync();
        var entries = await db.AccountEntries.AsNoTracking().Where(e => e.SaleId == saleId).OrderBy(e => e.Kind).ToListAsync();
        Assert.Equal([AccountEntryKind.Sale, AccountEntryKind.Payment], entries.Select(e => e.Kind).Order());
        Assert.Equal(0, AccountLedger.Balance(entries).MinorUnits);
    }

    [Fact]
    public async Task The_same_sale_submitted_twice_at_once_and_again_later_is_processed_once()
    {
        await using var scene = await SaleHubScene.CreateAsync();
        var (saleId, version) = await scene.AgreedSaleAsync([SaleHubScene.Line(scene.Filter.Id, 2, "handedOverNow")]);

        var both = await Task.WhenAll(
            scene.TechnicianApi.PostAsJsonAsync($"/api/sales/{saleId}/submit", new { version }),
            scene.TechnicianApi.PostAsJsonAsync($"/api/sales/{saleId}/submit", new { version }));
        var again = await SaleHubScene.SubmitAsync(scene.TechnicianApi, saleId, version);

        Assert.All(both, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var response in both)
        {
            Assert.Equal("processed", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        }

        Assert.Equal("processed", again.GetProperty("status").GetString());
        await using var db = await scene.Hub.Store.CreateDbContextAsync();
        Assert.Equal(1, await db.AccountEntries.CountAsync(e => e.SaleId == saleId));
        Assert.Equal(2, await db.OutboxEmails.CountAsync(e => e.SaleId == saleId));
        Assert.Equal(1, await db.OwnedProducts.CountAsync(p => p.CustomerId == scene.Customer.Id));
        Assert.Equal(2, (await db.StockLevels.AsNoTracking().SingleAsync(s => s.LocationId == scene.Home.Id && s.CatalogItemId == scene.Filter.Id)).Reserved);
        Assert.Equal(1, await db.DispatchEvents.CountAsync(e => e.SaleId == saleId && e.Kind == DispatchEventKind.SaleProcessed));
        Assert.Equal(1, await db.DispatchEvents.CountAsync(e => e.SaleId == saleId && e.Kind == DispatchEventKind.SaleSubmitted));
    }

    [Fact]
    public async Task A_handed_over_line_out_of_stock_refuses_the_sale_with_nothing_half_done()
    {
        await using var scene = await SaleHubScene.CreateAsync();
        var (saleId, version) = await scene.AgreedSaleAsync(
        [
            SaleHubScene.Line(scene.Subscription.Id, 1, "service"),
            SaleHubScene.Line(scene.Descaler.Id, 1, "toBeDelivered"),
            SaleHubScene.Line(scene.Filter.Id, 6, "handedOverNow"),
        ]);

        var refused = await SaleHubScene.SubmitAsync(scene.TechnicianApi, saleId, version);

        Assert.Equal("refused", refused.GetProperty("status").GetString());
        Assert.Equal("outOfStock", refused.GetProperty("refusalReason").GetString());
        Assert.Contains("Water filter", refused.GetProperty("refusalNote").GetString(), StringComparison.Ordinal);
        await using var db = await scene.Hub.Store.CreateDbContextAsync();
        Assert.Equal(0, await db.AccountEntries.CountAsync());
        Assert.Equal(0, await db.OutboxEmails.CountAsync());
        Assert.Equal(0, await db.OwnedProducts.CountAsync());
        Assert.Equal(0, await db.HeldServices.CountAsync());
        Assert.Equal(0, await db.Orders.CountAsync());
        Assert.Equal(0, await db.StockLevels.SumAsync(s => s.Reserved));
        Assert.Equal(
            [DispatchEventKind.SaleDrafted, DispatchEventKind.SaleAgreed, DispatchEventKind.SaleSubmitted, DispatchEventKind.SaleRefused],
            await db.DispatchEvents.Where(e => e.SaleId == saleId).OrderBy(e => e.Sequence).Select(e => e.Kind).ToListAsync());
    }
}
