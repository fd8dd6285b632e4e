using System.Globalization;

namespace LocationBoards.Hub.Realtime;

/// <summary>Names of the hub's groups. Membership is decided on the server from the caller's claims, never by the name alone.</summary>
public static class LiveGroups
{
    public static string Location(int locationId) => string.Create(CultureInfo.InvariantCulture, $"location:{locationId}");

    public static string Order(long orderId) => string.Create(CultureInfo.InvariantCulture, $"order:{orderId}");
}
