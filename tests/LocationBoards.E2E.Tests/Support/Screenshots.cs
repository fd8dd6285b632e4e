using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace LocationBoards.E2E.Tests.Support;

/// <summary>Saves a picture of each screen a journey passes, under the test output's "screenshots" folder.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<string> SaveAsync(IPage page, string screen, [CallerMemberName] string journey = "")
    {
        ArgumentNullException.ThrowIfNull(page);
        var folder = Path.Combine(Folder, journey);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{screen}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>
    /// What a phone's screen shows (its viewport, not the whole page): the technician's app keeps its action button at
    /// the bottom of the screen, which a full-page capture would draw in the middle of the page.
    /// </summary>
    public static async Task<string> SavePhoneAsync(IPage page, string screen, [CallerMemberName] string journey = "")
    {
        ArgumentNullException.ThrowIfNull(page);
        var folder = Path.Combine(Folder, journey);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{screen}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    /// <summary>A picture of one part of a screen (the list view beside the map, say).</summary>
    public static async Task<string> SaveAsync(ILocator part, string screen, [CallerMemberName] string journey = "")
    {
        ArgumentNullException.ThrowIfNull(part);
        var folder = Path.Combine(Folder, journey);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{screen}.png");
        await part.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        return path;
    }
}
