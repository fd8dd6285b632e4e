using System.Net;
using LocationBoards.Hub.Features.Kiosk;
using LocationBoards.Hub.Infrastructure.Auth;
using LocationBoards.Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LocationBoards.Hub.Tests.Access;

public class KioskDeviceAccessTests
{
    [Fact]
    public async Task A_paired_kiosk_opens_the_kiosk_and_a_revoked_one_is_refused()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var registry = hub.Services.GetRequiredService<KioskDeviceRegistry>();
        var code = await registry.RegisterAsync(location.Id, "Entrance kiosk", CancellationToken.None);
        var paired = await registry.PairAsync(code.Code, CancellationToken.None);
        Assert.NotNull(paired);
        using var kiosk = BrowserLikeClient.Create(hub);
        kiosk.DefaultRequestHeaders.Add("Cookie", $"{AuthSchemes.KioskCookieName}={paired.CookieValue}");

        Assert.Equal(HttpStatusCode.OK, (await kiosk.GetAsync(new Uri("/kiosk", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await kiosk.GetAsync(new Uri("/api/auth/me", UriKind.Relative))).StatusCode);

        await registry.RevokeAsync(paired.DeviceId, CancellationToken.None);

        var page = await kiosk.GetAsync(new Uri("/kiosk", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/kiosk/pair", BrowserLikeClient.RedirectPath(page));
        Assert.Equal(HttpStatusCode.Unauthorized, (await kiosk.GetAsync(new Uri("/api/auth/me", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_pairing_code_works_once()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var registry = hub.Services.GetRequiredService<KioskDeviceRegistry>();
        var code = await registry.RegisterAsync(location.Id, "Counter kiosk", CancellationToken.None);

        Assert.NotNull(await registry.PairAsync(code.Code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal), CancellationToken.None));
        Assert.Null(await registry.PairAsync(code.Code, CancellationToken.None));
    }

    [Fact]
    public async Task A_forged_device_cookie_is_refused()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var registry = hub.Services.GetRequiredService<KioskDeviceRegistry>();
        var code = await registry.RegisterAsync(location.Id, "Counter kiosk", CancellationToken.None);
        var paired = await registry.PairAsync(code.Code, CancellationToken.None);
        using var kiosk = BrowserLikeClient.Create(hub);
        kiosk.DefaultRequestHeaders.Add("Cookie", $"{AuthSchemes.KioskCookieName}={paired!.DeviceId}.not-the-secret");

        var page = await kiosk.GetAsync(new Uri("/kiosk", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/kiosk/pair", BrowserLikeClient.RedirectPath(page));
    }

    [Fact]
    public async Task A_person_cannot_open_the_kiosk()
    {
        using var hub = new HubFactory();
        var admin = await TestPeople.CreateAsync(hub.Services, LocationBoards.Core.Access.Roles.Admin);
        using var client = BrowserLikeClient.Create(hub);
        await BrowserLikeClient.SignInAsync(client, admin.UserName!, TestPeople.Password);

        var page = await client.GetAsync(new Uri("/kiosk", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
    }
}
