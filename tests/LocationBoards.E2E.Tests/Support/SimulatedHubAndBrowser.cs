namespace LocationBoards.E2E.Tests.Support;

/// <summary>A hub as a fresh install runs it: the dispatch simulator on, moving the seed's technicians (its automatic deploys off).</summary>
public sealed class SimulatedHubAndBrowser : HubAndBrowser
{
    protected override void Configure(Dictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings["Dispatch:Simulator:Enabled"] = "true";

        // The simulator's own dispatcher could take the very technician a test is about to deploy; the test is about
        // people deploying, so it is left out.
        settings["Dispatch:Simulator:AutoDeploy"] = "false";
    }
}
