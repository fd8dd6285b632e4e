using System.Security.Claims;
using LocationBoards.Core.Catalog;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Admin.Catalog;

/// <summary>
/// Stock per location for admins: every goods item with on hand, reserved and available, and setting
/// on hand one row at a time with optimistic concurrency on the row's version.
/// </summary>
public sealed partial class StockAdministration(IDbContextFactory<AppDbContext> contexts, ILogger<StockAdministration> logger)
{
    public const int MaxOnHand = 1_000_000;
    public const string OnHandField = "OnHand";
    public const string ConflictMessage = "The stock of this item changed meanwhile (an order may have reserved some); reload and try again. Nothing was saved.";

    public async Task<IReadOnlyList<StockRow>> ForLocationAsync(ClaimsPrincipal user, int locationId, CancellationToken cancellationToken)
    {
        AdminAccess.EnsureAdmin(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var goods = await db.CatalogItems.AsNoTracking()
            .Where(i => i.Kind == CatalogItemKind.Goods)
            .OrderBy(i => i.Name)
            .ToListAsync(cancellationToken);
        var levels = await db.StockLevels.AsNoTracking()
            .Where(s => s.LocationId == locationId)
            .ToDictionaryAsync(s => s.CatalogItemId, cancellationToken);
        return
        [
            .. goods.Select(i => levels.TryGetValue(i.Id, out var level)
                ? new StockRow(i.Id, i.Sku, i.Name, i.Icon, i.IsActive, level.OnHand, level.Reserved, level.Version)
                : new StockRow(i.Id, i.Sku, i.Name, i.Icon, i.IsActive, 0, 0, 0)),
        ];
    }

    /// <summary>
    /// Sets how many of a goods item the location holds. Refused (changing nothing) when the number is not
    /// a whole number from what is reserved up to 1,000,000, or when the row changed since it was read.
    /// </summary>
    public async Task<SaveOutcome> SetOnHandAsync(
        ClaimsPrincipal user, int locationId, int catalogItemId, int? onHand, int expectedVersion, CancellationToken cancellationToken)
    {
        AdminAccess.EnsureAdmin(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Locations.AnyAsync(l => l.Id == locationId, cancellationToken))
        {
            return SaveOutcome.Refused("This location no longer exists; nothing was saved.");
        }

        var item = await db.CatalogItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == catalogItemId, cancellationToken);
        if (item is null || item.Kind != CatalogItemKind.Goods)
        {
            return SaveOutcome.Refused("Only goods items of the catalogue have stock; nothing was saved.");
        }

        var level = await db.StockLevels.FirstOrDefaultAsync(s => s.LocationId == locationId && s.CatalogItemId == catalogItemId, cancellationToken);
        if ((level?.Version ?? 0) != expectedVersion)
        {
            return SaveOutcome.Conflict(ConflictMessage);
        }

        var reserved = level?.Reserved ?? 0;
        if (onHand is not { } count || count < 0 || count > MaxOnHand)
        {
            return Invalid($"On hand is a whole number from 0 to {MaxOnHand:N0}.");
        }

        if (count < reserved)
        {
            return Invalid($"On hand cannot be below the {reserved} reserved for open orders.");
        }

        if (level is null)
        {
            level = new StockLevel { LocationId = locationId, CatalogItemId = catalogItemId, OnHand = count, Version = 1 };
            db.StockLevels.Add(level);
        }
        else
        {
            db.Entry(level).Property(s => s.Version).OriginalValue = expectedVersion;
            level.OnHand = count;
            level.Version = expectedVersion + 1;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another writer got there first (a concurrent row insert or version bump, or a reservation the check constraint caught).
            return SaveOutcome.Conflict(ConflictMessage);
        }

        LogStockSet(logger, locationId, catalogItemId, count, level.Version);
        return SaveOutcome.Saved(catalogItemId, level.Version);
    }

    private static SaveOutcome Invalid(string message) =>
        SaveOutcome.Invalid(new Dictionary<string, string> { [OnHandField] = message });

    [LoggerMessage(Level = LogLevel.Information, Message = "Stock of item {CatalogItemId} at location {LocationId} set to {OnHand} on hand (version {Version})")]
    private static partial void LogStockSet(ILogger logger, int locationId, int catalogItemId, int onHand, int version);
}
