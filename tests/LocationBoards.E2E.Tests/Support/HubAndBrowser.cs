namespace LocationBoards.E2E.Tests.Support;

/// <summary>One running hub and one Chromium shared by the journeys of a test class; each journey makes its own data and browser context.</summary>
public class HubAndBrowser : IAsyncLifetime, IDisposable
{
    private Browser? _browser;

    public LiveHub Hub { get; } = new();

    public Browser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        Configure(Hub.Settings);
        Hub.Start();
        _browser = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        await Hub.DisposeAsync();
    }

    public void Dispose()
    {
        Hub.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Settings a test class needs for its hub (a shorter idle time, say).</summary>
    protected virtual void Configure(Dictionary<string, string?> settings)
    {
    }
}
