namespace LocationBoards.Core.Kiosks;

/// <summary>
/// A self-service kiosk registered by an admin for one location. It is paired once with a one-time
/// code; afterwards its browser holds a long-lived secret until the device is revoked.
/// </summary>
public sealed class KioskDevice
{
    public int Id { get; set; }

    public int LocationId { get; set; }

    public required string Name { get; set; }

    /// <summary>Hash of the one-time pairing code, cleared once used.</summary>
    public string? PairingCodeHash { get; set; }

    public DateTime? PairingCodeExpiresUtc { get; set; }

    /// <summary>Hash of the secret held in the device's cookie after pairing.</summary>
    public string? SecretHash { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? PairedUtc { get; set; }

    public DateTime? RevokedUtc { get; set; }

    public DateTime? LastSeenUtc { get; set; }

    public bool IsRevoked => RevokedUtc is not null;

    public bool IsPaired => PairedUtc is not null && SecretHash is not null;

    public bool CanPairAt(DateTime nowUtc) =>
        !IsRevoked && PairingCodeHash is not null && PairingCodeExpiresUtc > nowUtc;
}
