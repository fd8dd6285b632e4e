using System.Text.Json;

namespace LocationBoards.Data.Seeding;

/// <summary>The files of a seed folder (formats in docs/seed-data.md) and how they are opened.</summary>
internal static class SeedFiles
{
    public const string Area = "area.json";
    public const string Locations = "locations.geojson";
    public const string ServiceAreas = "service-areas.geojson";
    public const string Catalog = "catalog.csv";
    public const string Stock = "stock.csv";
    public const string Customers = "customers.json";
    public const string History = "order-history.csv";
    public const string SpeedDial = "speed-dial.csv";
    public const string Users = "users.json";
    public const string Technicians = "technicians.json";
    public const string Jobs = "jobs.json";
    public const string Streets = "gazetteer/streets.csv";
    public const string Postcodes = "gazetteer/postcodes.csv";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNameCaseInsensitive = false,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        RespectNullableAnnotations = true,
    };

    public static string ReadText(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw SeedDataException.InFile(file, $"the file is missing from the seed folder '{folder}'", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw SeedDataException.InFile(file, $"the file cannot be read: {ex.Message}", ex);
        }
    }

    /// <summary>Reads a whole JSON file into <typeparamref name="T"/>; syntax and type errors name the line and JSON path.</summary>
    public static T ReadJson<T>(string folder, string file)
    {
        var text = ReadText(folder, file);
        try
        {
            return JsonSerializer.Deserialize<T>(text, Json) ?? throw SeedDataException.InFile(file, "the file holds null");
        }
        catch (JsonException ex)
        {
            throw JsonProblem(file, ex, "$");
        }
    }

    /// <summary>Parses a JSON file as a document (for GeoJSON, whose geometries are read as they are).</summary>
    public static JsonDocument ReadDocument(string folder, string file)
    {
        var text = ReadText(folder, file);
        try
        {
            return JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw JsonProblem(file, ex, "$");
        }
    }

    /// <summary>Reads one element of a parsed document into <typeparamref name="T"/>; errors name the element's path.</summary>
    public static T ReadElement<T>(string file, JsonElement element, string path)
    {
        try
        {
            return element.Deserialize<T>(Json) ?? throw SeedDataException.AtPath(file, path, null, "is null");
        }
        catch (JsonException ex)
        {
            throw JsonProblem(file, ex, path);
        }
    }

    private static SeedDataException JsonProblem(string file, JsonException ex, string basePath)
    {
        var reason = ex.Message;
        var cut = reason.IndexOf(" Path:", StringComparison.Ordinal);
        reason = (cut > 0 ? reason[..cut] : reason).TrimEnd('.');
        var path = ex.Path is null or "$" ? basePath : basePath + ex.Path.TrimStart('$');
        return ex.LineNumber is { } line && basePath == "$"
            ? SeedDataException.AtLine(file, (int)line + 1, null, $"at {path}: {reason}", ex)
            : SeedDataException.AtPath(file, path, null, reason);
    }
}
