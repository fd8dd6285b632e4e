using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Infrastructure.Auth;

/// <summary>Whether a device id and secret belong to a paired, unrevoked kiosk; answers are cached briefly.</summary>
public sealed class KioskDeviceValidity(
    IDbContextFactory<AppDbContext> contexts,
    IMemoryCache cache,
    IOptions<KioskDeviceOptions> options)
{
    public async Task<PairedKiosk?> FindAsync(int deviceId, string secret, CancellationToken cancellationToken)
    {
        var device = await cache.GetOrCreateAsync(CacheKey(deviceId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = options.Value.ValidityCacheDuration;
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.KioskDevices.AsNoTracking()
                .Where(d => d.Id == deviceId && d.RevokedUtc == null && d.SecretHash != null)
                .Select(d => new CachedDevice(d.Id, d.LocationId, d.Name, d.SecretHash!))
                .FirstOrDefaultAsync(cancellationToken);
        });

        return device is not null && SecretHashing.Matches(secret, device.SecretHash)
            ? new PairedKiosk(device.Id, device.LocationId, device.Name)
            : null;
    }

    public async Task<bool> IsStillPairedAsync(int deviceId, CancellationToken cancellationToken)
    {
        cache.Remove(CacheKey(deviceId));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.KioskDevices.AnyAsync(d => d.Id == deviceId && d.RevokedUtc == null && d.SecretHash != null, cancellationToken);
    }

    /// <summary>Forget the cached answer at once (used when an admin revokes a device on this node).</summary>
    public void Forget(int deviceId) => cache.Remove(CacheKey(deviceId));

    private static string CacheKey(int deviceId) => $"kiosk-device:{deviceId}";

    private sealed record CachedDevice(int Id, int LocationId, string Name, string SecretHash);
}
