using Microsoft.Playwright;

namespace LocationBoards.E2E.Tests.Support;

/// <summary>The kiosk as a person uses it: taps on the on-screen keys.</summary>
public sealed class KioskScreen(IPage page)
{
    public IPage Page { get; } = page;

    public async Task OpenAsync()
    {
        await Page.GotoAsync("/kiosk");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Welcome! Enter your phone number" })).ToBeVisibleAsync();
        await WaitUntilInteractiveAsync(Page);
    }

    public async Task TypePhoneAsync(string digits)
    {
        foreach (var digit in digits)
        {
            await Page.GetByRole(AriaRole.Group, new() { Name = "Phone number" })
                .GetByRole(AriaRole.Button, new() { Name = digit.ToString(), Exact = true }).ClickAsync();
        }
    }

    public Task PressOkAsync() => Page.GetByRole(AriaRole.Button, new() { Name = "OK, look up this number" }).ClickAsync();

    public Task TapAsync(string buttonName) => Page.GetByRole(AriaRole.Button, new() { Name = buttonName }).First.ClickAsync();

    /// <summary>Blazor wires its events once the circuit is up; the page marks itself when it is.</summary>
    public static Task WaitUntilInteractiveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator("[data-interactive='true']").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }
}
