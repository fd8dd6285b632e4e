using System.Globalization;
using System.Security.Claims;
using LocationBoards.Core;
using LocationBoards.Core.Catalog;
using LocationBoards.Data;
using LocationBoards.Hub.Features.Ordering;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Admin.Catalog;

/// <summary>The admin's work on the catalogue: search it, load an item into a draft, save a draft. Admins only, re-checked on every call.</summary>
public sealed partial class CatalogAdministration(IDbContextFactory<AppDbContext> contexts, CatalogDirectory catalog, ILogger<CatalogAdministration> logger)
{
    public const string ConflictMessage = "Someone else changed this item while you were editing it; reload to see their changes. Nothing was saved.";

    /// <summary>The business's one currency is written the American way: $4.50.</summary>
    public static CultureInfo PriceCulture { get; } = CultureInfo.GetCultureInfo("en-US");

    public async Task<IReadOnlyList<CatalogItemRow>> ListAsync(ClaimsPrincipal user, CatalogFilter filter, CancellationToken cancellationToken)
    {
        AdminAccess.EnsureAdmin(user);
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.CatalogItems.AsNoTracking();
        if (filter.Search?.Trim() is { Length: > 0 } search)
        {
            var pattern = $"%{search.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)}%";
            query = query.Where(i => EF.Functions.Like(i.Name, pattern, "\\") || EF.Functions.Like(i.Sku, pattern, "\\"));
        }

        if (!string.IsNullOrEmpty(filter.Category))
        {
            query = query.Where(i => i.Category == filter.Category);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(i => i.Kind == kind);
        }

        var items = await query.OrderBy(i => i.Category).ThenBy(i => i.Name).ToListAsync(cancellationToken);
        return [.. items.Select(i => new CatalogItemRow(i.Id, i.Sku, i.Name, i.Category, i.Kind, i.Icon, i.PriceMinor, i.Price.Format(PriceCulture), i.IsActive))];
    }

    public async Task<IReadOnlyList<string>> CategoriesAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        AdminAccess.EnsureAdmin(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CatalogItems.AsNoTracking().Select(i => i.Category).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
    }

    public async Task<CatalogItemDraft?> LoadAsync(ClaimsPrincipal user, int itemId, CancellationToken cancellationToken)
    {
        AdminAccess.EnsureAdmin(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await db.CatalogItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        return item is null ? null : new CatalogItemDraft
        {
            Id = item.Id,
            Version = item.Version,
            Sku = item.Sku,
            Name = item.Name,
            Category = item.Category,
            Kind = item.Kind,
            Icon = item.Icon,
            Price = item.Price.Major,
            Description = item.Description,
            IsActive = item.IsActive,
        };
    }

    /// <summary>Saves the whole draft or nothing: bad fields, a used SKU, a kind change the item's use forbids, or a stale version change nothing.</summary>
    public async Task<SaveOutcome> SaveAsync(ClaimsPrincipal user, CatalogItemDraft draft, CancellationToken cancellationToken)
    {
        AdminAccess.EnsureAdmin(user);
        ArgumentNullException.ThrowIfNull(draft);
        var errors = CatalogRules.Check(draft);
        var sku = draft.Sku?.Trim() ?? string.Empty;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!errors.ContainsKey(nameof(draft.Sku)) && await db.CatalogItems.AnyAsync(i => i.Sku == sku && i.Id != draft.Id, cancellationToken))
        {
            errors[nameof(draft.Sku)] = $"The SKU {sku} is already used by another item.";
        }

        CatalogItem item;
        if (draft.IsNew)
        {
            item = new CatalogItem { Sku = sku, Name = string.Empty, Category = string.Empty, Icon = string.Empty };
            db.CatalogItems.Add(item);
        }
        else
        {
            var existing = await db.CatalogItems.FirstOrDefaultAsync(i => i.Id == draft.Id, cancellationToken);
            if (existing is null)
            {
                return SaveOutcome.Refused("This item no longer exists; nothing was saved.");
            }

            if (existing.Version != draft.Version)
            {
                return SaveOutcome.Conflict(ConflictMessage);
            }

            if (existing.Kind != draft.Kind && await KindChangeProblemAsync(db, existing, cancellationToken) is { } problem)
            {
                errors[nameof(draft.Kind)] = problem;
            }

            item = existing;
            db.Entry(item).Property(i => i.Version).OriginalValue = draft.Version;
        }

        if (errors.Count > 0)
        {
            return SaveOutcome.Invalid(errors);
        }

        item.Sku = sku;
        item.Name = draft.Name.Trim();
        item.Category = draft.Category.Trim();
        item.Kind = draft.Kind;
        item.Icon = draft.Icon.Trim();
        item.PriceMinor = Money.FromMajor(draft.Price!.Value).MinorUnits;
        item.Description = draft.Description?.Trim() ?? string.Empty;
        item.IsActive = draft.IsActive;
        item.Version = draft.IsNew ? 1 : draft.Version + 1;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveOutcome.Conflict(ConflictMessage);
        }
        catch (DbUpdateException)
        {
            // The SKU was taken between the check and the write.
            return SaveOutcome.Invalid(new Dictionary<string, string> { [nameof(draft.Sku)] = $"The SKU {sku} is already used by another item." });
        }

        catalog.Invalidate();
        LogSaved(logger, item.Id, item.Version);
        return SaveOutcome.Saved(item.Id, item.Version);
    }

    private static async Task<string?> KindChangeProblemAsync(AppDbContext db, CatalogItem item, CancellationToken cancellationToken)
    {
        if (item.Kind == CatalogItemKind.Goods && await db.StockLevels.AnyAsync(s => s.CatalogItemId == item.Id && (s.OnHand > 0 || s.Reserved > 0), cancellationToken))
        {
            return "This item is held in stock at some locations; it stays Goods. Make a new Service item instead.";
        }

        if (item.Kind == CatalogItemKind.Service && await db.LocationServices.AnyAsync(s => s.CatalogItemId == item.Id, cancellationToken))
        {
            return "Some locations offer this service; it stays a Service. Make a new Goods item instead.";
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalogue item {CatalogItemId} saved at version {Version}")]
    private static partial void LogSaved(ILogger logger, int catalogItemId, int version);
}
