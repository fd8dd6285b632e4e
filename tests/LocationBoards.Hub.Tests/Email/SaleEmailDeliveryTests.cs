using LocationBoards.Hub.Tests.Sales;
using LocationBoards.Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LocationBoards.Hub.Tests.Email;

/// <summary>A technician's processed sale, through the sales API, to a real SMTP server: one email each, once.</summary>
public class SaleEmailDeliveryTests
{
    private const string SalesDivision = "sales@locationboards.example";

    [Fact]
    public async Task A_technicians_sale_reaches_the_supervisor_and_the_sales_division_once_each()
    {
        await using var smtp = await LocalSmtpServer.StartAsync();
        await using var scene = await SaleHubScene.CreateAsync(OutboxTestHub.Create(smtp));

        var saleId = await SellAsync(scene);
        var rows = await OutboxTestHub.WaitForRowsAsync(scene.Hub, OutboxTestHub.AllSent, "both emails of the sale are sent");

        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(saleId, r.SaleId));
        var received = smtp.Messages();
        Assert.Equal(rows.Select(r => r.MessageId.Trim('<', '>')).Order(), received.Select(m => m.MessageId).Order());
        var toSupervisor = Assert.Single(received, m => m.Headers["X-RcptTo"] == SaleHubScene.SupervisorEmail);
        var toDivision = Assert.Single(received, m => m.Headers["X-RcptTo"] == SalesDivision);
        foreach (var message in new[] { toSupervisor, toDivision })
        {
            Assert.Contains($"{saleId}", message.Subject, StringComparison.Ordinal);
            Assert.Contains(scene.Technician.Name, message.TextBody, StringComparison.Ordinal);
            Assert.Contains("Water filter", message.TextBody, StringComparison.Ordinal);
            Assert.Contains("Filter subscription", message.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("59.00", message.HtmlBody, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task With_the_server_down_during_the_sale_both_emails_arrive_once_after_it_returns_across_a_hub_restart()
    {
        await using var smtp = await LocalSmtpServer.StartAsync();
        await smtp.StopAsync();
        using var data = new TestDirectory("sale-email-restart");
        long saleId;
        await using (var scene = await SaleHubScene.CreateAsync(OutboxTestHub.Create(smtp, data.Path)))
        {
            saleId = await SellAsync(scene);
            await OutboxTestHub.WaitForRowsAsync(scene.Hub, rows => rows.Count == 2 && rows.All(r => r.Attempts >= 1), "both emails have failed while the server is down");
        }

        await smtp.StartAgainAsync();
        using var restarted = OutboxTestHub.Create(smtp, data.Path);
        restarted.Services.GetRequiredService<Features.Email.OutboxSignal>().Notify();
        var rows = await OutboxTestHub.WaitForRowsAsync(restarted, OutboxTestHub.AllSent, "both emails are sent by the restarted hub");

        Assert.All(rows, r => Assert.Equal(saleId, r.SaleId));
        Assert.Equal(rows.Select(r => r.MessageId.Trim('<', '>')).Order(), smtp.Messages().Select(m => m.MessageId).Order());
        Assert.Equal([SalesDivision, SaleHubScene.SupervisorEmail], smtp.Messages().Select(m => m.Headers["X-RcptTo"]).Order(StringComparer.Ordinal));
    }

    private static async Task<long> SellAsync(SaleHubScene scene)
    {
        var (saleId, version) = await scene.AgreedSaleAsync(
        [
            SaleHubScene.Line(scene.Filter.Id, 2, "handedOverNow"),
            SaleHubScene.Line(scene.Subscription.Id, 1, "service"),
        ]);
        var processed = await SaleHubScene.SubmitAsync(scene.TechnicianApi, saleId, version);
        Assert.Equal("processed", processed.GetProperty("status").GetString());
        return saleId;
    }
}
