using System.Security.Claims;
using LocationBoards.Core.Access;
using LocationBoards.Core.Catalog;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Locations;

/// <summary>
/// What the staff and supervisors of locations may read about them. Every call decides on the server,
/// from the caller's claims, which locations they may see; the page's own state is never trusted.
/// </summary>
public sealed class LocationOverview(IDbContextFactory<AppDbContext> contexts, TimeProvider clock)
{
    /// <summary>The locations the user may see (admins: all), each at a glance.</summary>
    public async Task<IReadOnlyList<LocationCard>> CardsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        EnsureWorksLocations(user);
        var visible = user.VisibleLocations();
        var visibleIds = visible?.ToList() ?? [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Locations.AsNoTracking().Include(l => l.OpeningIntervals).Include(l => l.Closures).AsSplitQuery();
        var locations = visible is null
            ? await query.OrderBy(l => l.Name).ToListAsync(cancellationToken)
            : await query.Where(l => visibleIds.Contains(l.Id)).OrderBy(l => l.Name).ToListAsync(cancellationToken);

        var openOrders = await OpenOrderCounts.ByLocationAsync(db, cancellationToken);
        var outOfStock = await StockCounts.OutOfStockByLocationAsync(db, locations.Select(l => l.Id), cancellationToken);
        var now = clock.GetUtcNow();
        return locations
            .Select(l => new LocationCard(
                l.Id,
                l.Name,
                l.City,
                l.IsActive,
                LocalOpening.Describe(l, now),
                LocalOpening.TodayHours(l, now),
                openOrders.GetValueOrDefault(l.Id),
                l.MaxOpenOrders,
                outOfStock.GetValueOrDefault(l.Id)))
            .ToList();
    }

    /// <summary>
    /// One location's details, or null when there is no such location.
    /// Throws <see cref="UnauthorizedAccessException"/> when the user may not see it.
    /// </summary>
    public async Task<LocationDetails?> DetailsAsync(ClaimsPrincipal user, int locationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        EnsureWorksLocations(user);
        if (!user.CanSeeLocation(locationId))
        {
            throw new UnauthorizedAccessException("You may not see this location.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var location = await db.Locations.AsNoTracking()
            .Include(l => l.OpeningIntervals)
            .Include(l => l.Closures)
            .AsSplitQuery()
            .FirstOrDefaultAsync(l => l.Id == locationId, cancellationToken);
        if (location is null)
        {
            return null;
        }

        var services = await (
                from s in db.LocationServices.AsNoTracking()
                join i in db.CatalogItems.AsNoTracking() on s.CatalogItemId equals i.Id
                where s.LocationId == locationId
                orderby i.Name
                select i.Icon + " " + i.Name)
            .ToListAsync(cancellationToken);
        var openOrders = await OpenOrderCounts.ByLocationAsync(db, cancellationToken);
        var stock = await StockAsync(db, locationId, cancellationToken);

        var now = clock.GetUtcNow();
        var opening = LocalOpening.Describe(location, now);
        var today = opening.LocalTime is { } local ? DateOnly.FromDateTime(local) : DateOnly.FromDateTime(now.UtcDateTime);
        var week = LocalOpening.Week
            .Select(day => new WeekdayHours(day, LocalOpening.DayHours(location.OpeningIntervals, day), day == today.DayOfWeek))
            .ToList();
        var closures = location.Closures
            .Where(c => c.Date >= today)
            .OrderBy(c => c.Date)
            .Select(c => new UpcomingClosure(c.Date, c.Reason))
            .ToList();

        return new LocationDetails(
            location.Id,
            location.Name,
            location.Street,
            location.City,
            location.Postcode,
            location.TimeZoneId,
            location.IsActive,
            opening,
            week,
            closures,
            services,
            openOrders.GetValueOrDefault(location.Id),
            location.MaxOpenOrders,
            stock);
    }

    private static async Task<List<StockLine>> StockAsync(AppDbContext db, int locationId, CancellationToken cancellationToken)
    {
        var goods = await db.CatalogItems.AsNoTracking()
            .Where(i => i.IsActive && i.Kind == CatalogItemKind.Goods)
            .Select(i => new { i.Id, i.Sku, i.Name, i.Icon })
            .ToListAsync(cancellationToken);
        var levels = await db.StockLevels.AsNoTracking()
            .Where(s => s.LocationId == locationId)
            .ToDictionaryAsync(s => s.CatalogItemId, cancellationToken);
        return goods
            .Select(i => levels.TryGetValue(i.Id, out var level)
                ? new StockLine(i.Id, i.Sku, i.Name, i.Icon, level.OnHand, level.Reserved)
                : new StockLine(i.Id, i.Sku, i.Name, i.Icon, 0, 0))
            .OrderByDescending(l => l.IsOutOfStock)
            .ThenBy(l => l.Available)
            .ThenBy(l => l.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    private static void EnsureWorksLocations(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true
            || !(user.IsInRole(Roles.Admin) || user.IsInRole(Roles.LocationStaff) || user.IsInRole(Roles.Supervisor)))
        {
            throw new UnauthorizedAccessException("Only staff, supervisors and admins may see locations.");
        }
    }
}
