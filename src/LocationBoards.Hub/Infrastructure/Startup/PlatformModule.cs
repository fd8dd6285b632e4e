using System.Threading.RateLimiting;
using LocationBoards.Hub.Infrastructure.Auth;
using LocationBoards.Hub.Infrastructure.Problems;
using LocationBoards.Hub.Infrastructure.Storage;
using Microsoft.AspNetCore.DataProtection;

namespace LocationBoards.Hub.Infrastructure.Startup;

/// <summary>What every feature stands on: problem details, rate limits, the key ring, OpenAPI, health.</summary>
public static class PlatformModule
{
    public static IHostApplicationBuilder AddPlatform(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(
            new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddOpenApi();
        services.AddHttpContextAccessor();
        services.AddHostedService<DemoLoginsBanner>();

        // Cookies must survive a restart (a wall display heals itself without anyone signing in again).
        var keys = Directory.CreateDirectory(Path.Combine(DataDirectory.RootFrom(builder), "keys"));
        services.AddDataProtection().SetApplicationName("LocationBoards").PersistKeysToFileSystem(keys);

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(AuthEndpoints.SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 20, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseRequestBodyLimit();

        // A person gets a page that says what happened, with the honest status code kept (404 stays 404,
        // 403 stays 403); an API caller gets a problem document.
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.UseApiStatusProblems(IsApiRequest);
        return app;
    }

    private static bool IsApiRequest(HttpContext context) =>
        Auth.KioskDeviceAuthenticationHandler.IsApiRequest(context.Request);

    public static WebApplication MapPlatform(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi().AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        return app;
    }
}
