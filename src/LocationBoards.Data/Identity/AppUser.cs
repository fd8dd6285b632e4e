using Microsoft.AspNetCore.Identity;

namespace LocationBoards.Data.Identity;

/// <summary>A person who signs in. Roles and location claims come from Identity's own tables.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>A disabled user cannot sign in, and open sessions and connections are closed.</summary>
    public bool IsDisabled { get; set; }
}
