using System.Security.Claims;
using LocationBoards.Core.Access;

namespace LocationBoards.Hub.Features.Shell;

/// <summary>Where each role starts after signing in. Later features point their roles at their screens.</summary>
public static class StartPage
{
    public static string? For(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.FindFirst(LocationClaims.KioskDevice) is not null)
        {
            return "/kiosk";
        }

        if (user.IsInRole(Roles.Client))
        {
            return "/order";
        }

        if (user.IsInRole(Roles.Technician) && user.TechnicianIdOf() is not null)
        {
            return "/tech";
        }

        if (user.IsInRole(Roles.Admin))
        {
            return "/admin/locations";
        }

        if (user.IsInRole(Roles.LocationStaff) && user.VisibleLocations() is { Count: 1 } own)
        {
            return $"/board/{own.Single()}";
        }

        if (user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.LocationStaff))
        {
            return "/locations";
        }

        if (user.IsInRole(Roles.Dispatcher))
        {
            return "/dispatch";
        }

        if (user.IsInRole(Roles.Technician))
        {
            return "/tech";
        }

        return null;
    }
}
