namespace LocationBoards.Core.Geography.Gazetteer;

/// <summary>Where the gazetteer put an address, and how it found it.</summary>
public sealed record GazetteerResult(AddressResolution Method, GeoPoint? Point, string? Matched)
{
    public static GazetteerResult NotFound { get; } = new(AddressResolution.NotFound, null, null);

    public bool Found => Point is not null;
}
