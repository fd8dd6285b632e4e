namespace LocationBoards.E2E.Tests.Support;

/// <summary>One running hub and one Chromium shared by the journeys of a test class; each journey makes its own data and browser context.</summary>
public sealed class HubAndBrowser : IAsyncLifetime, IDisposable
{
    private Browser? _browser;

    public LiveHub Hub { get; } = new();

    public Browser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
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

    public void Dispose() => Hub.Dispose();
}
