using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Infrastructure.Auth;

/// <summary>Checks bearer tokens: signature, lifetime, and that their person is still allowed in.</summary>
internal static class BearerTokens
{
    public static void Configure(JwtBearerOptions options, TokenSigningKey key, TimeProvider clock)
    {
        options.MapInboundClaims = false;
        options.TokenValidationParameters = AuthModule.ValidationParameters(key.Key);

        // Lifetimes are checked on the clock tokens are issued by (the library's own would read the system clock).
        options.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, parameters) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return (notBefore is null || notBefore.Value <= now + parameters.ClockSkew)
                && expires is not null && expires.Value >= now - parameters.ClockSkew;
        };
        options.Events = new JwtBearerEvents
        {
            // Browsers' WebSocket API cannot send headers: SignalR passes the token in the query string.
            OnMessageReceived = context =>
            {
                var token = context.Request.Query["access_token"];
                if (!string.IsNullOrEmpty(token) && context.HttpContext.Request.Path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase))
                {
                    context.Token = token;
                }

                return Task.CompletedTask;
            },
            OnTokenValidated = async context =>
            {
                var services = context.HttpContext.RequestServices;
                var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
                var principal = context.Principal!;
                var valid = await services.GetRequiredService<UserValidity>().IsStillValidAsync(
                    principal.FindFirstValue(claims.UserIdClaimType),
                    principal.FindFirstValue(claims.SecurityStampClaimType),
                    context.HttpContext.RequestAborted);
                if (!valid)
                {
                    context.Fail("The token's user is no longer allowed in.");
                }
            },
        };
    }
}
