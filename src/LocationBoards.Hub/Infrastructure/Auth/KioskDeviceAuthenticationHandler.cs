using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using LocationBoards.Core.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Infrastructure.Auth;

/// <summary>Authenticates a paired kiosk by the device cookie ("{deviceId}.{secret}") set at pairing.</summary>
public sealed class KioskDeviceAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    KioskDeviceValidity validity)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Cookies.TryGetValue(AuthSchemes.KioskCookieName, out var cookie) || string.IsNullOrEmpty(cookie))
        {
            return AuthenticateResult.NoResult();
        }

        var dot = cookie.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !int.TryParse(cookie.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var deviceId))
        {
            return AuthenticateResult.Fail("Not a kiosk device.");
        }

        var kiosk = await validity.FindAsync(deviceId, cookie[(dot + 1)..], Context.RequestAborted);
        if (kiosk is null)
        {
            return AuthenticateResult.Fail("Not a kiosk device.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, kiosk.Name),
                new Claim(LocationClaims.KioskDevice, kiosk.DeviceId.ToString(CultureInfo.InvariantCulture)),
                new Claim(LocationClaims.KioskLocation, kiosk.LocationId.ToString(CultureInfo.InvariantCulture)),
            ],
            AuthSchemes.KioskDevice);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), AuthSchemes.KioskDevice));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // A kiosk that is not (or no longer) paired is sent to pair, not to a person's sign-in page.
        if (IsApiRequest(Request))
        {
            Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
        else
        {
            Response.Redirect("/kiosk/pair");
        }

        return Task.CompletedTask;
    }

    internal static bool IsApiRequest(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase);
}
