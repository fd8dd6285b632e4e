using LocationBoards.Hub.Features.Kiosk;

namespace LocationBoards.Hub.Features.Admin.Kiosks;

/// <summary>A one-time pairing code to show the admin once, or why there is none.</summary>
public sealed record PairingCodeOutcome(KioskPairingCode? Code, SaveOutcome Outcome);
