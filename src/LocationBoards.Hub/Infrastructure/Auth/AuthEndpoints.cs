using System.Security.Claims;
using LocationBoards.Core.Access;
using LocationBoards.Data.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LocationBoards.Hub.Infrastructure.Auth;

internal static class AuthEndpoints
{
    public const string SignInRateLimit = "sign-in";

    public static void MapAuthEndpoints(this WebApplication app)
    {
        app.MapPost("/api/auth/token", IssueTokenAsync)
            .AllowAnonymous()
            .RequireRateLimiting(SignInRateLimit)
            .DisableAntiforgery()
            .WithTags("Auth")
            .WithSummary("Exchange a user name and password for a short-lived bearer token (API and hub clients).");

        app.MapGet("/api/auth/me", WhoAmI)
            .RequireAuthorization(Policies.SignedIn)
            .WithTags("Auth")
            .WithSummary("Who the caller is: name, roles and locations (to check a token).");

        app.MapGet("/account/complete-sign-in", CompleteSignInAsync)
            .AllowAnonymous()
            .RequireRateLimiting(SignInRateLimit)
            .ExcludeFromDescription();

        app.MapPost("/logout", SignOutAsync)
            .RequireAuthorization(Policies.SignedIn)
            .ExcludeFromDescription();
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueTokenAsync(
        [FromBody] TokenRequest request,
        SignInManager<AppUser> signIn,
        TokenIssuer issuer,
        TimeProvider clock)
    {
        var refused = TypedResults.Problem(
            title: "Sign-in refused",
            detail: "The user name or password is wrong, or the account may not sign in.",
            statusCode: StatusCodes.Status401Unauthorized);
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return refused;
        }

        var user = await signIn.UserManager.FindByNameAsync(request.UserName.Trim());
        if (user is null)
        {
            return refused;
        }

        var result = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            return refused;
        }

        var token = issuer.Issue(await signIn.CreateUserPrincipalAsync(user));
        var seconds = (int)Math.Max(0, (token.ExpiresUtc - clock.GetUtcNow().UtcDateTime).TotalSeconds);
        return TypedResults.Ok(new TokenResponse(token.AccessToken, "Bearer", seconds));
    }

    private static Ok<CallerResponse> WhoAmI(ClaimsPrincipal user) => TypedResults.Ok(new CallerResponse(
        user.Identity?.Name ?? string.Empty,
        [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)],
        user.VisibleLocations()?.Order().ToList()));

    /// <summary>Signs in the person an interactive page created or verified, by the one-time ticket it issued.</summary>
    private static async Task<RedirectHttpResult> CompleteSignInAsync(
        [FromQuery] string? ticket, [FromQuery] string? returnUrl, SignInTickets tickets, SignInManager<AppUser> signIn)
    {
        var userId = tickets.Redeem(ticket);
        var user = userId is null ? null : await signIn.UserManager.FindByIdAsync(userId);
        if (user is null || !await signIn.CanSignInAsync(user))
        {
            return TypedResults.LocalRedirect("/login");
        }

        await signIn.SignInAsync(user, isPersistent: true);
        return TypedResults.LocalRedirect(returnUrl is { Length: > 1 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? url : "/");
    }

    // Taking a form field makes the endpoint check the form's antiforgery token.
    private static async Task<RedirectHttpResult> SignOutAsync([FromForm] string? returnUrl, SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/login");
    }
}
