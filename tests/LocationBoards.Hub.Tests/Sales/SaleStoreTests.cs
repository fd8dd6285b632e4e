using System.Globalization;
using LocationBoards.Core.Catalog;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Sales;
using LocationBoards.Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Tests.Sales;

/// <summary>
/// Sales in a real migrated SQLite file: a processing written in one transaction as the hub will write it, and the
/// store's own guards against a sale processed or booked twice.
/// </summary>
public sealed class SaleStoreTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private SaleStoreScene _scene = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        _scene = await SaleStoreScene.CreateAsync(_store);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task A_processed_sale_is_stored_with_its_account_entries_products_services_emails_and_event_in_one_transaction()
    {
        var submitted = await _scene.SubmittedSaleAsync(new SalePayment(SalePaymentMethod.ChequeToTechnician, "001234"));

        await ProcessAsync(submitted.Id);

        await using var db = _store.CreateDbContext();
        var sale = await db.Sales.AsNoTracking().Include(s => s.Lines).Include(s => s.History).SingleAsync();
        Assert.Equal(SaleStatus.Processed, sale.Status);
        Assert.Equal(
            [SaleStatus.Draft, SaleStatus.Agreed, SaleStatus.Submitted, SaleStatus.Processed],
            sale.History.OrderBy(h => h.Id).Select(h => h.To));
        Assert.Equal(5900, sale.TotalMinor);
        var entries = await db.AccountEntries.AsNoTracking().Where(e => e.CustomerId == _scene.Customer.Id).ToListAsync();
        Assert.Equal([AccountEntryKind.Sale, AccountEntryKind.Payment], entries.OrderBy(e => e.Id).Select(e => e.Kind));
        Assert.Equal(0, await db.AccountEntries.Where(e => e.CustomerId == _scene.Customer.Id).SumAsync(e => e.AmountMinor));
        var owned = await db.OwnedProducts.AsNoTracking().SingleAsync(p => p.CustomerId == _scene.Customer.Id);
        Assert.Equal((_scene.Filter.Id, 2), (owned.CatalogItemId, owned.Quantity));
        var held = await db.HeldServices.AsNoTracking().SingleAsync(s => s.CustomerId == _scene.Customer.Id);
        Assert.Equal((new DateOnly(2026, 11, 25), new DateOnly(2027, 2, 25), _scene.Location.Id), (held.StartsOn, held.RenewsOn!.Value, held.ServingLocationId));
        var emails = await db.OutboxEmails.AsNoTracking().Where(e => e.SaleId == sale.Id).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["sam@example.com", "sales@example.com"], emails.Select(e => e.ToAddress));
        Assert.All(emails, e => Assert.True(e.IsPending));
        var dispatchEvent = await db.DispatchEvents.AsNoTracking().SingleAsync(e => e.SaleId == sale.Id);
        Assert.Equal(DispatchEventKind.SaleProcessed, dispatchEvent.Kind);
    }

    [Fact]
    public async Task A_sale_is_booked_once_even_if_its_processing_runs_twice()
    {
        var sale = await _scene.SubmittedSaleAsync();
        await ProcessAsync(sale.Id);

        await using var db = _store.CreateDbContext();
        var processed = await db.Sales.Include(s => s.Lines).SingleAsync();
        var again = SaleBookkeeping.For(processed, _scene.Catalogue, new DateOnly(2026, 11, 25));
        db.AccountEntries.AddRange(again.LedgerEntries);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.HeldServices.AddRange(again.ServicesHeld);
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.OutboxEmails.AddRange(SaleEmails.Compose(Facts(processed), SaleStoreScene.Now));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Two_moves_on_the_same_version_of_a_sale_give_one_change_and_one_refusal()
    {
        var sale = await _scene.SubmittedSaleAsync();
        await using var first = _store.CreateDbContext();
        await using var second = _store.CreateDbContext();
        var mine = await first.Sales.Include(s => s.Lines).SingleAsync();
        var theirs = await second.Sales.Include(s => s.Lines).SingleAsync();

        _scene.Move(mine, SaleMove.Process, SaleStateMachine.ProcessingActor);
        _scene.Move(theirs, SaleMove.Refuse(SaleRefusalReason.Withdrawn, "Customer changed their mind"));
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        Assert.Equal(sale.Id, mine.Id);
    }

    [Fact]
    public async Task A_job_has_one_sale_in_progress_at_a_time()
    {
        await _scene.SubmittedSaleAsync();

        await Assert.ThrowsAsync<DbUpdateException>(() => _scene.SubmittedSaleAsync());
    }

    [Fact]
    public async Task The_store_refuses_a_positive_payment_and_a_term_on_goods()
    {
        await using var db = _store.CreateDbContext();
        db.AccountEntries.Add(new AccountEntry
        {
            CustomerId = _scene.Customer.Id, Kind = AccountEntryKind.Payment, AmountMinor = 100, OccurredUtc = SaleStoreScene.Now, Description = "wrong way",
            RecordedBy = "test",
        });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        db.ChangeTracker.Clear();
        var goods = await db.CatalogItems.SingleAsync(i => i.Id == _scene.Filter.Id);
        goods.TermMonths = 12;
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    /// <summary>The processing as the hub does it: one transaction from the checks to the dispatch event.</summary>
    private async Task ProcessAsync(long saleId)
    {
        await using var db = _store.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var sale = await db.Sales.Include(s => s.Lines).Include(s => s.History).SingleAsync(s => s.Id == saleId);
        var job = await db.FieldJobs.SingleAsync(j => j.Id == sale.JobId);
        Assert.True(SaleStateMachine.Decide(sale, SaleMove.Process, job).Allowed);
        Assert.Null(SaleProcessing.Check(sale, job, _scene.Catalogue, SaleStoreScene.Options));
        foreach (var line in sale.Lines)
        {
            line.SupplyingLocationId = _scene.Location.Id;
        }

        _scene.Move(sale, SaleMove.Process, SaleStateMachine.ProcessingActor);
        var booking = SaleBookkeeping.For(sale, _scene.Catalogue, ServiceTerms.LocalDate(SaleStoreScene.Now, TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles")));
        db.AccountEntries.AddRange(booking.LedgerEntries);
        db.OwnedProducts.AddRange(booking.ProductsOwned);
        db.HeldServices.AddRange(booking.ServicesHeld);
        db.OutboxEmails.AddRange(SaleEmails.Compose(Facts(sale), SaleStoreScene.Now));
        var sequence = await db.DispatchSequences.SingleOrDefaultAsync() ?? db.DispatchSequences.Add(new DispatchSequence()).Entity;
        sequence.LastSequence++;
        db.DispatchEvents.Add(new DispatchEvent
        {
            Sequence = sequence.LastSequence, Kind = SaleStateMachine.EventKindOf(SaleMoveKind.Process), JobId = job.Id, SaleId = sale.Id,
            TechnicianId = sale.TechnicianId, OccurredUtc = SaleStoreScene.Now, PayloadJson = "{}",
        });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    private SaleEmailFacts Facts(Sale sale) => new()
    {
        Sale = sale,
        Customer = _scene.Customer,
        Technician = _scene.Technician,
        SupervisorName = _scene.Supervisor.DisplayName,
        SupervisorAddress = _scene.Supervisor.Email,
        SalesDivisionAddress = SaleStoreScene.Options.SalesDivisionAddress!,
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles"),
        Culture = CultureInfo.GetCultureInfo("en-US"),
        MessageIdDomain = "hub.test",
    };
}
