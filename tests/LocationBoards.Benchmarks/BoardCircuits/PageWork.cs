using System.Globalization;
using Microsoft.Playwright;

namespace LocationBoards.Benchmarks.BoardCircuits;

/// <summary>
/// Where one board page's main thread spent its time, from Chromium's own counters (DevTools <c>Performance.getMetrics</c>):
/// tasks in all, script, style recalculation and layout, in seconds, and how many layouts and recalculations.
/// </summary>
public sealed record PageWork(double Task, double Script, double Style, double Layout, double Layouts, double Recalcs)
{
    public static async Task<ICDPSession> WatchAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var session = await page.Context.NewCDPSessionAsync(page);
        await session.SendAsync("Performance.enable");
        return session;
    }

    public static async Task<PageWork> ReadAsync(ICDPSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var answer = await session.SendAsync("Performance.getMetrics");
        var metrics = answer!.Value.GetProperty("metrics").EnumerateArray()
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("value").GetDouble(), StringComparer.Ordinal);
        double Metric(string name) => metrics.GetValueOrDefault(name);
        return new PageWork(Metric("TaskDuration"), Metric("ScriptDuration"), Metric("RecalcStyleDuration"), Metric("LayoutDuration"), Metric("LayoutCount"), Metric("RecalcStyleCount"));
    }

    /// <summary>The work between two readings, per order (or per second), in milliseconds.</summary>
    public string PerItemSince(PageWork before, int items, string what)
    {
        ArgumentNullException.ThrowIfNull(before);
        var n = Math.Max(1, items);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"one page's main thread per {what}: tasks {(Task - before.Task) * 1000 / n:F1} ms (script {(Script - before.Script) * 1000 / n:F1}, style {(Style - before.Style) * 1000 / n:F1}, layout {(Layout - before.Layout) * 1000 / n:F1}); {(Layouts - before.Layouts) / n:F1} layouts, {(Recalcs - before.Recalcs) / n:F1} style recalculations");
    }
}
