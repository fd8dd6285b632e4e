namespace LocationBoards.Core.Geography.Gazetteer;

/// <summary>
/// A stretch of one street with its house-number range and the points at both ends; an address on
/// it is placed by interpolating its number along the stretch (as street-range geocoders do).
/// </summary>
public sealed class StreetSegment
{
    public int Id { get; set; }

    /// <summary>The street as written in addresses, e.g. "SE Hawthorne Blvd".</summary>
    public required string Street { get; set; }

    public required string City { get; set; }

    public required string Postcode { get; set; }

    public int FromNumber { get; set; }

    public int ToNumber { get; set; }

    public double FromLatitude { get; set; }

    public double FromLongitude { get; set; }

    public double ToLatitude { get; set; }

    public double ToLongitude { get; set; }
}
