using Microsoft.AspNetCore.Identity;

namespace LocationBoards.Hub.Features.Admin.Users;

/// <summary>Puts Identity's own error messages next to the field they are about.</summary>
public static class IdentityErrorFields
{
    public static Dictionary<string, string> ByField(IEnumerable<IdentityError> identityErrors)
    {
        ArgumentNullException.ThrowIfNull(identityErrors);
        return identityErrors
            .GroupBy(e => FieldOf(e.Code))
            .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => e.Description)), StringComparer.Ordinal);
    }

    public static string FieldOf(string code) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) => "Password",
        "InvalidUserName" or "DuplicateUserName" => "UserName",
        "InvalidEmail" or "DuplicateEmail" => "Email",
        _ => "General",
    };
}
