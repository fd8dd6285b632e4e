namespace LocationBoards.Hub.Features.Admin.Users;

/// <summary>One person in the admin's user list.</summary>
public sealed record UserRow(
    string Id,
    string UserName,
    string DisplayName,
    string? Email,
    IReadOnlyList<string> Roles,
    string Locations,
    bool IsDisabled,
    bool IsYou);
