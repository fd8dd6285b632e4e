using System.Globalization;
using System.Security.Claims;
using LocationBoards.Core.Access;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Infrastructure.Auth;

/// <summary>
/// A Blazor circuit lives for hours; this checks every 30 seconds that its person is still enabled with
/// the same roles and locations, or that its kiosk is still paired. When not, the circuit's user becomes
/// anonymous and every authorized view on it closes.
/// </summary>
public sealed class RevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    UserValidity users,
    KioskDeviceValidity kiosks,
    IOptions<IdentityOptions> identityOptions)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(30);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authenticationState);
        var user = authenticationState.User;
        var kioskId = user.FindFirstValue(LocationClaims.KioskDevice);
        if (kioskId is not null)
        {
            return int.TryParse(kioskId, NumberStyles.None, CultureInfo.InvariantCulture, out var deviceId)
                && await kiosks.IsStillPairedAsync(deviceId, cancellationToken);
        }

        var claims = identityOptions.Value.ClaimsIdentity;
        users.Forget(user.FindFirstValue(claims.UserIdClaimType) ?? string.Empty);
        return await users.IsStillValidAsync(
            user.FindFirstValue(claims.UserIdClaimType),
            user.FindFirstValue(claims.SecurityStampClaimType),
            cancellationToken);
    }
}
