namespace LocationBoards.Benchmarks.KioskSpeed;

/// <summary>
/// Script added to every page of the browser context before the page's own scripts run: performance observers
/// for largest-contentful-paint, event timing (durationThreshold 16 ms, the least the browser allows) and
/// first-input, and a tap timer from each pointerdown on a keypad key to the next frame after the keypad's display
/// text changed (the round trip through the Blazor circuit that a person waits for).
/// </summary>
public static class PageProbe
{
    public const string Script = """
        (() => {
          const probe = window.__lbProbe = { lcp: null, events: [], firstInput: null, taps: [] };
          const observe = (options, each) => {
            try { new PerformanceObserver(list => list.getEntries().forEach(each)).observe(options); } catch { }
          };
          observe({ type: 'largest-contentful-paint', buffered: true }, e => { probe.lcp = e.startTime; });
          observe({ type: 'event', buffered: true, durationThreshold: 16 }, e => {
            if (e.interactionId) probe.events.push({ name: e.name, duration: e.duration, interactionId: e.interactionId });
          });
          observe({ type: 'first-input', buffered: true }, e => { probe.firstInput = e.duration; });
          let pending = null;
          const display = () => document.querySelector('.keypad-display')?.textContent ?? '';
          document.addEventListener('pointerdown', e => {
            if (e.target.closest && e.target.closest('.keypad-key')) pending = { at: performance.now(), text: display() };
          }, true);
          new MutationObserver(() => {
            if (pending && display() !== pending.text) {
              const started = pending.at;
              pending = null;
              requestAnimationFrame(() => probe.taps.push(performance.now() - started));
            }
          }).observe(document, { subtree: true, childList: true, characterData: true });
        })();
        """;

    /// <summary>Reads the probe: LCP (ms), the longest event-timing entry of any interaction, first-input duration, tap round trips.</summary>
    public const string Read = """
        () => {
          const p = window.__lbProbe;
          return {
            lcp: p.lcp,
            longestEvent: p.events.reduce((m, e) => Math.max(m, e.duration), 0),
            firstInput: p.firstInput,
            interactions: new Set(p.events.map(e => e.interactionId)).size,
            taps: p.taps
          };
        }
        """;
}
