namespace LocationBoards.Hub.Features.Ordering.Api;

/// <summary>A street address; coordinates are optional and, when given, are used instead of the gazetteer.</summary>
public sealed record AddressRequest
{
    public string? Street { get; init; }

    public string? City { get; init; }

    public string? Postcode { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }
}
