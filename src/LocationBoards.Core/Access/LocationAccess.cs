using System.Globalization;
using System.Security.Claims;

namespace LocationBoards.Core.Access;

/// <summary>Who may see a location's board and orders: its staff, the supervisors over it, and admins.</summary>
public static class LocationAccess
{
    public static bool CanSeeLocation(this ClaimsPrincipal user, int locationId)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.Admin))
        {
            return true;
        }

        var id = locationId.ToString(CultureInfo.InvariantCulture);
        return (user.IsInRole(Roles.LocationStaff) && user.HasClaim(LocationClaims.StaffOf, id))
            || (user.IsInRole(Roles.Supervisor) && user.HasClaim(LocationClaims.Supervises, id));
    }

    /// <summary>The locations whose boards the user may open (admins: all, so null).</summary>
    public static IReadOnlySet<int>? VisibleLocations(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.Admin))
        {
            return null;
        }

        var ids = new HashSet<int>();
        if (user.IsInRole(Roles.LocationStaff))
        {
            AddIds(user, LocationClaims.StaffOf, ids);
        }

        if (user.IsInRole(Roles.Supervisor))
        {
            AddIds(user, LocationClaims.Supervises, ids);
        }

        return ids;
    }

    private static void AddIds(ClaimsPrincipal user, string claimType, HashSet<int> ids)
    {
        foreach (var claim in user.FindAll(claimType))
        {
            if (int.TryParse(claim.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                ids.Add(id);
            }
        }
    }
}
