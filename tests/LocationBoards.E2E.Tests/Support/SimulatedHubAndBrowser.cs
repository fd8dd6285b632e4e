namespace LocationBoards.E2E.Tests.Support;

/// <summary>A hub as a fresh install runs it: the dispatch simulator on, moving the seed's technicians.</summary>
public sealed class SimulatedHubAndBrowser : HubAndBrowser
{
    protected override void Configure(Dictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings["Dispatch:Simulator:Enabled"] = "true";
    }
}
