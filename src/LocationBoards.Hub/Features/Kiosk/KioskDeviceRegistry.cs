using LocationBoards.Core.Kiosks;
using LocationBoards.Data;
using LocationBoards.Hub.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Kiosk;

/// <summary>Registers kiosk devices for locations, pairs them by one-time code, and revokes them.</summary>
public sealed partial class KioskDeviceRegistry(
    IDbContextFactory<AppDbContext> contexts,
    KioskDeviceValidity validity,
    IOptions<KioskDeviceOptions> options,
    TimeProvider clock,
    ILogger<KioskDeviceRegistry> logger)
{
    public async Task<KioskPairingCode> RegisterAsync(int locationId, string name, CancellationToken cancellationToken)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > 80)
        {
            throw new KioskDeviceException("Give the kiosk a name of 1 to 80 characters, e.g. \"Entrance kiosk\".");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Locations.AnyAsync(l => l.Id == locationId, cancellationToken))
        {
            throw new KioskDeviceException("Choose the location the kiosk stands in.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var code = SecretHashing.NewPairingCode();
        var device = new KioskDevice
        {
            LocationId = locationId,
            Name = trimmed,
            CreatedUtc = now,
            PairingCodeHash = SecretHashing.Hash(code),
            PairingCodeExpiresUtc = now + options.Value.PairingCodeLifetime,
        };
        db.KioskDevices.Add(device);
        await db.SaveChangesAsync(cancellationToken);
        LogRegistered(logger, device.Id, locationId);
        return new KioskPairingCode(device.Id, code, device.PairingCodeExpiresUtc.Value);
    }

    /// <summary>A fresh one-time code for a device (to pair a replacement tablet); the old pairing stops working.</summary>
    public async Task<KioskPairingCode> RenewPairingCodeAsync(int deviceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var device = await db.KioskDevices.FirstOrDefaultAsync(d => d.Id == deviceId, cancellationToken)
            ?? throw new KioskDeviceException("There is no such kiosk device.");
        if (device.IsRevoked)
        {
            throw new KioskDeviceException("This kiosk was revoked; register a new one instead.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var code = SecretHashing.NewPairingCode();
        device.PairingCodeHash = SecretHashing.Hash(code);
        device.PairingCodeExpiresUtc = now + options.Value.PairingCodeLifetime;
        device.SecretHash = null;
        device.PairedUtc = null;
        await db.SaveChangesAsync(cancellationToken);
        validity.Forget(deviceId);
        return new KioskPairingCode(device.Id, code, device.PairingCodeExpiresUtc.Value);
    }

    /// <summary>Pairs the browser that typed a valid code; returns the cookie value it keeps, or null when the code is wrong or used.</summary>
    public async Task<PairedDevice?> PairAsync(string typedCode, CancellationToken cancellationToken)
    {
        var code = SecretHashing.NormalisePairingCode(typedCode);
        if (code.Length == 0)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var hash = SecretHashing.Hash(code);
        var device = await db.KioskDevices.FirstOrDefaultAsync(d => d.PairingCodeHash == hash, cancellationToken);
        if (device is null || !device.CanPairAt(now))
        {
            return null;
        }

        var secret = SecretHashing.NewDeviceSecret();
        device.SecretHash = SecretHashing.Hash(secret);
        device.PairingCodeHash = null;
        device.PairingCodeExpiresUtc = null;
        device.PairedUtc = now;
        device.LastSeenUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        validity.Forget(device.Id);
        LogPaired(logger, device.Id, device.LocationId);
        return new PairedDevice(device.Id, device.LocationId, $"{device.Id}.{secret}");
    }

    public async Task RevokeAsync(int deviceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var device = await db.KioskDevices.FirstOrDefaultAsync(d => d.Id == deviceId, cancellationToken)
            ?? throw new KioskDeviceException("There is no such kiosk device.");
        if (!device.IsRevoked)
        {
            device.RevokedUtc = clock.GetUtcNow().UtcDateTime;
            device.PairingCodeHash = null;
            device.PairingCodeExpiresUtc = null;
            await db.SaveChangesAsync(cancellationToken);
            LogRevoked(logger, device.Id, device.LocationId);
        }

        validity.Forget(deviceId);
    }

    public async Task<IReadOnlyList<KioskDeviceSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await (
                from d in db.KioskDevices.AsNoTracking()
                join l in db.Locations.AsNoTracking() on d.LocationId equals l.Id
                orderby l.Name, d.Name
                select new { Device = d, LocationName = l.Name })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new KioskDeviceSummary(
                r.Device.Id,
                r.Device.Name,
                r.Device.LocationId,
                r.LocationName,
                KioskDeviceSummary.StateOf(r.Device, now),
                r.Device.CreatedUtc,
                r.Device.PairedUtc,
                r.Device.RevokedUtc,
                r.Device.PairingCodeExpiresUtc))
            .ToList();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Kiosk device {DeviceId} registered for location {LocationId}")]
    private static partial void LogRegistered(ILogger logger, int deviceId, int locationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Kiosk device {DeviceId} paired at location {LocationId}")]
    private static partial void LogPaired(ILogger logger, int deviceId, int locationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Kiosk device {DeviceId} at location {LocationId} revoked")]
    private static partial void LogRevoked(ILogger logger, int deviceId, int locationId);
}
