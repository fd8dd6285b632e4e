using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace LocationBoards.SeedGenerator.Output;

/// <summary>Indented, human-readable JSON (accents and emoji as themselves); coordinates one ring to a line.</summary>
internal static class JsonFile
{
    public static void Write(string path, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            write(writer);
        }

        File.WriteAllText(path, Encoding.UTF8.GetString(stream.ToArray()) + "\n", new UTF8Encoding(false));
    }

    /// <summary>A GeoJSON geometry object (Point, Polygon or MultiPolygon) in longitude, latitude order.</summary>
    public static void WriteGeometry(Utf8JsonWriter writer, string propertyName, Geometry geometry)
    {
        writer.WriteStartObject(propertyName);
        writer.WriteString("type", geometry.GeometryType);
        writer.WritePropertyName("coordinates");
        switch (geometry)
        {
            case Point point:
                writer.WriteRawValue(Position(point.Coordinate));
                break;
            case Polygon polygon:
                writer.WriteRawValue(Rings(polygon));
                break;
            case MultiPolygon multi:
                writer.WriteRawValue("[" + string.Join(",\n      ", multi.Geometries.Cast<Polygon>().Select(Rings)) + "]");
                break;
            default:
                throw new InvalidOperationException($"No GeoJSON writer for {geometry.GeometryType}.");
        }

        writer.WriteEndObject();
    }

    private static string Rings(Polygon polygon) =>
        "[" + string.Join(",\n        ", new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings).Select(r => "[" + string.Join(",", r.Coordinates.Select(Position)) + "]")) + "]";

    private static string Position(Coordinate c) =>
        string.Create(CultureInfo.InvariantCulture, $"[{Math.Round(c.X, 6)},{Math.Round(c.Y, 6)}]");
}
