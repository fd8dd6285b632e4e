namespace LocationBoards.Core.Geography.Gazetteer;

/// <summary>A postcode with the point at its centre, for addresses the street list does not know.</summary>
public sealed class PostcodeArea
{
    public required string Postcode { get; set; }

    public required string City { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }
}
