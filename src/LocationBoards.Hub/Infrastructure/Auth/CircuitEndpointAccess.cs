using Microsoft.AspNetCore.Authorization;

namespace LocationBoards.Hub.Infrastructure.Auth;

/// <summary>
/// Declares who may use Blazor's own endpoints (the circuit hub and its redirect helper): anyone may
/// open a circuit, because a circuit only renders what its user may see — every page declares its
/// policy and the router checks it on the server. This lets sign-up and the kiosk's pairing work
/// interactively before anyone has signed in.
/// </summary>
public static class CircuitEndpointAccess
{
    public static void Declare(EndpointBuilder endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var route = (endpoint as RouteEndpointBuilder)?.RoutePattern.RawText ?? string.Empty;
        if (route.StartsWith("/_blazor", StringComparison.Ordinal) || route.StartsWith("_blazor", StringComparison.Ordinal)
            || route.StartsWith("/_framework/", StringComparison.Ordinal))
        {
            endpoint.Metadata.Add(new AllowAnonymousAttribute());
        }
    }
}
