namespace LocationBoards.Core.Customers;

/// <summary>
/// Addresses on screens other people can see: the house number, directions and street type stay, the
/// name shows only its first letter. "3214 SE Hawthorne Blvd" reads "3214 SE H… Blvd".
/// </summary>
public static class AddressMask
{
    private static readonly HashSet<string> Kept = new(StringComparer.OrdinalIgnoreCase)
    {
        "N", "NE", "NW", "S", "SE", "SW", "E", "W",
        "St", "Street", "Ave", "Avenue", "Blvd", "Boulevard", "Rd", "Road", "Dr", "Drive", "Ct", "Court",
        "Pl", "Place", "Ln", "Lane", "Way", "Hwy", "Highway", "Pkwy", "Parkway", "Ter", "Terrace", "Cir", "Circle",
    };

    public static string Mask(string street)
    {
        ArgumentNullException.ThrowIfNull(street);
        var words = street.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select((word, i) =>
            (i == 0 && word.Any(char.IsAsciiDigit)) || Kept.Contains(word.TrimEnd('.')) ? word : $"{word[0]}…"));
    }
}
