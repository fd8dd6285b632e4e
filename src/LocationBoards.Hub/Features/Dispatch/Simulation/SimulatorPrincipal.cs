using System.Security.Claims;
using LocationBoards.Core.Access;
using Microsoft.AspNetCore.Identity;

namespace LocationBoards.Hub.Features.Dispatch.Simulation;

/// <summary>Who the simulator acts as when it moves jobs: a system user in the Admin role, so history lines say "simulator".</summary>
public static class SimulatorPrincipal
{
    public const string UserId = "simulator";

    public static ClaimsPrincipal Create(IdentityOptions identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var types = identity.ClaimsIdentity;
        return new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(types.UserIdClaimType, UserId),
                new Claim(types.UserNameClaimType, "Dispatch simulator"),
                new Claim(types.RoleClaimType, Roles.Admin),
            ],
            authenticationType: "Simulator",
            nameType: types.UserNameClaimType,
            roleType: types.RoleClaimType));
    }
}
