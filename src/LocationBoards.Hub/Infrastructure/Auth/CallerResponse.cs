namespace LocationBoards.Hub.Infrastructure.Auth;

/// <summary>Who a caller is. Locations is null for admins (all of them).</summary>
public sealed record CallerResponse(string Name, IReadOnlyList<string> Roles, IReadOnlyList<int>? Locations);
