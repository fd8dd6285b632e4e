using LocationBoards.Core.Access;
using Microsoft.AspNetCore.Authorization;

namespace LocationBoards.Hub.Infrastructure.Auth;

/// <summary>
/// The one list of authorization policies. Every page, endpoint and hub method names one of these
/// (or is explicitly anonymous); anything that forgets falls back to "signed in".
/// </summary>
public static class Policies
{
    public const string SignedIn = "SignedIn";

    public const string Admin = "Admin";

    /// <summary>Staff, supervisors and admins: people who work a location. Per-location checks follow in the handler.</summary>
    public const string LocationWork = "LocationWork";

    public const string Supervisor = "Supervisor";

    /// <summary>People who place orders through the API: clients for themselves, staff and admins for anyone.</summary>
    public const string PlaceOrders = "PlaceOrders";

    /// <summary>A client ordering from home.</summary>
    public const string Client = "Client";

    /// <summary>A paired, unrevoked kiosk device.</summary>
    public const string Kiosk = "Kiosk";

    /// <summary>Dispatchers and admins: create, deploy, reassign and cancel field jobs.</summary>
    public const string Dispatch = "Dispatch";

    /// <summary>Dispatchers, admins, and supervisors (read-only, their own technicians): the live map, lists and counts.</summary>
    public const string DispatchView = "DispatchView";

    /// <summary>A field technician with their technician record.</summary>
    public const string Technician = "Technician";

    public static void Register(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var signedIn = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.DefaultPolicy = signedIn;
        options.FallbackPolicy = signedIn;
        options.AddPolicy(SignedIn, signedIn);
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin));
        options.AddPolicy(LocationWork, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin, Roles.LocationStaff, Roles.Supervisor));
        options.AddPolicy(Supervisor, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin, Roles.Supervisor));
        options.AddPolicy(PlaceOrders, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin, Roles.LocationStaff, Roles.Supervisor, Roles.Client));
        options.AddPolicy(Client, p => p.RequireAuthenticatedUser().RequireRole(Roles.Client).RequireClaim(LocationClaims.CustomerId));
        options.AddPolicy(Dispatch, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin, Roles.Dispatcher));
        options.AddPolicy(DispatchView, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin, Roles.Dispatcher, Roles.Supervisor));
        options.AddPolicy(Technician, p => p.RequireAuthenticatedUser().RequireRole(Roles.Technician).RequireClaim(LocationClaims.TechnicianId));
        options.AddPolicy(Kiosk, p => p
            .AddAuthenticationSchemes(AuthSchemes.KioskDevice)
            .RequireAuthenticatedUser()
            .RequireClaim(LocationClaims.KioskDevice));
    }
}
