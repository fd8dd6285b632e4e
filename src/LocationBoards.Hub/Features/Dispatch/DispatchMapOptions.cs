namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>
/// The dispatcher map's settings ("Dispatch:Map"). Tiles are off unless a tile URL is configured: the hub fetches
/// nothing from elsewhere by default, and the map still shows locations, service areas, technicians and jobs.
/// </summary>
public sealed class DispatchMapOptions
{
    public const string SectionName = "Dispatch:Map";

    /// <summary>A Leaflet tile URL template, e.g. "https://tiles.example/{z}/{x}/{y}.png"; empty for no tiles.</summary>
    public string TileUrl { get; set; } = string.Empty;

    /// <summary>The attribution the tile provider asks for, shown in the map's corner.</summary>
    public string TileAttribution { get; set; } = string.Empty;
}
