namespace LocationBoards.Hub.Features.Kiosk;

public enum KioskDeviceState
{
    AwaitingPairing,
    PairingCodeExpired,
    Paired,
    Revoked,
}
