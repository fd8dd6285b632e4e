using System.Globalization;
using System.Security.Claims;
using LocationBoards.Core.Access;
using LocationBoards.Core.Ordering;
using Microsoft.AspNetCore.Identity;

namespace LocationBoards.Hub.Features.Ordering.Api;

/// <summary>Who an API caller is, for ordering: read from their claims on the server, never from the request body.</summary>
public static class OrderCallers
{
    public static OrderCaller ForApi(ClaimsPrincipal user, IdentityOptions identity)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(identity);
        var userId = user.FindFirstValue(identity.ClaimsIdentity.UserIdClaimType) ?? throw new InvalidOperationException("A signed-in caller has no id.");
        var isClient = user.IsInRole(Roles.Client) && !user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.LocationStaff);
        int? ownCustomer = isClient && int.TryParse(user.FindFirstValue(LocationClaims.CustomerId), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : isClient ? -1 : null;
        return new OrderCaller(OrderChannel.Api, $"user:{userId}", $"user:{userId}", ownCustomer, MayCreateCustomers: !isClient);
    }

    /// <summary>Whether the caller may read an order: its creator, the staff and supervisors of its location, admins.</summary>
    public static bool MayRead(ClaimsPrincipal user, IdentityOptions identity, string placedBy, int locationId)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(identity);
        var userId = user.FindFirstValue(identity.ClaimsIdentity.UserIdClaimType);
        var kiosk = user.FindFirstValue(LocationClaims.KioskDevice);
        return user.CanSeeLocation(locationId)
            || (userId is not null && placedBy == $"user:{userId}")
            || (kiosk is not null && placedBy == $"kiosk:{kiosk}");
    }
}
