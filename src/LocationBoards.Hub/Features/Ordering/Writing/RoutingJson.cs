using System.Text;
using System.Text.Json;
using LocationBoards.Core.Ordering;

namespace LocationBoards.Hub.Features.Ordering.Writing;

/// <summary>
/// The order's routing decision as EF Core stores its JSON column ("Routing"): the same property names, so the
/// order reads back the same whoever wrote it.
/// </summary>
internal static class RoutingJson
{
    public static string Write(RoutingRecord routing)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("DistanceMetres", routing.DistanceMetres);
            json.WriteString("Explanation", routing.Explanation);
            json.WriteString("OriginKind", routing.OriginKind);
            json.WriteNumber("OriginLatitude", routing.OriginLatitude);
            json.WriteNumber("OriginLongitude", routing.OriginLongitude);
            json.WriteStartArray("PassedOver");
            foreach (var candidate in routing.PassedOver)
            {
                json.WriteStartObject();
                json.WriteNumber("DistanceMetres", candidate.DistanceMetres);
                json.WriteNumber("LocationId", candidate.LocationId);
                json.WriteString("LocationName", candidate.LocationName);
                json.WriteString("Reason", candidate.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
