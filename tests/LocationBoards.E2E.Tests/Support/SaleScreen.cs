using Microsoft.Playwright;

namespace LocationBoards.E2E.Tests.Support;

/// <summary>The sale form on the technician's phone ("Sell something"), as a technician uses it.</summary>
public sealed class SaleScreen(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Form => Page.Locator("[data-sale-section]");

    public ILocator Result => Form.Locator("[data-sale-result]");

    public ILocator Saved => Form.Locator("[data-sale-saved]");

    public ILocator Item(int catalogItemId) => Form.Locator($"li[data-item-id='{catalogItemId}']");

    public Task OpenAsync() => Page.GetByRole(AriaRole.Button, new() { Name = "Sell something" }).ClickAsync();

    public async Task SearchAsync(string text) => await Page.GetByLabel("Search the catalogue").FillAsync(text);

    public Task OneMoreAsync(string itemName) => Page.GetByRole(AriaRole.Button, new() { Name = $"One more {itemName}", Exact = true }).ClickAsync();

    public Task ReviewAsync() => Page.GetByRole(AriaRole.Button, new() { Name = "Review with the customer" }).ClickAsync();

    public Task PayAsync(string how) => Page.GetByLabel(how).CheckAsync();

    public async Task AgreeAndSendAsync(string customerName)
    {
        await Page.GetByLabel("Customer's name").FillAsync(customerName);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Customer agrees: send the sale" }).ClickAsync();
    }
}
