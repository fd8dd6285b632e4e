using LocationBoards.Hub.Features.Kiosk;

namespace LocationBoards.Hub.Features.Admin.Kiosks;

/// <summary>A device's state in words, with an icon and a badge style beside it (never colour alone).</summary>
public static class KioskStateText
{
    public static string Of(KioskDeviceState state) => state switch
    {
        KioskDeviceState.AwaitingPairing => "Awaiting pairing",
        KioskDeviceState.PairingCodeExpired => "Code expired",
        KioskDeviceState.Paired => "Paired",
        KioskDeviceState.Revoked => "Revoked",
        _ => state.ToString(),
    };

    public static string Icon(KioskDeviceState state) => state switch
    {
        KioskDeviceState.AwaitingPairing => "hourglass_top",
        KioskDeviceState.PairingCodeExpired => "timer_off",
        KioskDeviceState.Paired => "link",
        _ => "block",
    };

    /// <summary>The tone of the shared state pill (app.css).</summary>
    public static string Tone(KioskDeviceState state) => state switch
    {
        KioskDeviceState.AwaitingPairing => "warning",
        KioskDeviceState.PairingCodeExpired => "neutral",
        KioskDeviceState.Paired => "ok",
        _ => "danger",
    };
}
