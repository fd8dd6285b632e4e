using System.Security.Claims;
using LocationBoards.Core.Access;

namespace LocationBoards.Hub.Features.Admin;

/// <summary>
/// The server-side re-check every admin service method makes before it reads or changes anything.
/// The page's [Authorize] keeps people out of the screen; this keeps a stale or forged circuit out of the data.
/// </summary>
public static class AdminAccess
{
    public static void EnsureAdmin(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true || !user.IsInRole(Roles.Admin))
        {
            throw new UnauthorizedAccessException("Only administrators may do this.");
        }
    }
}
