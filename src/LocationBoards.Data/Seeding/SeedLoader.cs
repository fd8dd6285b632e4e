using System.Globalization;
using System.Security.Claims;
using LocationBoards.Core.Access;
using LocationBoards.Core.Boards;
using LocationBoards.Core.Catalog;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Locations;
using LocationBoards.Core.Ordering;
using LocationBoards.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LocationBoards.Data.Seeding;

/// <summary>
/// Loads a seed folder (docs/seed-data.md) into an empty store: every file is read and checked first, then
/// everything is written in one transaction, so a bad file stops the load with nothing half-loaded.
/// The user and role managers must work on the same <see cref="AppDbContext"/> (one DI scope), so the demo
/// users are part of that transaction too.
/// </summary>
public sealed partial class SeedLoader(
    AppDbContext db,
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    TimeProvider clock,
    IOptions<DispatchOptions> dispatch,
    ILogger<SeedLoader> logger)
{
    /// <summary>True when the store holds no locations, catalogue items or customers yet.</summary>
    public async Task<bool> IsStoreEmptyAsync(CancellationToken cancellationToken = default) =>
        !await db.Locations.AnyAsync(cancellationToken)
        && !await db.CatalogItems.AnyAsync(cancellationToken)
        && !await db.Customers.AnyAsync(cancellationToken);

    /// <summary>
    /// Loads the folder. With <paramref name="shiftHistoryToToday"/> the whole order history moves by whole days
    /// so that its newest order falls on the day before today (in the area's time zone). Field jobs are always
    /// placed relative to now (their times are minutes before the load).
    /// </summary>
    /// <exception cref="SeedDataException">A seed file is missing or wrong; nothing was written.</exception>
    /// <exception cref="InvalidOperationException">The store already has data; nothing was written.</exception>
    public async Task<SeedSummary> LoadAsync(string folder, bool shiftHistoryToToday, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var started = clock.GetTimestamp();
        var now = clock.GetUtcNow().UtcDateTime;
        var content = await SeedContentReader.ReadAsync(folder, users);
        var shiftDays = shiftHistoryToToday ? ShiftHistory(content) : 0;

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await IsStoreEmptyAsync(cancellationToken))
        {
            throw new InvalidOperationException("The store already has data; seed data is loaded only into an empty store.");
        }

        try
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await WriteDataAsync(content, cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            await WriteUsersAsync(content, cancellationToken);
            await DispatchSeedWriter.WriteAsync(db, users, content, now, dispatch.Value.Targets, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // Everything was checked before writing, so this is rare (e.g. a text longer than its column on PostgreSQL).
            throw new SeedDataException($"The seed data could not be stored, so nothing was loaded: {ex.InnerException?.Message ?? ex.Message}", ex);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            db.ChangeTracker.Clear();
        }

        var elapsedMs = (long)clock.GetElapsedTime(started).TotalMilliseconds;
        var summary = new SeedSummary(
            content.AreaName, content.Locations.Count, content.Catalog.Count, content.Stock.Count, content.Customers.Count,
            content.SpeedDial.Count, content.History.Count, shiftDays, content.Users.Count, content.Streets.Count, content.Postcodes.Count,
            content.Technicians.Count, content.Jobs.Count);
        LogLoaded(
            logger, summary.Area, summary.Locations, summary.CatalogItems, summary.Customers, summary.HistoryOrders, summary.HistoryShiftDays,
            summary.Technicians, summary.FieldJobs, elapsedMs);
        return summary;
    }

    private int ShiftHistory(SeedContent content)
    {
        if (content.History.Count == 0)
        {
            return 0;
        }

        var zone = content.AreaTimeZone;
        var newest = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(content.History.Max(h => h.Order.PlacedUtc), zone));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, zone));
        var days = today.AddDays(-1).DayNumber - newest.DayNumber;
        var shift = TimeSpan.FromDays(days);
        foreach (var order in content.History.Select(h => h.Order))
        {
            order.PlacedUtc += shift;
            order.DueUtc += shift;
        }

        return days;
    }

    private async Task WriteDataAsync(SeedContent content, CancellationToken cancellationToken)
    {
        db.CatalogItems.AddRange(content.Catalog);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var seed in content.Locations)
        {
            seed.Location.Services.AddRange(seed.Services.Select(s => new LocationService { CatalogItemId = s.Id }));
        }

        db.Locations.AddRange(content.Locations.Select(l => l.Location));
        await db.SaveChangesAsync(cancellationToken);

        db.BoardSequences.AddRange(content.Locations.Select(l => new BoardSequence { LocationId = l.Location.Id, LastSequence = 0 }));
        db.StockLevels.AddRange(content.Stock.Select(s => new StockLevel { LocationId = s.Location.Id, CatalogItemId = s.Item.Id, OnHand = s.OnHand }));
        db.StreetSegments.AddRange(content.Streets);
        db.PostcodeAreas.AddRange(content.Postcodes);
        await SaveAndForgetAsync(cancellationToken);

        var firstOrders = content.History.GroupBy(h => h.Customer).ToDictionary(g => g.Key, g => g.Min(h => h.Order.PlacedUtc));
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var seed in content.Customers)
        {
            seed.Customer.CreatedUtc = (firstOrders.TryGetValue(seed.Customer, out var first) ? first : now).AddDays(-14);
            foreach (var (product, item) in seed.Owns)
            {
                product.CatalogItemId = item.Id;
                seed.Customer.OwnedProducts.Add(product);
            }
        }

        db.Customers.AddRange(content.Customers.Select(c => c.Customer));
        foreach (var seed in content.SpeedDial)
        {
            foreach (var (line, item) in seed.Lines)
            {
                line.CatalogItemId = item.Id;
                seed.Entry.Lines.Add(line);
            }
        }

        db.SpeedDialEntries.AddRange(content.SpeedDial.Select(s => s.Entry));
        await SaveAndForgetAsync(cancellationToken);

        foreach (var seed in content.History)
        {
            seed.Order.LocationId = seed.Location.Id;
            seed.Order.CustomerId = seed.Customer.Id;
            foreach (var (line, item) in seed.Lines)
            {
                line.CatalogItemId = item.Id;
            }
        }

        // Orders are most of the rows: saved in chunks so the change tracker stays small.
        foreach (var chunk in content.History.Chunk(500))
        {
            db.Orders.AddRange(chunk.Select(h => h.Order));
            await SaveAndForgetAsync(cancellationToken);
        }

        // Orders charged to the account are on their customers' accounts, as the hub records them when placed.
        db.AccountEntries.AddRange(content.History.Select(h => h.Order)
            .Where(o => o.PaymentMethod == PaymentMethod.ChargeToAccount)
            .Select(o => AccountLedger.OrderCharged(o, OrdersReader.HistoryPlacedBy)));
        await SaveAndForgetAsync(cancellationToken);
    }

    private async Task WriteUsersAsync(SeedContent content, CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
        }

        // Hashing is deliberately slow; the demo users share one password, so it is hashed once per distinct password.
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var seed in content.Users)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var user = seed.User;
            if (!hashes.TryGetValue(seed.Password, out var hash))
            {
                hash = users.PasswordHasher.HashPassword(user, seed.Password);
                hashes.Add(seed.Password, hash);
            }

            user.PasswordHash = hash;
            Check(await users.CreateAsync(user), $"user {user.UserName}");
            Check(await users.AddToRolesAsync(user, seed.Roles), $"roles of {user.UserName}");
            var claims = seed.Supervises.Select(l => new Claim(LocationClaims.Supervises, l.Id.ToString(CultureInfo.InvariantCulture))).ToList();
            if (seed.StaffOf is not null)
            {
                claims.Add(new Claim(LocationClaims.StaffOf, seed.StaffOf.Id.ToString(CultureInfo.InvariantCulture)));
            }

            if (seed.Customer is not null)
            {
                claims.Add(new Claim(LocationClaims.CustomerId, seed.Customer.Id.ToString(CultureInfo.InvariantCulture)));
            }

            if (claims.Count > 0)
            {
                Check(await users.AddClaimsAsync(user, claims), $"locations of {user.UserName}");
            }
        }
    }

    private async Task SaveAndForgetAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw SeedDataException.InFile(SeedFiles.Users, $"{what} could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Seed data for {Area} loaded: {Locations} locations, {CatalogItems} catalogue items, {Customers} customers, {HistoryOrders} history orders (shifted {ShiftDays} days), {Technicians} technicians, {FieldJobs} field jobs in {ElapsedMs} ms")]
    private static partial void LogLoaded(
        ILogger logger, string area, int locations, int catalogItems, int customers, int historyOrders, int shiftDays, int technicians, int fieldJobs, long elapsedMs);
}
