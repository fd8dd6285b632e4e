using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LocationBoards.E2E.Tests.Support;

/// <summary>The dispatcher's console (/dispatch), as a dispatcher uses it: the map, the lists beside it, a job's suggestions.</summary>
public sealed class DispatchScreen(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>The map's canvas; what it draws is counted in data attributes, since a canvas has no elements to find.</summary>
    public ILocator Map => Page.Locator(".map-canvas");

    public ILocator MapConnection => Page.Locator("[data-map-connection]");

    public ILocator TechnicianList => Page.Locator(".technician-table");

    public ILocator TechnicianRow(int technicianId) => TechnicianList.Locator($"tr[data-technician-id='{technicianId}']");

    public ILocator JobRow(long jobId) => Page.Locator($".job-list tr[data-job-id='{jobId}']");

    public ILocator Suggestion(int rank) => Page.Locator($".suggestion[data-rank='{rank}']");

    public ILocator Notice => Page.Locator(".dispatch-notice");

    /// <summary>Opens the console and waits until its circuit is live and the map hears positions from the hub.</summary>
    public async Task OpenAsync()
    {
        await Page.GotoAsync("/dispatch");
        await KioskScreen.WaitUntilInteractiveAsync(Page);
        await Assertions.Expect(MapConnection).ToHaveTextAsync("Live positions: connected");
    }

    /// <summary>Waits until the technician's dot on the map is drawn with the given look (Available, EnRoute, OnSite, Stale…).</summary>
    public Task ExpectMarkerLookAsync(int technicianId, string look) =>
        Assertions.Expect(Map).ToHaveAttributeAsync(
            "data-technician-states", new Regex($"(^| ){technicianId.ToString(CultureInfo.InvariantCulture)}:{look}( |$)"));

    /// <summary>Back to the top of the console (heading, counts, map), as before a picture of the whole desk.</summary>
    public Task ScrollToTopAsync() => Page.GetByRole(AriaRole.Heading, new() { Name = "Dispatch", Exact = true }).ScrollIntoViewIfNeededAsync();

    public Task SelectJobAsync(long jobId) => JobRow(jobId).Locator("button.job-select").ClickAsync();
}
