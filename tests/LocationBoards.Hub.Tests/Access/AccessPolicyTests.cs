using System.Net;
using System.Reflection;
using LocationBoards.Hub.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LocationBoards.Hub.Tests.Access;

/// <summary>
/// Every entry point of the running hub declares who may use it: a policy or an explicit "anonymous".
/// A page or endpoint added without one fails here before it can leak.
/// </summary>
public class AccessPolicyTests
{
    /// <summary>
    /// Framework endpoints we cannot attach metadata to. They must not be anonymous, so the fallback
    /// policy ("signed in") covers them.
    /// </summary>
    private static readonly string[] FrameworkEndpointsUnderFallbackPolicy =
    [
        "{**path:file}", // the static-file fallback added by MapStaticAssets
    ];

    [Fact]
    public void Every_endpoint_of_the_running_hub_declares_its_policy()
    {
        using var hub = new HubFactory();
        _ = hub.Services; // builds the app and its endpoints

        var undeclared = Endpoints(hub)
            .Where(e => !Declares(e) && !FrameworkEndpointsUnderFallbackPolicy.Contains(e.RoutePattern.RawText))
            .Select(e => $"{e.RoutePattern.RawText} ({e.DisplayName})")
            .ToList();

        Assert.True(undeclared.Count == 0, "Endpoints without a declared policy:\n" + string.Join("\n", undeclared));
        Assert.All(
            Endpoints(hub).Where(e => FrameworkEndpointsUnderFallbackPolicy.Contains(e.RoutePattern.RawText)),
            e => Assert.Null(e.Metadata.GetMetadata<IAllowAnonymous>()));
    }

    [Fact]
    public void Every_routable_page_declares_its_policy_on_itself()
    {
        var pages = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttributes<RouteAttribute>().Any())
            .ToList();

        var undeclared = pages
            .Where(t => t.GetCustomAttribute<AuthorizeAttribute>() is null && t.GetCustomAttribute<AllowAnonymousAttribute>() is null)
            .Select(t => t.FullName)
            .ToList();

        Assert.NotEmpty(pages);
        Assert.True(undeclared.Count == 0, "Pages without [Authorize] or [AllowAnonymous]:\n" + string.Join("\n", undeclared));
    }

    [Fact]
    public async Task An_anonymous_visitor_is_turned_away_from_every_page_and_endpoint_that_is_not_public()
    {
        using var hub = new HubFactory();
        using var client = BrowserLikeClient.Create(hub);
        var guarded = Endpoints(hub)
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && !e.RoutePattern.RawText!.StartsWith('{'))
            .ToList();
        Assert.NotEmpty(guarded);

        foreach (var endpoint in guarded)
        {
            var path = SamplePath(endpoint.RoutePattern.RawText!);
            var method = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is [var first, ..] ? first : "GET";
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            var response = await client.SendAsync(request);

            var turnedAway = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect
                    && (response.Headers.Location?.OriginalString.Contains("/login", StringComparison.Ordinal) == true
                        || response.Headers.Location?.OriginalString.Contains("/kiosk/pair", StringComparison.Ordinal) == true))
                || (method != "GET" && response.StatusCode == HttpStatusCode.BadRequest); // antiforgery refuses the form first
            Assert.True(turnedAway, $"{method} {path} answered {(int)response.StatusCode} to an anonymous visitor.");
        }
    }

    private static List<RouteEndpoint> Endpoints(HubFactory hub) =>
        [.. hub.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];

    private static bool Declares(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
        || endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0;

    private static string SamplePath(string pattern)
    {
        var path = System.Text.RegularExpressions.Regex.Replace(pattern, @"\{[^}]+\}", "1");
        return path.StartsWith('/') ? path : "/" + path;
    }
}
