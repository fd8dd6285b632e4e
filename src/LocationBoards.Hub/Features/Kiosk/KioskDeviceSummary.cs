using LocationBoards.Core.Kiosks;

namespace LocationBoards.Hub.Features.Kiosk;

public sealed record KioskDeviceSummary(
    int Id,
    string Name,
    int LocationId,
    string LocationName,
    KioskDeviceState State,
    DateTime CreatedUtc,
    DateTime? PairedUtc,
    DateTime? RevokedUtc,
    DateTime? PairingCodeExpiresUtc)
{
    public static KioskDeviceState StateOf(KioskDevice device, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(device);
        return device switch
        {
            { IsRevoked: true } => KioskDeviceState.Revoked,
            { IsPaired: true } => KioskDeviceState.Paired,
            _ when device.CanPairAt(nowUtc) => KioskDeviceState.AwaitingPairing,
            _ => KioskDeviceState.PairingCodeExpired,
        };
    }
}
