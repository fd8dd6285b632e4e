namespace LocationBoards.Core.Geography;

/// <summary>A position on the WGS84 ellipsoid in decimal degrees.</summary>
public readonly record struct GeoPoint
{
    public GeoPoint(double latitude, double longitude)
    {
        if (!IsValid(latitude, longitude))
        {
            throw new ArgumentOutOfRangeException(
                nameof(latitude),
                $"({latitude}, {longitude}) is not a position: latitude must be within ±90 and longitude within ±180.");
        }

        Latitude = latitude;
        Longitude = longitude;
    }

    public double Latitude { get; }

    public double Longitude { get; }

    public static bool IsValid(double latitude, double longitude) =>
        double.IsFinite(latitude) && double.IsFinite(longitude)
        && latitude is >= -90 and <= 90
        && longitude is >= -180 and <= 180;

    public static bool TryCreate(double latitude, double longitude, out GeoPoint point)
    {
        point = IsValid(latitude, longitude) ? new GeoPoint(latitude, longitude) : default;
        return IsValid(latitude, longitude);
    }

    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Latitude:F6},{Longitude:F6}");
}
