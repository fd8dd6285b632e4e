using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LocationBoards.E2E.Tests.Support;

/// <summary>An axe-core scan of the page as it is now: serious or critical violations fail the test.</summary>
public static class Accessibility
{
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe();
        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
        Assert.True(serious.Count == 0, $"Accessibility violations on {page.Url}:\n{string.Join("\n", serious)}");
    }
}
