using System.ComponentModel.DataAnnotations;

namespace LocationBoards.Hub.Infrastructure.Auth;

/// <summary>Bound from "Kiosk:Devices".</summary>
public sealed class KioskDeviceOptions
{
    public const string Section = "Kiosk:Devices";

    /// <summary>How long an admin's pairing code stays usable.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan PairingCodeLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a paired device's cookie lasts before it must be paired again.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan DeviceCookieLifetime { get; set; } = TimeSpan.FromDays(365);

    /// <summary>How long a device's "still valid" answer is reused; a revocation reaches the device within this plus the circuit revalidation.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:00:30")]
    public TimeSpan ValidityCacheDuration { get; set; } = TimeSpan.FromSeconds(20);
}
