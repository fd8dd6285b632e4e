namespace LocationBoards.Hub.Features.Admin.Users;

/// <summary>A person to add, as the admin's form holds them.</summary>
public sealed class NewUserDraft
{
    public string UserName { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public UserAccessChoice Access { get; set; } = new();
}
