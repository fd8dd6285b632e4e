using LocationBoards.Core.Boards;
using LocationBoards.Core.Catalog;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Email;
using LocationBoards.Core.Geography.Gazetteer;
using LocationBoards.Core.Kiosks;
using LocationBoards.Core.Locations;
using LocationBoards.Core.Ordering;
using LocationBoards.Core.Phone;
using LocationBoards.Core.Sales;
using LocationBoards.Data.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<FulfilmentLocation> Locations => Set<FulfilmentLocation>();

    public DbSet<OpeningInterval> OpeningIntervals => Set<OpeningInterval>();

    public DbSet<DatedClosure> DatedClosures => Set<DatedClosure>();

    public DbSet<LocationService> LocationServices => Set<LocationService>();

    public DbSet<CatalogItem> CatalogItems => Set<CatalogItem>();

    public DbSet<StockLevel> StockLevels => Set<StockLevel>();

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<CustomerPhone> CustomerPhones => Set<CustomerPhone>();

    public DbSet<DeliveryAddress> DeliveryAddresses => Set<DeliveryAddress>();

    public DbSet<OwnedProduct> OwnedProducts => Set<OwnedProduct>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OpenOrderTally> OpenOrderTallies => Set<OpenOrderTally>();

    public DbSet<OrderLine> OrderLines => Set<OrderLine>();

    public DbSet<BoardEvent> BoardEvents => Set<BoardEvent>();

    public DbSet<BoardSequence> BoardSequences => Set<BoardSequence>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<SpeedDialEntry> SpeedDialEntries => Set<SpeedDialEntry>();

    public DbSet<SpeedDialLine> SpeedDialLines => Set<SpeedDialLine>();

    public DbSet<KioskDevice> KioskDevices => Set<KioskDevice>();

    public DbSet<PhoneCall> PhoneCalls => Set<PhoneCall>();

    public DbSet<PhoneTransfer> PhoneTransfers => Set<PhoneTransfer>();

    public DbSet<StreetSegment> StreetSegments => Set<StreetSegment>();

    public DbSet<PostcodeArea> PostcodeAreas => Set<PostcodeArea>();

    public DbSet<Technician> Technicians => Set<Technician>();

    public DbSet<TechnicianSkill> TechnicianSkills => Set<TechnicianSkill>();

    public DbSet<ShiftInterval> ShiftIntervals => Set<ShiftInterval>();

    public DbSet<FieldJob> FieldJobs => Set<FieldJob>();

    public DbSet<JobStatusChange> JobStatusChanges => Set<JobStatusChange>();

    public DbSet<PositionBreadcrumb> PositionBreadcrumbs => Set<PositionBreadcrumb>();

    public DbSet<DispatchEvent> DispatchEvents => Set<DispatchEvent>();

    public DbSet<DispatchSequence> DispatchSequences => Set<DispatchSequence>();

    public DbSet<Sale> Sales => Set<Sale>();

    public DbSet<SaleLine> SaleLines => Set<SaleLine>();

    public DbSet<SaleStatusChange> SaleStatusChanges => Set<SaleStatusChange>();

    public DbSet<AccountEntry> AccountEntries => Set<AccountEntry>();

    public DbSet<HeldService> HeldServices => Set<HeldService>();

    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Timestamps are UTC everywhere; the store hands them back marked as UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();

        // Enums are stored by name: readable in the file, stable when members are added.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
