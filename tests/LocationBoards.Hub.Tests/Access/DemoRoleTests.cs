using System.Net;
using LocationBoards.Hub.Tests.Support;

namespace LocationBoards.Hub.Tests.Access;

/// <summary>The demo users of the seed data: each lands on its own screen and is refused another role's.</summary>
public sealed class DemoRoleTests : IClassFixture<DemoRoleTests.SeededHub>
{
    private const string DemoPassword = "Demo-pass-2026";

    private readonly SeededHub _hub;

    public DemoRoleTests(SeededHub hub) => _hub = hub;

    [Theory]
    [InlineData("admin", "/admin/locations", "/order")]
    [InlineData("supervisor", "/locations", "/admin/catalog")]
    [InlineData("staff", "/locations/", "/admin/users")]
    [InlineData("client", "/order", "/admin/locations")]
    public async Task Each_demo_role_lands_on_its_screen_and_is_refused_another_roles(string userName, string startsAt, string notAllowed)
    {
        using var client = BrowserLikeClient.Create(_hub);
        var signedIn = await BrowserLikeClient.SignInAsync(client, userName, DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var start = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var landing = BrowserLikeClient.RedirectPath(start)!;
        Assert.StartsWith(startsAt, landing, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(landing, UriKind.Relative))).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri(notAllowed, UriKind.Relative))).StatusCode);
    }

    public sealed class SeededHub : HubFactory
    {
        public SeededHub()
            : base(seeded: true)
        {
        }
    }
}
