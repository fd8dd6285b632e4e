namespace LocationBoards.Hub.Features.Kiosk;

/// <summary>A one-time code, shown once to the admin who asked for it.</summary>
public sealed record KioskPairingCode(int DeviceId, string Code, DateTime ExpiresUtc);
