using System.Security.Claims;
using LocationBoards.Core.Catalog;
using LocationBoards.Core.Locations;
using LocationBoards.Data;
using LocationBoards.Hub.Features.Locations;
using LocationBoards.Hub.Features.Ordering;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Admin.Locations;

/// <summary>
/// The admin's work on locations: the grid, loading one into a draft, and saving a draft with
/// optimistic concurrency on the location's version. Every method re-checks that the caller is an admin.
/// </summary>
public sealed partial class LocationAdministration(
    IDbContextFactory<AppDbContext> contexts,
    LocationDirectory directory,
    TimeProvider clock,
    ILogger<LocationAdministration> logger)
{
    public const string ConflictMessage = "Someone else changed this location while you were editing it; reload to see their changes. Nothing was saved.";

    public async Task<IReadOnlyList<LocationRow>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        AdminAccess.EnsureAdmin(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var locations = await db.Locations.AsNoTracking()
            .Include(l => l.OpeningIntervals)
            .Include(l => l.Closures)
            .Include(l => l.Services)
            .AsSplitQuery()
            .OrderBy(l => l.Name)
            .ToListAsync(cancellationToken);
        var openOrders = await OpenOrderCounts.ByLocationAsync(db, cancellationToken);
        var now = clock.GetUtcNow();
        return locations
            .Select(l => new LocationRow(
                l.Id,
                l.Name,
                l.City,
                LocalOpening.Describe(l, now),
                LocalOpening.TodayHours(l, now),
                l.MaxOpenOrders,
                openOrders.GetValueOrDefault(l.Id),
                l.Services.Count,
                l.IsActive))
            .ToList();
    }

    /// <summary>The location as a draft for the form, or null when there is no such location.</summary>
    public async Task<LocationDraft?> LoadAsync(ClaimsPrincipal user, int locationId, CancellationToken cancellationToken)
    {
        AdminAccess.EnsureAdmin(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var location = await db.Locations.AsNoTracking()
            .Include(l => l.OpeningIntervals)
            .Include(l => l.Closures)
            .Include(l => l.Services)
            .AsSplitQuery()
            .FirstOrDefaultAsync(l => l.Id == locationId, cancellationToken);
        return location is null ? null : new LocationDraft
        {
            Id = location.Id,
            Version = location.Version,
            Code = location.Code,
            Name = location.Name,
            Street = location.Street,
            City = location.City,
            Postcode = location.Postcode,
            Latitude = location.Latitude,
            Longitude = location.Longitude,
            TimeZoneId = location.TimeZoneId,
            MaxOpenOrders = location.MaxOpenOrders,
            IsActive = location.IsActive,
            Hours = WeeklyHoursDraft.From(location.OpeningIntervals),
            Closures = [.. location.Closures.OrderBy(c => c.Date).Select(c => new ClosureDraft { Date = c.Date, Reason = c.Reason })],
            ServiceIds = [.. location.Services.Select(s => s.CatalogItemId)],
            ServiceAreaGeoJson = location.ServiceAreaGeoJson,
        };
    }

    /// <summary>Every location by name, for the dropdowns of the other admin screens.</summary>
    public async Task<IReadOnlyList<LocationChoice>> ChoicesAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        AdminAccess.EnsureAdmin(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Locations.AsNoTracking()
            .OrderBy(l => l.Name)
            .Select(l => new LocationChoice(l.Id, l.Name, l.IsActive))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The catalogue's Service items a location may offer (inactive ones marked).</summary>
    public async Task<IReadOnlyList<ServiceChoice>> ServiceChoicesAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        AdminAccess.EnsureAdmin(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var services = await db.CatalogItems.AsNoTracking()
            .Where(i => i.Kind == CatalogItemKind.Service)
            .OrderBy(i => i.Name)
            .Select(i => new { i.Id, i.Icon, i.Name, i.Sku, i.IsActive })
            .ToListAsync(cancellationToken);
        return [.. services.Select(s => new ServiceChoice(s.Id, $"{s.Icon} {s.Name} ({s.Sku}){(s.IsActive ? string.Empty : " · inactive")}"))];
    }

    /// <summary>Saves the draft whole, or nothing: invalid fields, an unknown or used code, or a stale version change nothing.</summary>
    public async Task<SaveOutcome> SaveAsync(ClaimsPrincipal user, LocationDraft draft, CancellationToken cancellationToken)
    {
        AdminAccess.EnsureAdmin(user);
        ArgumentNullException.ThrowIfNull(draft);
        var errors = LocationRules.Check(draft, out var intervals);
        var serviceIds = (draft.ServiceIds ?? []).Distinct().ToList();

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var knownServices = await db.CatalogItems.AsNoTracking()
            .Where(i => i.Kind == CatalogItemKind.Service && serviceIds.Contains(i.Id))
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);
        if (knownServices.Count != serviceIds.Count)
        {
            errors[nameof(draft.ServiceIds)] = "Some chosen services are not Service items of the catalogue (any more); choose again.";
        }

        var code = draft.Code?.Trim() ?? string.Empty;
        if (draft.IsNew && !errors.ContainsKey(nameof(draft.Code))
            && await db.Locations.AnyAsync(l => l.Code == code, cancellationToken))
        {
            errors[nameof(draft.Code)] = $"The code \"{code}\" is already used by another location.";
        }

        if (errors.Count > 0)
        {
            return SaveOutcome.Invalid(errors);
        }

        FulfilmentLocation location;
        if (draft.IsNew)
        {
            location = new FulfilmentLocation
            {
                Code = code,
                Name = string.Empty,
                Street = string.Empty,
                City = string.Empty,
                Postcode = string.Empty,
                ServiceAreaGeoJson = string.Empty,
                TimeZoneId = string.Empty,
                Version = 0,
            };
            db.Locations.Add(location);
        }
        else
        {
            var existing = await db.Locations
                .Include(l => l.OpeningIntervals)
                .Include(l => l.Closures)
                .Include(l => l.Services)
                .AsSplitQuery()
                .FirstOrDefaultAsync(l => l.Id == draft.Id, cancellationToken);
            if (existing is null)
            {
                return SaveOutcome.Refused("This location no longer exists; nothing was saved.");
            }

            if (existing.Version != draft.Version)
            {
                return SaveOutcome.Conflict(ConflictMessage);
            }

            location = existing;
            db.Entry(location).Property(l => l.Version).OriginalValue = draft.Version;
        }

        Apply(db, location, draft, intervals, serviceIds);
        location.Version = draft.IsNew ? 1 : draft.Version + 1;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveOutcome.Conflict(ConflictMessage);
        }
        catch (DbUpdateException) when (draft.IsNew)
        {
            // The unique code was taken between the check and the insert.
            return SaveOutcome.Invalid(new Dictionary<string, string> { [nameof(draft.Code)] = $"The code \"{code}\" is already used by another location." });
        }

        // Routing on this node sees the change at once; other nodes rebuild within a minute.
        directory.Invalidate();
        LogSaved(logger, location.Id, location.Version);
        return SaveOutcome.Saved(location.Id, location.Version);
    }

    private static void Apply(AppDbContext db, FulfilmentLocation location, LocationDraft draft, IReadOnlyList<OpeningInterval> intervals, List<int> serviceIds)
    {
        location.Name = draft.Name.Trim();
        location.Street = draft.Street.Trim();
        location.City = draft.City.Trim();
        location.Postcode = draft.Postcode.Trim();
        location.Latitude = draft.Latitude!.Value;
        location.Longitude = draft.Longitude!.Value;
        location.TimeZoneId = draft.TimeZoneId;
        location.MaxOpenOrders = draft.MaxOpenOrders!.Value;
        location.IsActive = draft.IsActive;
        location.ServiceAreaGeoJson = draft.ServiceAreaGeoJson.Trim();

        // Openings carry no identity worth keeping: replace the week.
        db.OpeningIntervals.RemoveRange(location.OpeningIntervals);
        location.OpeningIntervals.Clear();
        location.OpeningIntervals.AddRange(intervals);

        // Closures are unique per date and services per item: change only what changed.
        var wanted = draft.Closures.ToDictionary(c => c.Date!.Value, c => c.Reason.Trim());
        foreach (var closure in location.Closures.ToList())
        {
            if (wanted.Remove(closure.Date, out var reason))
            {
                closure.Reason = reason;
            }
            else
            {
                db.DatedClosures.Remove(closure);
                location.Closures.Remove(closure);
            }
        }

        location.Closures.AddRange(wanted.Select(w => new DatedClosure { Date = w.Key, Reason = w.Value }));

        foreach (var service in location.Services.Where(s => !serviceIds.Contains(s.CatalogItemId)).ToList())
        {
            db.LocationServices.Remove(service);
            location.Services.Remove(service);
        }

        location.Services.AddRange(serviceIds
            .Where(id => location.Services.All(s => s.CatalogItemId != id))
            .Select(id => new LocationService { CatalogItemId = id }));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Location {LocationId} saved at version {Version}")]
    private static partial void LogSaved(ILogger logger, int locationId, int version);
}
