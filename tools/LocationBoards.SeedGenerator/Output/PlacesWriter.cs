using LocationBoards.Core.Geography;
using LocationBoards.SeedGenerator.Business;

namespace LocationBoards.SeedGenerator.Output;

/// <summary>locations.geojson and service-areas.geojson.</summary>
internal static class PlacesWriter
{
    public static void WriteLocations(string path, IReadOnlyList<ResolvedLocation> locations) => JsonFile.Write(path, w =>
    {
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        foreach (var location in locations)
        {
            var plan = location.Plan;
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            JsonFile.WriteGeometry(w, "geometry", Geometries.ToPoint(location.Position));
            w.WriteStartObject("properties");
            w.WriteString("code", plan.Code);
            w.WriteString("name", plan.Name);
            w.WriteString("street", plan.Street);
            w.WriteString("city", location.City);
            w.WriteString("postcode", location.Postcode);
            w.WriteString("timeZone", SeedWorld.TimeZoneId);
            w.WriteNumber("maxOpenOrders", plan.MaxOpenOrders);
            w.WriteStartObject("hours");
            foreach (var day in LocationPlans.Days)
            {
                var ranges = plan.Hours[day];
                if (ranges is ["24h"])
                {
                    w.WriteString(day, "24h");
                    continue;
                }

                w.WritePropertyName(day);
                w.WriteRawValue("[" + string.Join(", ", ranges.Select(r => $"\"{r}\"")) + "]");
            }

            w.WriteEndObject();
            w.WriteStartArray("closures");
            foreach (var (date, reason) in plan.Closures)
            {
                w.WriteStartObject();
                w.WriteString("date", date);
                w.WriteString("reason", reason);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WritePropertyName("services");
            w.WriteRawValue("[" + string.Join(", ", plan.Services.Select(s => $"\"{s}\"")) + "]");
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static void WriteServiceAreas(string path, IReadOnlyList<ResolvedLocation> locations) => JsonFile.Write(path, w =>
    {
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        foreach (var location in locations)
        {
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteStartObject("properties");
            w.WriteString("location", location.Code);
            w.WriteString("name", $"{location.Plan.Name} delivery area");
            w.WriteEndObject();
            JsonFile.WriteGeometry(w, "geometry", location.Area!);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });
}
