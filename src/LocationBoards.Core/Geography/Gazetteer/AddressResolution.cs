namespace LocationBoards.Core.Geography.Gazetteer;

/// <summary>How the gazetteer placed an address.</summary>
public enum AddressResolution
{
    /// <summary>Neither the street nor the postcode is known.</summary>
    NotFound,

    /// <summary>The house number was interpolated along a known stretch of the street (precise to a few tens of metres).</summary>
    StreetInterpolation,

    /// <summary>Only the postcode was known: the point is its centre (may be kilometres off).</summary>
    PostcodeCentroid,
}
