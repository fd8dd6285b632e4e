namespace LocationBoards.Core.Access;

/// <summary>The one list of roles. Later features add theirs here.</summary>
public static class Roles
{
    public const string Admin = "Admin";

    /// <summary>Staff of one fulfilment location (with a <see cref="LocationClaims.StaffOf"/> claim).</summary>
    public const string LocationStaff = "LocationStaff";

    /// <summary>Oversees a set of locations (with <see cref="LocationClaims.Supervises"/> claims).</summary>
    public const string Supervisor = "Supervisor";

    /// <summary>A client ordering from home (with a <see cref="LocationClaims.CustomerId"/> claim).</summary>
    public const string Client = "Client";

    /// <summary>Sends technicians to field jobs and watches them on the map.</summary>
    public const string Dispatcher = "Dispatcher";

    /// <summary>Goes to customers' places (with a <see cref="LocationClaims.TechnicianId"/> claim).</summary>
    public const string Technician = "Technician";

    public static IReadOnlyList<string> All { get; } = [Admin, LocationStaff, Supervisor, Client, Dispatcher, Technician];
}
