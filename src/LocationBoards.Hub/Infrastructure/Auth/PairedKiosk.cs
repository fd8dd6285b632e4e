namespace LocationBoards.Hub.Infrastructure.Auth;

public sealed record PairedKiosk(int DeviceId, int LocationId, string Name);
