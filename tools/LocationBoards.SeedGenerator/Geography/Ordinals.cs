using System.Globalization;

namespace LocationBoards.SeedGenerator.Geography;

internal static class Ordinals
{
    /// <summary>1 → "1st", 22 → "22nd", 112 → "112th".</summary>
    public static string Of(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
