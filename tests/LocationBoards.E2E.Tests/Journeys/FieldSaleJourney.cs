using System.Globalization;
using System.Text.RegularExpressions;
using LocationBoards.Core.Access;
using LocationBoards.Core.Catalog;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Email;
using LocationBoards.Core.Sales;
using LocationBoards.Data.Identity;
using LocationBoards.E2E.Tests.Support;
using LocationBoards.Hub.Features.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LocationBoards.E2E.Tests.Journeys;

/// <summary>
/// Seed 000's heart: a technician on site records what the customer asks for on the phone, the dispatcher watches it
/// live, the company processes it at once (account, emails to the supervisor and the sales division).
/// </summary>
public sealed class FieldSaleJourney(HubAndBrowser fixture) : IClassFixture<HubAndBrowser>
{
    private const double PhoneLatitude = 45.5125;
    private const double PhoneLongitude = -122.6405;
    private const string ServiceSku = "SRV-FILTER-SUB";

    private readonly LiveHub _hub = fixture.Hub;
    private readonly Browser _browser = fixture.Browser;

    [Fact]
    public async Task A_technician_on_site_records_a_sale_the_dispatcher_sees_it_live_to_processed_and_the_account_and_emails_follow()
    {
        var pearl = await SeedPeople.LocationIdAsync(_hub, "pearl");
        var (technicianId, userName, password) = await FieldWork.TechnicianAsync(_hub, pearl);
        var supervisorEmail = await SupervisorForAsync(technicianId);
        var (customerId, customerName, ownedProductId) = await FieldWork.CustomerWithProductAsync(_hub);
        var jobId = await FieldWork.AssignedJobAsync(_hub, technicianId, customerId, ownedProductId);
        var (goods, service) = await ItemsToSellAsync(pearl);
        var (dispatcherName, dispatcherPassword) = await _hub.CreateUserAsync(Roles.Dispatcher);

        // A tall desk screen, so the picture holds the map and the sales panel under it.
        await using var desk = await _browser.NewContextAsync(_hub.BaseAddress, width: 1680, height: 1500);
        var dispatch = new DispatchScreen(await desk.NewPageAsync());
        await SignIn.AsAsync(dispatch.Page, dispatcherName, dispatcherPassword);
        await dispatch.OpenAsync();

        await using var phone = await _browser.NewPhoneContextAsync(_hub.BaseAddress, PhoneLatitude, PhoneLongitude, width: 390, height: 844);
        var app = new TechScreen(await phone.NewPageAsync());
        var sale = new SaleScreen(app.Page);
        await SignIn.AsAsync(app.Page, userName, password);
        await Assertions.Expect(app.Job(jobId)).ToBeVisibleAsync();

        // On site: only then is there something to sell.
        await Assertions.Expect(app.Page.GetByRole(AriaRole.Button, new() { Name = "Sell something" })).ToHaveCountAsync(0);
        await app.MoveAsync("On my way");
        await Assertions.Expect(app.Job(jobId).Locator("[data-job-status]")).ToHaveTextAsync("En route");
        await app.MoveAsync("Arrived");
        await Assertions.Expect(app.Job(jobId).Locator("[data-job-status]")).ToHaveTextAsync("On site");
        await dispatch.ExpectMarkerLookAsync(technicianId, "OnSite");

        // The customer asks for a product and a service: the catalogue, with the van's stock beside the goods.
        await sale.OpenAsync();
        await Assertions.Expect(app.Page.GetByLabel("Search the catalogue")).ToBeVisibleAsync();
        await sale.SearchAsync(goods.Name);
        await Assertions.Expect(sale.Item(goods.Id)).ToContainTextAsync($"In the van: {goods.Available.ToString(CultureInfo.InvariantCulture)}");
        await sale.OneMoreAsync(goods.Name);
        await Assertions.Expect(sale.Item(goods.Id).Locator("output")).ToHaveTextAsync("1");
        await Assertions.Expect(sale.Item(goods.Id).GetByLabel(new Regex("^Hand over now \\(from the van"))).ToBeCheckedAsync();
        await sale.SearchAsync("Filter subscription");
        await Assertions.Expect(sale.Item(service.Id)).ToContainTextAsync("Service, renews every 3 months");
        await sale.OneMoreAsync(service.Name);
        await Assertions.Expect(sale.Saved).ToHaveAttributeAsync("data-sale-saved", "draft");
        await Assertions.Expect(sale.Form.Locator(".tech-basket-total")).ToHaveTextAsync($"2 items · {Dollars(goods.PriceMinor + service.PriceMinor)}");
        await sale.Form.EvaluateAsync("form => form.scrollIntoView({ block: 'start' })");
        await Screenshots.SavePhoneAsync(app.Page, "tech-sale");
        await Accessibility.AssertNoSeriousViolationsAsync(app.Page);

        // The dispatcher sees the draft live: the technician is selling, the panel has the sale.
        await dispatch.ExpectMarkerLookAsync(technicianId, "Selling");
        var panelRow = dispatch.Page.Locator($".sales-panel tr[data-technician-id='{technicianId}']");
        await Assertions.Expect(panelRow).ToHaveAttributeAsync("data-status", "Draft");
        await Assertions.Expect(panelRow).ToContainTextAsync($"{goods.Name} ×1, {service.Name} ×1");
        await Assertions.Expect(panelRow).ToContainTextAsync(customerName.Split(' ')[0]);
        await Assertions.Expect(dispatch.TechnicianRow(technicianId)).ToHaveAttributeAsync("data-state", "Selling");
        await Assertions.Expect(dispatch.TechnicianRow(technicianId)).ToContainTextAsync("Selling on site");
        await dispatch.TechnicianRow(technicianId).FocusAsync();
        await dispatch.ScrollToTopAsync();
        await Screenshots.SaveAsync(dispatch.Page, "dispatch-sales");

        // Review with the customer: the total, the payment, their name.
        await sale.ReviewAsync();
        var total = goods.PriceMinor + service.PriceMinor;
        await Assertions.Expect(sale.Form.Locator(".tech-sale-total")).ToHaveTextAsync($"Total {Dollars(total)}");
        await sale.PayAsync("Charge to the customer's account");
        await app.Page.GetByLabel("Customer's name").FillAsync(customerName);
        await Screenshots.SavePhoneAsync(app.Page, "tech-sale-review");
        await Accessibility.AssertNoSeriousViolationsAsync(app.Page);

        await sale.AgreeAndSendAsync(customerName);
        await Assertions.Expect(sale.Result).ToHaveAttributeAsync("data-sale-result", "processed");
        await Assertions.Expect(sale.Result).ToContainTextAsync($"Processed: {Dollars(total)}");
        await Assertions.Expect(sale.Result).ToContainTextAsync("Charged to the customer's account");
        await sale.Form.EvaluateAsync("form => form.scrollIntoView({ block: 'start' })");
        await Screenshots.SavePhoneAsync(app.Page, "tech-sale-processed");

        // The dispatcher's panel follows it through to Processed; the technician is no longer selling.
        await Assertions.Expect(panelRow).ToHaveAttributeAsync("data-status", "Processed");
        await dispatch.ExpectMarkerLookAsync(technicianId, "OnSite");
        await Screenshots.SaveAsync(dispatch.Page.Locator(".sales-panel"), "dispatch-sales-processed");
        await Accessibility.AssertNoSeriousViolationsAsync(dispatch.Page);

        // Processed once: the states in order, one sale entry on the account, the service held, the product owned.
        List<OutboxEmail> outbox;
        await using (var db = await _hub.Store.CreateDbContextAsync())
        {
            var stored = await db.Sales.Include(s => s.History).Include(s => s.Lines).SingleAsync(s => s.JobId == jobId);
            Assert.Equal(SaleStatus.Processed, stored.Status);
            Assert.Equal(SaleChannel.TechnicianApp, stored.Channel);
            Assert.Equal(
                [SaleStatus.Draft, SaleStatus.Agreed, SaleStatus.Submitted, SaleStatus.Processed],
                stored.History.OrderBy(h => h.Id).Select(h => h.To).Distinct());
            var entry = Assert.Single(await db.AccountEntries.Where(e => e.SaleId == stored.Id).ToListAsync());
            Assert.Equal((AccountEntryKind.Sale, total), (entry.Kind, entry.AmountMinor));
            var lineIds = stored.Lines.Select(l => (long?)l.Id).ToList();
            Assert.Single(await db.HeldServices.Where(h => h.CustomerId == customerId && lineIds.Contains(h.SaleLineId)).ToListAsync());
            Assert.Single(await db.OwnedProducts.Where(p => p.CustomerId == customerId && lineIds.Contains(p.SaleLineId)).ToListAsync());
            outbox = await db.OutboxEmails.Where(e => e.SaleId == stored.Id).ToListAsync();
        }

        // The customer's account on the phone shows it.
        await Assertions.Expect(app.Page.Locator("[data-account]")).ToContainTextAsync(service.Name);
        await Assertions.Expect(app.Page.Locator("[data-account] .tech-ledger")).ToContainTextAsync(Dollars(total));

        // The supervisor's and the sales division's emails are in the pickup folder.
        Assert.Equal(2, outbox.Count);
        var pickup = Path.Combine(_hub.DataDirectory, "mail-pickup");
        var files = outbox.Select(e => Path.Combine(pickup, PickupFolderTransport.FileNameFor(e.MessageId))).ToList();
        await EventuallyAsync(() => files.Count(File.Exists), found => found == 2);
        var texts = files.Select(File.ReadAllText).ToList();
        Assert.Contains(texts, t => t.Contains(supervisorEmail, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(texts, t => t.Contains("sales@", StringComparison.OrdinalIgnoreCase));

        // An admin opens the customer's record: the ledger with the sale, the balance, the service held.
        var (adminName, adminPassword) = await _hub.CreateUserAsync(Roles.Admin);
        await using var office = await _browser.NewContextAsync(_hub.BaseAddress, width: 1440, height: 1000);
        var admin = await office.NewPageAsync();
        await SignIn.AsAsync(admin, adminName, adminPassword);
        await admin.GotoAsync("/admin/customers");
        await KioskScreen.WaitUntilInteractiveAsync(admin);
        await admin.GetByLabel("Name or phone number").FillAsync(customerName.Split(' ')[^1]);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await admin.Locator($"a[data-customer-id='{customerId}']").ClickAsync();
        await Assertions.Expect(admin.Locator("[data-customer-name]")).ToHaveTextAsync(customerName);
        await Assertions.Expect(admin.Locator("[data-ledger]")).ToContainTextAsync(Dollars(total));
        await Assertions.Expect(admin.Locator("[data-services-held]")).ToContainTextAsync(service.Name);
        await Screenshots.SaveAsync(admin, "account");
        await Accessibility.AssertNoSeriousViolationsAsync(admin);
    }

    [Fact]
    public async Task A_dispatcher_records_a_sale_phoned_in_by_a_technician_on_site_and_it_is_processed_as_phoned_in()
    {
        var pearl = await SeedPeople.LocationIdAsync(_hub, "pearl");
        var (technicianId, _, _) = await FieldWork.TechnicianAsync(_hub, pearl);
        await SupervisorForAsync(technicianId);
        var (customerId, customerName, ownedProductId) = await FieldWork.CustomerWithProductAsync(_hub);
        var jobId = await FieldWork.OnSiteJobAsync(_hub, technicianId, customerId, ownedProductId);
        var (goods, _) = await ItemsToSellAsync(pearl);
        var (dispatcherName, dispatcherPassword) = await _hub.CreateUserAsync(Roles.Dispatcher);

        await using var desk = await _browser.NewContextAsync(_hub.BaseAddress, width: 1680, height: 1050);
        var dispatch = new DispatchScreen(await desk.NewPageAsync());
        await SignIn.AsAsync(dispatch.Page, dispatcherName, dispatcherPassword);
        await dispatch.OpenAsync();

        var form = dispatch.Page.Locator(".phoned-sale");
        await form.GetByLabel("Technician on site").SelectOptionAsync(jobId.ToString(CultureInfo.InvariantCulture));
        await form.GetByLabel("Find an item").FillAsync(goods.Name);
        await form.GetByRole(AriaRole.Button, new() { Name = $"One more {goods.Name}", Exact = true }).ClickAsync();
        await Assertions.Expect(form.Locator("[data-phoned-total]")).ToContainTextAsync($"Total {Dollars(goods.PriceMinor)}");
        await Assertions.Expect(form.Locator("[data-phoned-total]")).ToContainTextAsync("saved as sale");
        await Assertions.Expect(dispatch.Page.Locator($".sales-panel tr[data-technician-id='{technicianId}']")).ToContainTextAsync("phoned in");
        // No phone shares this technician's position, so no dot on the map: the list says selling.
        await Assertions.Expect(dispatch.TechnicianRow(technicianId)).ToHaveAttributeAsync("data-state", "Selling");

        await form.GetByLabel("Cheque, paid to the technician").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Customer agreed: send the sale" }).ClickAsync();
        await Assertions.Expect(form.Locator("#phoned-reference-error")).ToHaveTextAsync("Write the cheque number.");
        await Assertions.Expect(form.Locator("#phoned-name-error")).ToContainTextAsync("Type the customer's name");
        await form.GetByLabel("Cheque number").FillAsync("001234");
        await form.GetByLabel(new Regex("^Customer's name")).FillAsync(customerName);
        await form.GetByRole(AriaRole.Button, new() { Name = "Customer agreed: send the sale" }).ClickAsync();

        await Assertions.Expect(form.Locator("[data-phoned-result]")).ToHaveAttributeAsync("data-phoned-result", "processed");
        await Assertions.Expect(dispatch.Page.Locator($".sales-panel tr[data-technician-id='{technicianId}']")).ToHaveAttributeAsync("data-status", "Processed");
        await Screenshots.SaveAsync(dispatch.Page.Locator(".desk-lists"), "dispatch-phoned-in-sale");
        await Accessibility.AssertNoSeriousViolationsAsync(dispatch.Page);

        await using var db = await _hub.Store.CreateDbContextAsync();
        var stored = await db.Sales.SingleAsync(s => s.JobId == jobId);
        Assert.Equal((SaleStatus.Processed, SaleChannel.PhonedIn, SalePaymentMethod.ChequeToTechnician, "001234"),
            (stored.Status, stored.Channel, stored.PaymentMethod, stored.PaymentReference));
        Assert.Equal(technicianId, stored.TechnicianId);
        var entries = await db.AccountEntries.Where(e => e.SaleId == stored.Id).OrderBy(e => e.Id).Select(e => new { e.Kind, e.AmountMinor }).ToListAsync();
        Assert.Equal([(AccountEntryKind.Sale, goods.PriceMinor), (AccountEntryKind.Payment, -goods.PriceMinor)], entries.Select(e => (e.Kind, e.AmountMinor)));
    }

    private async Task<string> SupervisorForAsync(int technicianId)
    {
        var (supervisorName, _) = await _hub.CreateUserAsync(Roles.Supervisor);
        var email = $"{supervisorName}@example.com";
        await using var scope = _hub.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var supervisor = (await users.FindByNameAsync(supervisorName))!;
        Assert.True((await users.SetEmailAsync(supervisor, email)).Succeeded);
        await using var db = await _hub.Store.CreateDbContextAsync();
        var technician = await db.Technicians.SingleAsync(t => t.Id == technicianId);
        technician.SupervisorUserId = supervisor.Id;
        await db.SaveChangesAsync();
        return email;
    }

    /// <summary>Goods in stock at the technician's home location (their van), and the renewing filter subscription.</summary>
    private async Task<(Item Goods, Item Service)> ItemsToSellAsync(int homeLocationId)
    {
        await using var db = await _hub.Store.CreateDbContextAsync();
        var inVan = await db.StockLevels.Where(s => s.LocationId == homeLocationId && s.OnHand - s.Reserved >= 2)
            .Select(s => new { s.CatalogItemId, Available = s.OnHand - s.Reserved }).ToListAsync();
        var ids = inVan.Select(s => s.CatalogItemId).ToList();
        var goods = await db.CatalogItems.Where(i => ids.Contains(i.Id) && i.IsActive && i.Kind == CatalogItemKind.Goods)
            .OrderBy(i => i.Id).FirstAsync();
        var service = await db.CatalogItems.SingleAsync(i => i.Sku == ServiceSku);
        return (new Item(goods.Id, goods.Name, goods.PriceMinor, inVan.Single(s => s.CatalogItemId == goods.Id).Available),
            new Item(service.Id, service.Name, service.PriceMinor, 0));
    }

    private static string Dollars(long minor) => (minor / 100m).ToString("C", CultureInfo.GetCultureInfo("en-US"));

    private static async Task<T> EventuallyAsync<T>(Func<T> read, Func<T, bool> done)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var value = read();
            if (done(value))
            {
                return value;
            }

            await Task.Delay(200);
        }

        return read();
    }

    private sealed record Item(int Id, string Name, long PriceMinor, int Available);
}
