namespace LocationBoards.Hub.Features.Kiosk;

public sealed record PairedDevice(int DeviceId, int LocationId, string CookieValue);
