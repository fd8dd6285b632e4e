using Microsoft.Playwright;

namespace LocationBoards.Benchmarks.DispatchMap;

/// <summary>
/// What the benchmark reads from the dispatch map in the page: when all technicians' markers were first drawn
/// (the map's own <c>data-technician-markers</c> count, checked every animation frame), and the animation frames
/// the browser produced while the test drags the map.
/// </summary>
public static class MapProbe
{
    public const string Canvas = ".map-canvas";

    /// <summary>Milliseconds since navigation start at the first animation frame when at least <paramref name="markers"/> technicians are drawn.</summary>
    public static async Task<double> AllMarkersDrawnAsync(IPage page, int markers, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(page);
        var handle = await page.WaitForFunctionAsync(
            """
            markers => {
              const map = document.querySelector('.map-canvas');
              return map && Number(map.dataset.technicianMarkers) >= markers ? performance.now() : false;
            }
            """,
            markers,
            new PageWaitForFunctionOptions { PollingInterval = null, Timeout = (float)limit.TotalMilliseconds });
        return await handle.JsonValueAsync<double>();
    }

    /// <summary>Starts counting animation frames (their timestamps) until <see cref="StopFramesAsync"/>.</summary>
    public static Task StartFramesAsync(IPage page) => page.EvaluateAsync(
        """
        () => {
          const frames = [];
          window.__mapBench = { frames, on: true };
          const tick = t => { if (!window.__mapBench.on) return; frames.push(t); requestAnimationFrame(tick); };
          requestAnimationFrame(tick);
        }
        """);

    /// <summary>The frame timestamps (ms) seen since <see cref="StartFramesAsync"/>.</summary>
    public static async Task<double[]> StopFramesAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return await page.EvaluateAsync<double[]>("() => { window.__mapBench.on = false; return window.__mapBench.frames; }");
    }

    /// <summary>The technician markers the map says it draws now.</summary>
    public static async Task<int> MarkersAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return await page.EvaluateAsync<int>("() => Number(document.querySelector('.map-canvas')?.dataset.technicianMarkers ?? 0)");
    }
}
