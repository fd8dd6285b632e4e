namespace LocationBoards.Hub.Features.Admin.Locations;

/// <summary>A catalogue Service item a location may offer, as the multi-select lists it.</summary>
public sealed record ServiceChoice(int Id, string Label);
