namespace LocationBoards.Core.Locations;

/// <summary>A service from the catalogue that a location offers (and so may be routed to it).</summary>
public sealed class LocationService
{
    public int LocationId { get; set; }

    public int CatalogItemId { get; set; }
}
