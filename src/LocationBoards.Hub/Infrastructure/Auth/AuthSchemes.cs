using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;

namespace LocationBoards.Hub.Infrastructure.Auth;

/// <summary>
/// The ways a caller proves who it is. The default scheme picks one per request: a bearer token
/// when the request carries one, else a signed-in person's cookie, else a paired kiosk's cookie.
/// </summary>
public static class AuthSchemes
{
    public const string Default = "LocationBoards";

    public const string KioskDevice = "KioskDevice";

    public const string Bearer = JwtBearerDefaults.AuthenticationScheme;

    public const string PersonCookieName = "lb.session";

    public const string KioskCookieName = "lb.kiosk";

    public static readonly string Person = IdentityConstants.ApplicationScheme;

    internal static string Select(HttpContext context)
    {
        var request = context.Request;
        if (request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            || (request.Path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase) && request.Query.ContainsKey("access_token")))
        {
            return Bearer;
        }

        if (!request.Cookies.ContainsKey(PersonCookieName) && request.Cookies.ContainsKey(KioskCookieName))
        {
            return KioskDevice;
        }

        return Person;
    }
}
