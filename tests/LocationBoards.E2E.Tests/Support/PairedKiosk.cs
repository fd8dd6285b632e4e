using LocationBoards.Hub.Features.Kiosk;
using LocationBoards.Hub.Infrastructure.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LocationBoards.E2E.Tests.Support;

/// <summary>A browser context that is a paired kiosk at one location: registered by the admin service, paired, its device cookie set.</summary>
public static class PairedKiosk
{
    public static async Task<IBrowserContext> OpenAsync(LiveHub hub, Browser browser, int locationId, int width = 1280, int height = 1024)
    {
        ArgumentNullException.ThrowIfNull(hub);
        ArgumentNullException.ThrowIfNull(browser);
        var registry = hub.Services.GetRequiredService<KioskDeviceRegistry>();
        var code = await registry.RegisterAsync(locationId, $"E2E kiosk {Guid.NewGuid():N}"[..20], CancellationToken.None);
        var paired = await registry.PairAsync(code.Code, CancellationToken.None)
            ?? throw new InvalidOperationException("The kiosk did not pair.");
        var context = await browser.NewContextAsync(hub.BaseAddress, width, height);
        await context.AddCookiesAsync(
        [
            new Cookie
            {
                Name = AuthSchemes.KioskCookieName,
                Value = paired.CookieValue,
                Domain = hub.BaseAddress.Host,
                Path = "/",
                HttpOnly = true,
            },
        ]);
        return context;
    }
}
