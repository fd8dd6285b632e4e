using System.Security.Claims;
using LocationBoards.Data;
using LocationBoards.Hub.Features.Kiosk;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Admin.Kiosks;

/// <summary>
/// The admin's side of kiosk devices: register one for a location (a one-time pairing code), give a
/// device a new code, revoke it. The admin check is made here, on the server, before the registry is asked.
/// </summary>
public sealed class KioskAdministration(IDbContextFactory<AppDbContext> contexts, KioskDeviceRegistry registry)
{
    public const int MaxNameLength = 80;

    public Task<IReadOnlyList<KioskDeviceSummary>> ListAsync(ClaimsPrincipal admin, CancellationToken cancellationToken)
    {
        AdminAccess.EnsureAdmin(admin);
        return registry.ListAsync(cancellationToken);
    }

    public async Task<PairingCodeOutcome> RegisterAsync(ClaimsPrincipal admin, int? locationId, string? name, CancellationToken cancellationToken)
    {
        AdminAccess.EnsureAdmin(admin);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxNameLength)
        {
            errors["Name"] = $"Give the kiosk a name of 1 to {MaxNameLength} characters, e.g. \"Entrance kiosk\".";
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (locationId is not { } id || !await db.Locations.AnyAsync(l => l.Id == id, cancellationToken))
            {
                errors["LocationId"] = "Choose the location the kiosk stands in.";
            }
        }

        if (errors.Count > 0)
        {
            return new PairingCodeOutcome(null, SaveOutcome.Invalid(errors));
        }

        try
        {
            var code = await registry.RegisterAsync(locationId!.Value, trimmed, cancellationToken);
            return new PairingCodeOutcome(code, SaveOutcome.Saved(code.DeviceId, 0));
        }
        catch (KioskDeviceException ex)
        {
            return new PairingCodeOutcome(null, SaveOutcome.Refused(ex.Message));
        }
    }

    /// <summary>A fresh one-time code for the device; a browser paired with the old code stops working.</summary>
    public async Task<PairingCodeOutcome> RenewCodeAsync(ClaimsPrincipal admin, int deviceId, CancellationToken cancellationToken)
    {
        AdminAccess.EnsureAdmin(admin);
        try
        {
            var code = await registry.RenewPairingCodeAsync(deviceId, cancellationToken);
            return new PairingCodeOutcome(code, SaveOutcome.Saved(code.DeviceId, 0));
        }
        catch (KioskDeviceException ex)
        {
            return new PairingCodeOutcome(null, SaveOutcome.Refused(ex.Message));
        }
    }

    public async Task<SaveOutcome> RevokeAsync(ClaimsPrincipal admin, int deviceId, CancellationToken cancellationToken)
    {
        AdminAccess.EnsureAdmin(admin);
        try
        {
            await registry.RevokeAsync(deviceId, cancellationToken);
            return SaveOutcome.Saved(deviceId, 0);
        }
        catch (KioskDeviceException ex)
        {
            return SaveOutcome.Refused(ex.Message);
        }
    }
}
