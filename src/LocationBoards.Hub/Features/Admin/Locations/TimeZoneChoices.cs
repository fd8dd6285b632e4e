namespace LocationBoards.Hub.Features.Admin.Locations;

/// <summary>The IANA time zone ids this machine knows; a location may only use one of these.</summary>
public static class TimeZoneChoices
{
    private static readonly Lazy<IReadOnlyList<string>> Known = new(() =>
        [.. TimeZoneInfo.GetSystemTimeZones()
            .Where(z => z.HasIanaId && (z.Id.Contains('/', StringComparison.Ordinal) || z.Id == "UTC"))
            .Select(z => z.Id)
            .Order(StringComparer.Ordinal)]);

    public static IReadOnlyList<string> All => Known.Value;

    /// <summary>True when the id is an IANA id in the list and the machine can load it.</summary>
    public static bool IsKnown(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || !All.Contains(id, StringComparer.Ordinal))
        {
            return false;
        }

        try
        {
            _ = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }
}
