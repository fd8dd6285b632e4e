using System.Globalization;

namespace LocationBoards.Core.Routing;

public enum DistanceUnit
{
    Kilometres,
    Miles,
}

public static class DistanceText
{
    private const double MetresPerMile = 1609.344;

    /// <summary>"0.4 km" or "0.3 mi": one decimal below ten, whole numbers above.</summary>
    public static string Format(double metres, DistanceUnit unit)
    {
        var (value, suffix) = unit == DistanceUnit.Miles ? (metres / MetresPerMile, "mi") : (metres / 1000, "km");
        var format = value < 10 ? "0.0" : "0";
        return $"{value.ToString(format, CultureInfo.InvariantCulture)} {suffix}";
    }
}
