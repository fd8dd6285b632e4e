namespace LocationBoards.Core.Access;

/// <summary>Claim types that tie a person or a device to locations and records.</summary>
public static class LocationClaims
{
    /// <summary>The location a LocationStaff user works at (value: location id).</summary>
    public const string StaffOf = "lb:staff-of";

    /// <summary>A location a Supervisor oversees (value: location id); one claim per location.</summary>
    public const string Supervises = "lb:supervises";

    /// <summary>The customer record of a Client user (value: customer id).</summary>
    public const string CustomerId = "lb:customer";

    /// <summary>The technician record of a Technician user (value: technician id). Their supervisor is on the record.</summary>
    public const string TechnicianId = "lb:technician";

    /// <summary>Present on a paired kiosk device's principal (value: device id).</summary>
    public const string KioskDevice = "lb:kiosk-device";

    /// <summary>The location a kiosk device stands in (value: location id).</summary>
    public const string KioskLocation = "lb:kiosk-location";
}
