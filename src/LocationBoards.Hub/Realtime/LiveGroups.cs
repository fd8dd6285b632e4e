using System.Globalization;

namespace LocationBoards.Hub.Realtime;

/// <summary>Names of the hub's groups. Membership is decided on the server from the caller's claims, never by the name alone.</summary>
public static class LiveGroups
{
    public static string Location(int locationId) => string.Create(CultureInfo.InvariantCulture, $"location:{locationId}");

    /// <summary>Dispatchers and admins: every job change and position.</summary>
    public const string Dispatch = "dispatch";

    /// <summary>A supervisor: their own technicians' jobs and positions.</summary>
    public static string Supervisor(string userId) => $"supervisor:{userId}";

    /// <summary>A technician: changes of their own jobs.</summary>
    public static string Technician(int technicianId) => string.Create(CultureInfo.InvariantCulture, $"technician:{technicianId}");

    public static string Order(long orderId) => string.Create(CultureInfo.InvariantCulture, $"order:{orderId}");
}
