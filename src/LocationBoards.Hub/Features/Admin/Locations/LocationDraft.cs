namespace LocationBoards.Hub.Features.Admin.Locations;

/// <summary>A location as the admin form edits it. Nothing here is trusted: the save checks every field again.</summary>
public sealed class LocationDraft
{
    public const string DefaultTimeZone = "America/Los_Angeles";

    /// <summary>0 for a location not saved yet.</summary>
    public int Id { get; set; }

    /// <summary>The version the form was loaded at; a save from an older version is refused.</summary>
    public int Version { get; set; }

    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Street { get; set; } = string.Empty;

    public string City { get; set; } = string.Empty;

    public string Postcode { get; set; } = string.Empty;

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string TimeZoneId { get; set; } = DefaultTimeZone;

    public int? MaxOpenOrders { get; set; } = 20;

    public bool IsActive { get; set; } = true;

    public WeeklyHoursDraft Hours { get; set; } = new();

    public List<ClosureDraft> Closures { get; set; } = [];

    /// <summary>Catalogue Service items the location offers.</summary>
    public IEnumerable<int> ServiceIds { get; set; } = [];

    public string ServiceAreaGeoJson { get; set; } = string.Empty;

    public bool IsNew => Id == 0;
}
