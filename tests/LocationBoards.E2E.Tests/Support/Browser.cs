using Microsoft.Playwright;

namespace LocationBoards.E2E.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright. Never downloads a browser: it launches /usr/bin/chromium
/// with the flags this closed network needs.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly IPlaywright _playwright;

    private Browser(IPlaywright playwright, IBrowser chromium)
    {
        _playwright = playwright;
        Chromium = chromium;
    }

    public IBrowser Chromium { get; }

    public static async Task<Browser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
        return new Browser(playwright, chromium);
    }

    /// <summary>A fresh context (its own cookies and storage), desktop-sized unless told otherwise.</summary>
    public Task<IBrowserContext> NewContextAsync(Uri baseAddress, int width = 1440, int height = 900) =>
        Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-US",
            TimezoneId = "America/Los_Angeles",
        });

    /// <summary>A phone-sized context (375×812 unless told otherwise, touch) that may read the given position, as a technician's phone.</summary>
    public Task<IBrowserContext> NewPhoneContextAsync(Uri baseAddress, double latitude, double longitude, int width = 375, int height = 812) =>
        Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            Locale = "en-US",
            TimezoneId = "America/Los_Angeles",
            Permissions = ["geolocation"],
            Geolocation = new Geolocation { Latitude = (float)latitude, Longitude = (float)longitude, Accuracy = 10 },
        });

    public async ValueTask DisposeAsync()
    {
        await Chromium.CloseAsync();
        _playwright.Dispose();
    }
}
