namespace LocationBoards.Hub.Features.Admin.Users;

/// <summary>An existing person's name, email, roles and locations as the admin edits them.</summary>
public sealed class UserAccessDraft
{
    public string UserId { get; set; } = string.Empty;

    public string UserName { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    /// <summary>Identity's concurrency stamp when the form was loaded; a change since then is refused.</summary>
    public string? ConcurrencyStamp { get; set; }

    public UserAccessChoice Access { get; set; } = new();
}
