using System.Globalization;
using System.Security.Claims;
using LocationBoards.Core.Access;
using LocationBoards.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace LocationBoards.Hub.Features.Admin.Users;

/// <summary>Giving a person their roles (creating a role the store does not have yet) and location claims; checking a password against Identity's rules.</summary>
internal static class UserAccessGrants
{
    /// <summary>Null when granted; otherwise why not (the caller's transaction then changes nothing).</summary>
    public static async Task<string?> GrantAsync(IServiceProvider services, AppUser user, UserAccessChoice access)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var roleManager = services.GetRequiredService<RoleManager<IdentityRole>>();
        var roles = (access.Roles ?? []).Distinct().ToList();
        foreach (var role in roles.Where(r => Roles.All.Contains(r)))
        {
            if (!await roleManager.RoleExistsAsync(role) && !(await roleManager.CreateAsync(new IdentityRole(role))).Succeeded)
            {
                return $"The role {role} could not be created.";
            }
        }

        var claims = new List<Claim>();
        if (roles.Contains(Roles.LocationStaff) && access.StaffOfLocationId is { } staffOf)
        {
            claims.Add(new Claim(LocationClaims.StaffOf, staffOf.ToString(CultureInfo.InvariantCulture)));
        }

        if (roles.Contains(Roles.Supervisor))
        {
            claims.AddRange((access.SupervisedLocationIds ?? []).Distinct().Select(id => new Claim(LocationClaims.Supervises, id.ToString(CultureInfo.InvariantCulture))));
        }

        var granted = await users.AddToRolesAsync(user, roles);
        if (granted.Succeeded && claims.Count > 0)
        {
            granted = await users.AddClaimsAsync(user, claims);
        }

        return granted.Succeeded ? null : "The roles and locations could not be given; nothing was saved.";
    }

    public static async Task<List<(string Field, string Message)>> PasswordProblemsAsync(UserManager<AppUser> users, string? password)
    {
        var problems = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, new AppUser(), password ?? string.Empty);
            problems.AddRange(result.Errors);
        }

        return [.. IdentityErrorFields.ByField(problems).Select(p => (p.Key, p.Value))];
    }
}
