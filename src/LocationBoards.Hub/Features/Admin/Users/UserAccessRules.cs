using System.Net.Mail;
using LocationBoards.Core.Access;

namespace LocationBoards.Hub.Features.Admin.Users;

/// <summary>Which roles and locations make sense together, and what a display name and email must be.</summary>
public static class UserAccessRules
{
    public const string RolesField = nameof(UserAccessChoice.Roles);
    public const string StaffOfField = nameof(UserAccessChoice.StaffOfLocationId);
    public const string SupervisesField = nameof(UserAccessChoice.SupervisedLocationIds);

    public static void CheckAccess(UserAccessChoice access, IReadOnlySet<int> knownLocations, Dictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(knownLocations);
        ArgumentNullException.ThrowIfNull(errors);
        var roles = (access.Roles ?? []).ToList();
        if (roles.Count == 0)
        {
            errors[RolesField] = "Choose at least one role.";
        }
        else if (roles.FirstOrDefault(r => !Roles.All.Contains(r)) is { } unknown)
        {
            errors[RolesField] = $"\"{unknown}\" is not a role; choose from {string.Join(", ", Roles.All)}.";
        }

        if (roles.Contains(Roles.LocationStaff) && (access.StaffOfLocationId is not { } staffOf || !knownLocations.Contains(staffOf)))
        {
            errors[StaffOfField] = "Location staff work at exactly one location: choose it.";
        }

        var supervised = (access.SupervisedLocationIds ?? []).ToList();
        if (roles.Contains(Roles.Supervisor) && (supervised.Count == 0 || !supervised.All(knownLocations.Contains)))
        {
            errors[SupervisesField] = "A supervisor oversees one or more locations: choose them.";
        }
    }

    public static void CheckProfile(string? displayName, string? email, Dictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var name = displayName?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 120)
        {
            errors["DisplayName"] = "Give the name people see, 1 to 120 characters, e.g. \"Sam Rivera\".";
        }

        var address = email?.Trim() ?? string.Empty;
        if (address.Length > 0 && (address.Length > 256 || !MailAddress.TryCreate(address, out var parsed) || parsed.Address != address))
        {
            errors["Email"] = "This is not an email address; leave it empty or write it as name@example.com.";
        }
    }
}
