namespace LocationBoards.Core.Geography.Gazetteer;

/// <summary>One street in one city and postcode, with its stretches: the unit suggestions are made from.</summary>
internal sealed class GazetteerStreet
{
    private readonly List<StreetSegment> _segments = [];

    public GazetteerStreet(string street, string city, string postcode)
    {
        Street = street;
        City = city;
        Postcode = postcode;
        Words = StreetNames.Words(street);
        Key = string.Join(' ', Words);
        CityKey = city.Trim().ToUpperInvariant();
        PostcodeKey = Postcodes.Normalise(postcode);
    }

    public string Street { get; }

    public string City { get; }

    public string Postcode { get; }

    public string Key { get; }

    public string CityKey { get; }

    public string PostcodeKey { get; }

    public IReadOnlyList<string> Words { get; }

    public IReadOnlyList<StreetSegment> Segments => _segments;

    public void Add(StreetSegment segment) => _segments.Add(segment);

    public StreetSegment? SegmentFor(int houseNumber) =>
        _segments.FirstOrDefault(s => Math.Min(s.FromNumber, s.ToNumber) <= houseNumber && houseNumber <= Math.Max(s.FromNumber, s.ToNumber));

    /// <summary>A point in the middle of the street's known stretches, for a suggestion without a number.</summary>
    public GeoPoint Middle()
    {
        var middle = _segments[_segments.Count / 2];
        return new GeoPoint((middle.FromLatitude + middle.ToLatitude) / 2, (middle.FromLongitude + middle.ToLongitude) / 2);
    }

    /// <summary>The house number placed along the stretch by linear interpolation between its ends.</summary>
    public static GeoPoint Interpolate(StreetSegment segment, int houseNumber)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var span = segment.ToNumber - segment.FromNumber;
        var fraction = span == 0 ? 0.5 : Math.Clamp((houseNumber - segment.FromNumber) / (double)span, 0, 1);
        return new GeoPoint(
            segment.FromLatitude + ((segment.ToLatitude - segment.FromLatitude) * fraction),
            segment.FromLongitude + ((segment.ToLongitude - segment.FromLongitude) * fraction));
    }
}
