using System.Text.RegularExpressions;
using LocationBoards.Core.Email;
using LocationBoards.E2E.Tests.Support;
using LocationBoards.Hub.Features.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LocationBoards.E2E.Tests.Journeys;

/// <summary>An admin watches the outbox: messages arrive in the pickup folder, a given-up one is shown first and sent again.</summary>
public sealed class MailJourney(HubAndBrowser fixture) : IClassFixture<HubAndBrowser>
{
    [Fact]
    public async Task An_admin_sees_the_mail_live_and_sends_a_failed_message_again()
    {
        await using var context = await fixture.Browser.NewContextAsync(fixture.Hub.BaseAddress);
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, "admin", "Demo-pass-2026");

        // The admin's menu leads to the mail page. It is opened by its address: a link clicked before the landing
        // page's circuit is up can be overtaken by that circuit's first render of the page it started on.
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Mail" })).ToHaveAttributeAsync("href", "/admin/mail");
        await page.GotoAsync("/admin/mail");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/mail$"));
        await KioskScreen.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.GetByText("No messages yet.")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "01-empty");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        var (failed, waiting) = await WriteAsync();
        await Assertions.Expect(page.GetByText("Failed after 12 attempts")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(new Regex("Sent 20\\d\\d-"))).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("The mail server refused the message (550")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "02-failed-first");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Send again: ") }).ClickAsync();
        await Assertions.Expect(page.GetByText(new Regex("Sent 20\\d\\d-"))).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByText("0 failed, 0 retrying, 0 waiting, 2 sent", new() { Exact = false })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "03-sent-again");

        var pickup = Path.Combine(fixture.Hub.DataDirectory, "mail-pickup");
        Assert.Equal(
            new[] { failed, waiting }.Select(e => PickupFolderTransport.FileNameFor(e.MessageId)).Order(StringComparer.Ordinal),
            Directory.GetFiles(pickup, "*.eml").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal));
    }

    /// <summary>One message given up earlier (as after a long outage) and one new one, which the sender writes at once.</summary>
    private async Task<(OutboxEmail Failed, OutboxEmail Waiting)> WriteAsync()
    {
        var now = fixture.Hub.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var failed = OutboxDelivery.Create(OutboxEmailKind.SaleToSupervisor, "sam.super@example.com", "Sam Super",
            "Sale 41 by Alex Rivera: $59.00", "Sale 41 was processed.", "<p>Sale 41 was processed.</p>", now.AddHours(-3), "locationboards.example");
        failed.Attempts = 12;
        failed.FailedPermanently = true;
        failed.LastError = "The mail server refused the message (550, recipient not accepted): mailbox unavailable";
        var waiting = OutboxDelivery.Create(OutboxEmailKind.SaleToSalesDivision, "sales@locationboards.example", "Sales division",
            "Field sale 42 by Alex Rivera: $25.00", "Sale 42 was processed.", "<p>Sale 42 was processed.</p>", now, "locationboards.example");
        await using (var db = await fixture.Hub.Store.CreateDbContextAsync())
        {
            db.OutboxEmails.AddRange(failed, waiting);
            await db.SaveChangesAsync();
        }

        fixture.Hub.Services.GetRequiredService<OutboxSignal>().Notify();
        return (failed, waiting);
    }
}
