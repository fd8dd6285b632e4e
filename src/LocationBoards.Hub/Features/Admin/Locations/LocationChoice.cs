namespace LocationBoards.Hub.Features.Admin.Locations;

/// <summary>A location as a dropdown lists it (stock, users' locations, kiosks).</summary>
public sealed record LocationChoice(int Id, string Name, bool IsActive)
{
    public string Label => IsActive ? Name : $"{Name} (inactive)";
}
