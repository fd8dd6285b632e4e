using Microsoft.Playwright;

namespace LocationBoards.E2E.Tests.Support;

/// <summary>A location's board as staff use it: cards by order number, their buttons, the freshness line.</summary>
public sealed class BoardScreen(IPage page)
{
    public IPage Page { get; } = page;

    public async Task OpenAsync(int locationId, bool wall = false)
    {
        await Page.GotoAsync(wall ? $"/board/{locationId}/wall" : $"/board/{locationId}");
        await KioskScreen.WaitUntilInteractiveAsync(Page);
        await Assertions.Expect(Page.Locator(".board-freshness")).ToContainTextAsync("live");
    }

    public ILocator Card(long orderId) => Page.Locator($"article[data-order-id='{orderId}']");

    public ILocator Column(string key) => Page.Locator($"section[data-column='{key}']");

    public Task PressAsync(long orderId, string buttonStart) =>
        Card(orderId).GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex($"^{System.Text.RegularExpressions.Regex.Escape(buttonStart)}") }).ClickAsync();
}
