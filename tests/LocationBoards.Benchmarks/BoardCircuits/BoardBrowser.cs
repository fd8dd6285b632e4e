using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace LocationBoards.Benchmarks.BoardCircuits;

/// <summary>When one page first had a card in its DOM, and the next animation frame after it (Unix ms, the machine's clock).</summary>
public sealed record DrawnCard(long OrderId, long DrawnUnixMs, long? FrameUnixMs, string? Column);

/// <summary>
/// Debian's Chromium with many board pages open, all signed in with one sign-in (its cookies copied into every
/// context). Every page watches its own DOM from before the first script runs and notes when each order card
/// first appears.
/// </summary>
public sealed class BoardBrowser : IAsyncDisposable
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    // A MutationObserver on the whole document: the first time an order card is added (by the parser or by a
    // Blazor render batch), Date.now() and its column are kept, then the time of the following animation frame.
    private const string WatchCards = """
        (() => {
          if (window.__boardBench) return;
          const drawn = {};
          window.__boardBench = { drawn };
          const note = (node, t) => {
            if (node.nodeType !== 1) return;
            const cards = node.matches('article[data-order-id]') ? [node] : node.querySelectorAll('article[data-order-id]');
            for (const card of cards) {
              const id = card.getAttribute('data-order-id');
              if (id in drawn) continue;
              const column = card.closest('section[data-column]');
              const entry = { t, frame: null, column: column ? column.getAttribute('data-column') : null };
              drawn[id] = entry;
              requestAnimationFrame(() => { entry.frame = Date.now(); });
            }
          };
          new MutationObserver(records => {
            const t = Date.now();
            for (const record of records) for (const node of record.addedNodes) note(node, t);
          }).observe(document, { childList: true, subtree: true });
        })();
        """;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _chromium;
    private readonly Uri _baseAddress;
    private readonly List<IBrowserContext> _contexts = [];
    private readonly List<IPage> _pages = [];
    private readonly Dictionary<IPage, FrameWatch> _watches = [];
    private int _watchesStarting;
    private readonly Lock _lock = new();
    private string? _signedIn;

    private BoardBrowser(IPlaywright playwright, IBrowser chromium, Uri baseAddress)
    {
        _playwright = playwright;
        _chromium = chromium;
        _baseAddress = baseAddress;
    }

    public IReadOnlyList<IPage> Pages
    {
        get
        {
            lock (_lock)
            {
                return [.. _pages];
            }
        }
    }

    /// <summary>How many of the pages opened from now on also note when each WebSocket message reached them (<see cref="FrameWatch"/>).</summary>
    public int PagesToWatch { get; set; }

    /// <summary>The watched pages and their messages' arrival times.</summary>
    public IReadOnlyDictionary<IPage, FrameWatch> Watches
    {
        get
        {
            lock (_lock)
            {
                return new Dictionary<IPage, FrameWatch>(_watches);
            }
        }
    }

    public static async Task<BoardBrowser> LaunchAsync(Uri baseAddress)
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args = ChromiumArgs,
            });
            return new BoardBrowser(playwright, chromium, baseAddress);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Signs in once on /login (the sign-in rate limit allows 20 a minute) and keeps the cookies for every context.</summary>
    public async Task SignInAsync(string userName, string password)
    {
        await using var context = await _chromium.NewContextAsync(ContextOptions(null));
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        _signedIn = await context.StorageStateAsync();
    }

    /// <summary>Opens board pages until <paramref name="total"/> are open, <paramref name="parallelism"/> at a time.</summary>
    public Task OpenBoardsAsync(int locationId, int total, int pagesPerContext, int parallelism) =>
        FillAsync(total, pagesPerContext, parallelism, context => OpenBoardAsync(context, locationId));

    /// <summary>
    /// Opens bare pages (<see cref="BarePages"/>) until <paramref name="total"/> pages are open, in the same contexts
    /// the boards used; close the boards first.
    /// </summary>
    public Task OpenBarePagesAsync(Uri address, int total, int pagesPerContext, int parallelism)
    {
        ArgumentNullException.ThrowIfNull(address);
        return FillAsync(total, pagesPerContext, parallelism, async context =>
        {
            var page = await context.NewPageAsync();
            await WatchIfWantedAsync(page);
            await page.GotoAsync(address.ToString());
            await page.WaitForFunctionAsync("() => window.__bareReady === true");
            Keep(page);
            return page;
        });
    }

    /// <summary>Opens one board page in its own context, returns it; close it with <see cref="CloseAsync"/>.</summary>
    public async Task<IPage> OpenSingleAsync(int locationId)
    {
        var context = await NewContextAsync();
        return await OpenBoardAsync(context, locationId, keep: false);
    }

    public static async Task CloseAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);

        // Unload handlers run, so Blazor tells the hub the circuit is gone (as closing a tab does).
        await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
        await page.Context.CloseAsync();
    }

    /// <summary>Closes every open page, as staff closing their tabs would.</summary>
    public async Task CloseBoardsAsync()
    {
        foreach (var page in Pages)
        {
            await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
        }

        lock (_lock)
        {
            _pages.Clear();
            _watches.Clear();
        }
    }

    /// <summary>The order cards each page has seen, by order number.</summary>
    public static async Task<IReadOnlyDictionary<long, DrawnCard>> DrawnAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        string json;
        try
        {
            json = await page.EvaluateAsync<string>("() => JSON.stringify(window.__boardBench ? window.__boardBench.drawn : {})");
        }
        catch (PlaywrightException)
        {
            // Navigating (a reload after a lost circuit): what it had drawn is gone; its cards count as missing.
            json = "{}";
        }

        using var document = JsonDocument.Parse(json);
        var cards = new Dictionary<long, DrawnCard>();
        foreach (var card in document.RootElement.EnumerateObject())
        {
            var id = long.Parse(card.Name, CultureInfo.InvariantCulture);
            var frame = card.Value.GetProperty("frame");
            var column = card.Value.GetProperty("column");
            cards[id] = new DrawnCard(
                id,
                (long)card.Value.GetProperty("t").GetDouble(),
                frame.ValueKind == JsonValueKind.Number ? (long)frame.GetDouble() : null,
                column.ValueKind == JsonValueKind.String ? column.GetString() : null);
        }

        return cards;
    }

    /// <summary>Pages whose board says it is offline (the heartbeat stopped or the connection dropped).</summary>
    public async Task<int> OfflineCountAsync()
    {
        var offline = 0;
        foreach (var page in Pages)
        {
            try
            {
                if (await page.EvaluateAsync<bool>("() => !!document.querySelector('.location-board[data-offline]') || !document.querySelector(\"[data-interactive='true']\")"))
                {
                    offline++;
                }
            }
            catch (PlaywrightException)
            {
                // The page is navigating: it lost its circuit and is reloading (seen at load average 200), so it is not live.
                offline++;
            }
        }

        return offline;
    }

    private async Task<IBrowserContext> ContextForPageAsync(int index, int pagesPerContext)
    {
        var slot = index / pagesPerContext;
        while (_contexts.Count <= slot)
        {
            _contexts.Add(await NewContextAsync());
        }

        return _contexts[slot];
    }

    private async Task<IBrowserContext> NewContextAsync()
    {
        var context = await _chromium.NewContextAsync(ContextOptions(_signedIn ?? throw new InvalidOperationException("Sign in first.")));
        context.SetDefaultTimeout(180_000);
        await context.AddInitScriptAsync(WatchCards);
        return context;
    }

    private BrowserNewContextOptions ContextOptions(string? storageState) => new()
    {
        BaseURL = _baseAddress.ToString(),
        ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        Locale = "en-US",
        TimezoneId = "America/Los_Angeles",
        StorageState = storageState,
    };

    private async Task<IPage> OpenBoardAsync(IBrowserContext context, int locationId, bool keep = true)
    {
        var page = await context.NewPageAsync();
        if (keep)
        {
            await WatchIfWantedAsync(page);
        }

        await page.GotoAsync($"/board/{locationId.ToString(CultureInfo.InvariantCulture)}");
        await page.Locator("[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await page.WaitForFunctionAsync("() => (document.querySelector('.board-freshness')?.textContent ?? '').includes('live')");
        if (keep)
        {
            Keep(page);
        }

        return page;
    }

    private async Task FillAsync(int total, int pagesPerContext, int parallelism, Func<IBrowserContext, Task<IPage>> open)
    {
        var slots = new List<IBrowserContext>();
        for (var i = Pages.Count; i < total; i++)
        {
            slots.Add(await ContextForPageAsync(i, pagesPerContext));
        }

        using var gate = new SemaphoreSlim(parallelism);
        await Task.WhenAll(slots.Select(async context =>
        {
            await gate.WaitAsync();
            try
            {
                await open(context);
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    private async Task WatchIfWantedAsync(IPage page)
    {
        lock (_lock)
        {
            // Counted before the session starts, so pages opened in parallel do not overshoot.
            if (_watches.Count + _watchesStarting >= PagesToWatch)
            {
                return;
            }

            _watchesStarting++;
        }

        try
        {
            var watch = await FrameWatch.StartAsync(page);
            lock (_lock)
            {
                _watches[page] = watch;
            }
        }
        finally
        {
            lock (_lock)
            {
                _watchesStarting--;
            }
        }
    }

    private void Keep(IPage page)
    {
        lock (_lock)
        {
            _pages.Add(page);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        await _chromium.CloseAsync();
        _playwright.Dispose();
    }
}
