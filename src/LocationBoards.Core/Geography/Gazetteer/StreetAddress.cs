using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace LocationBoards.Core.Geography.Gazetteer;

/// <summary>
/// The first line of an address split into house number and street: "3214 SE Hawthorne Blvd Apt 2" is
/// number 3214 on "SE Hawthorne Blvd" (the flat or unit does not move the point and is dropped).
/// </summary>
public sealed partial record StreetAddress(int HouseNumber, string Street)
{
    private static readonly string[] UnitMarkers = ["apt", "apartment", "unit", "suite", "ste", "#", "no", "fl", "floor", "rm", "room"];

    /// <summary>The street's canonical key, e.g. "se hawthorne blvd".</summary>
    public string StreetKey { get; } = StreetNames.Key(Street);

    public static bool TryParse(string? line, [NotNullWhen(true)] out StreetAddress? address)
    {
        address = null;
        if (string.IsNullOrWhiteSpace(line))
        {
            return false;
        }

        var match = NumberAndStreet().Match(line);
        if (!match.Success
            || !int.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number <= 0)
        {
            return false;
        }

        var street = WithoutUnit(match.Groups["street"].Value.Trim().TrimEnd(','));
        if (StreetNames.Words(street).Count == 0)
        {
            return false;
        }

        address = new StreetAddress(number, street);
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{HouseNumber} {Street}");

    private static string WithoutUnit(string street)
    {
        var hash = street.IndexOf('#', StringComparison.Ordinal);
        if (hash > 0)
        {
            street = street[..hash];
        }

        var words = street.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            var word = words[i].TrimEnd('.', ',').ToLowerInvariant();
            if (UnitMarkers.Contains(word) && i < words.Length - 1)
            {
                return string.Join(' ', words[..i]).TrimEnd(',');
            }
        }

        return street.Trim().TrimEnd(',');
    }

    // A house number (with an optional letter, half or dash suffix such as 3214B or 3214-A), then the street.
    [GeneratedRegex(@"^\s*(?<number>\d{1,6})(?:[A-Za-z]\b|-[A-Za-z0-9]+|\s+1/2)?\s+(?<street>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberAndStreet();
}
